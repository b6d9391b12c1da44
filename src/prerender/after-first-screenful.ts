/**
 * For a page whose HTML holds a first screenful (first-screenful.ts): resolves once that screenful
 * answers with the recording's duration known, and a frame has shown it; that is the page
 * interactive, before any of the player's code. At once when the page has none, or its media
 * element will not ask for its metadata by itself (`preload="none"`).
 *
 * The page's module waits for it before importing the player: evaluating the player's code and its
 * first render are the longest tasks of the load, and they then come after the page is
 * interactive rather than before. The code itself still downloads at once (`modulepreload`).
 */
export function afterFirstScreenful(doc: Document = document, timeoutMs = 3000): Promise<void> {
  const waits = Array.from(doc.querySelectorAll<HTMLElement>('[data-parley-prerendered]')).flatMap((root) => {
    const media = root.parentElement?.querySelector<HTMLMediaElement>(':scope > audio, :scope > video');
    if (!media || media.preload === 'none' || media.readyState >= 1 || media.error) return [];
    return [
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          for (const type of ['loadedmetadata', 'error']) media.removeEventListener(type, done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        for (const type of ['loadedmetadata', 'error']) media.addEventListener(type, done);
      }),
    ];
  });
  if (!waits.length && !doc.querySelector('[data-parley-prerendered]')) return Promise.resolve(addLaterPreloads(doc));
  // Then one frame, painted, before the player's code runs; its preloads are asked for now.
  return Promise.all(waits).then(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(addLaterPreloads(doc)), 0))),
  );
}

/** The preloads of the player's code that the page kept for after it is interactive (see priority.ts). */
function addLaterPreloads(doc: Document): void {
  for (const template of Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[data-parley-after-interactive]'))) {
    doc.head.append(template.content.cloneNode(true));
    template.remove();
  }
}
