/**
 * Ends the task running now and carries on in a new one, so that the browser can paint and
 * answer input in between: `scheduler.yield()` where the browser has it (the rest runs before
 * other queued work), else a message on a fresh channel (no 4 ms clamp as with setTimeout).
 * Looked up on each call, so that a page (or a test) sees every yield.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
