/**
 * Deep links on the page address: when the page opens with `#t=300` (or `#t=1:15,2:30`, any W3C
 * media fragment time), and whenever the fragment changes to one, the player goes there and
 * plays; with an end time it pauses there, and asks the player to mark that passage in the
 * transcript (`parley-passage-request`). A person who seeks elsewhere meanwhile takes over: the
 * end is then forgotten.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseMediaFragment, type TimeRange } from '../../nav/media-fragment.js';

/** What following a deep link needs of the player. */
export interface DeepLinkPlayer extends EventTarget {
  readonly mediaElement: HTMLMediaElement | null;
  seek(time: number, options?: { play?: boolean }): void;
  pause(): void;
}

/**
 * Follows the fragment of `win.location` for `player` (which must already be defined and connected,
 * so that it has its media element). Returns a function that stops following.
 */
export function followDeepLinks(player: DeepLinkPlayer, win: Window = window): () => void {
  let cancel: (() => void) | null = null;

  const apply = (): void => {
    const range = parseMediaFragment(win.location.hash);
    if (!range) return;
    cancel?.();
    cancel = goTo(player, range);
    // A link to a passage (with an end) marks it in the transcript, through the player's view state.
    if (range.end !== null) {
      player.dispatchEvent(new CustomEvent('parley-passage-request', { detail: { start: range.start, end: range.end }, bubbles: true, composed: true, cancelable: true }));
    }
  };

  win.addEventListener('hashchange', apply);
  apply();
  return () => {
    win.removeEventListener('hashchange', apply);
    cancel?.();
    cancel = null;
  };
}

/** Seeks to `range.start` and plays (once the recording's length is known); pauses at `range.end`. */
function goTo(player: DeepLinkPlayer, range: TimeRange): () => void {
  const media = player.mediaElement;
  if (!media) return () => undefined;
  let frame = 0;
  let ours = true;
  const cleanups: (() => void)[] = [];
  const on = (type: string, fn: () => void, options?: AddEventListenerOptions) => {
    media.addEventListener(type, fn, options);
    cleanups.push(() => media.removeEventListener(type, fn));
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const c of cleanups.splice(0)) c();
  };

  const watchEnd = (end: number) => {
    let timer = 0;
    cleanups.push(() => clearTimeout(timer));
    const check = () => {
      if (media.currentTime >= end) {
        player.pause();
        // A late frame on a busy machine overshoots by a few tens of milliseconds: the position
        // goes back to the end, so that the passage ends where the link says.
        if (media.currentTime > end) player.seek(end);
        stop();
      }
    };
    // timeupdate comes about 4 times a second; a frame loop while playing stops closer to the end,
    // and a timer set for the end catches it between frames.
    const loop = () => {
      check();
      if (media.paused) return;
      frame = requestAnimationFrame(loop);
      clearTimeout(timer);
      const left = (end - media.currentTime) / (media.playbackRate || 1);
      if (left < 0.25) timer = window.setTimeout(check, Math.max(0, left * 1000));
    };
    on('timeupdate', check);
    on('play', () => (frame = requestAnimationFrame(loop)));
    on('seeked', () => (ours = false), { once: true });
    on('seeking', () => {
      // The first seek is ours; a later one is the person's, who now decides where to stop.
      if (!ours) stop();
    });
    if (!media.paused) frame = requestAnimationFrame(loop);
  };

  const go = () => {
    if (range.end !== null) watchEnd(range.end);
    player.seek(range.start, { play: true });
  };
  if (media.readyState >= HTMLMediaElement.HAVE_METADATA) go();
  else on('loadedmetadata', go, { once: true });
  return stop;
}

/**
 * `followDeepLinks` as a Lit reactive controller for the player: follows while `enabled()` is true
 * and the host is connected (the player's opt-in `deep-links` attribute).
 */
export class DeepLinkController implements ReactiveController {
  private stop: (() => void) | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement & DeepLinkPlayer,
    private enabled: () => boolean,
  ) {
    host.addController(this);
  }

  /** After each update: the attribute may have changed, and the media element exists once rendered. */
  hostUpdated(): void {
    const want = this.enabled() && this.host.isConnected && this.host.mediaElement !== null;
    if (want && !this.stop) this.stop = followDeepLinks(this.host);
    else if (!want && this.stop) this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = null;
  }
}
