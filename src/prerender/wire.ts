/**
 * The first script of a page with a first screenful in its HTML (first-screenful.ts): it makes
 * those turns answer before the player's code has arrived. A click on a turn's button, or Enter or
 * Space on it, plays the recording from the turn; a click on a word plays from the word; Arrow
 * Up/Down, Home and End move between the turns' buttons; while the media plays, the turn being
 * spoken carries `aria-current="true"` and the word being spoken is highlighted. It does nothing
 * more: once the player has its own turns it removes these (player.ts), and this stops.
 *
 * It is built as `parley-first.js`, a classic script of its own (a page's Content-Security-Policy
 * may allow no inline script), under 2 KB gzip, placed right after the `<parley-player>` and loaded
 * as a plain (parser-blocking) script: with `defer` it would wait for the page's module scripts,
 * which run in document order with deferred ones, and answer no sooner than the player.
 */

import { lastAtOrBefore } from '../model/time-index.js';

/** The highlight of the word being spoken in the first screenful (the player's own is `parley-word`, in its shadow tree). */
export const FIRST_WORD_HIGHLIGHT = 'parley-first-word';
/** Set on the first screenful once it answers (the benchmark's probe reads it). */
export const WIRED_ATTR = 'data-parley-wired';

interface Word {
  start: number;
  end: number;
  sentence: HTMLElement;
  offset: number;
  length: number;
}

/** The text node and offset at `offset` characters into `el`'s text. */
function pointIn(el: Node, offset: number): [Node, number] {
  const walker = el.ownerDocument!.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Node = el;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const n = node.textContent!.length;
    if (offset <= n) return [node, offset];
    offset -= n;
    last = node;
  }
  return [last, last.textContent?.length ?? 0];
}

/** The characters of `el`'s text before `node`'s `offset`. */
function offsetIn(el: Node, node: Node, offset: number): number {
  const walker = el.ownerDocument!.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return before + offset;
    before += n.textContent!.length;
  }
  return -1;
}

/**
 * Makes the first screenful in `root` (the `[data-parley-prerendered]` element) play `media` when
 * chosen and follow it while it plays. Returns a function that undoes it; it also stops by itself
 * once `root` has left the page.
 */
export function wireFirstScreenful(root: HTMLElement, media: HTMLMediaElement): () => void {
  const doc = root.ownerDocument;
  const turns = Array.from(root.querySelectorAll<HTMLElement>('[role="listitem"]'));
  const timed = turns.filter((t) => t.dataset.start !== undefined);
  const turnStarts = timed.map((t) => Number(t.dataset.start));
  const until = Number(root.querySelector<HTMLElement>('[role="list"]')?.dataset.until ?? Infinity);
  const words: Word[] = [];
  for (const sentence of Array.from(root.querySelectorAll<HTMLElement>('.s[data-w]'))) {
    const text = sentence.textContent ?? '';
    for (const entry of sentence.dataset.w!.split(' ')) {
      const [offset, start, end] = entry.split(':').map(Number) as [number, number, number];
      const space = text.indexOf(' ', offset);
      words.push({ start, end, sentence, offset, length: (space < 0 ? text.length : space) - offset });
    }
  }
  const wordStarts = words.map((w) => w.start);
  const stamps = Array.from(root.querySelectorAll<HTMLButtonElement>('.stamp'));
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;

  let current: HTMLElement | null = null;
  let word: Word | null = null;
  let frame = 0;
  let stopped = false;

  const play = (time: number) => {
    media.currentTime = time;
    void media.play().catch(() => undefined);
  };

  /** The turn and word spoken at the media's time, as the player shows them (see TimeIndex). */
  const update = () => {
    if (!root.isConnected) return stop();
    const t = media.currentTime;
    let i = lastAtOrBefore(turnStarts, t);
    if (i < 0 && (!media.paused || media.played.length)) i = timed.length ? 0 : -1;
    const turn = t < until && i >= 0 ? timed[i]! : null;
    if (turn !== current) {
      current?.removeAttribute('aria-current');
      turn?.setAttribute('aria-current', 'true');
      current = turn;
    }
    const w = words[lastAtOrBefore(wordStarts, t)];
    const spoken = w && t < w.end ? w : null;
    if (spoken !== word && highlights) {
      word = spoken;
      if (!spoken) highlights.delete(FIRST_WORD_HIGHLIGHT);
      else {
        const range = doc.createRange();
        range.setStart(...pointIn(spoken.sentence, spoken.offset));
        range.setEnd(...pointIn(spoken.sentence, spoken.offset + spoken.length));
        highlights.set(FIRST_WORD_HIGHLIGHT, new Highlight(range));
      }
    }
  };
  const tick = () => {
    update();
    frame = !stopped && !media.paused ? requestAnimationFrame(tick) : 0;
  };
  const onMedia = () => {
    if (!frame) tick();
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const stamp = target.closest<HTMLElement>('.stamp');
    if (stamp) return play(Number(stamp.dataset.time));
    const sentence = target.closest<HTMLElement>('.s[data-w]');
    if (!sentence || target.closest('.n')) return;
    // The word under the pointer: the last word of the sentence starting at or before it.
    const caret = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
    const at = caret ? offsetIn(sentence, caret.offsetNode, caret.offset) : 0;
    const mine = words.filter((w) => w.sentence === sentence);
    const chosen = mine[Math.max(0, lastAtOrBefore(mine.map((w) => w.offset), at))];
    if (chosen) play(chosen.start);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const i = stamps.indexOf(event.target as HTMLButtonElement);
    if (i < 0) return;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: stamps.length - 1 }[event.key];
    if (to === undefined || to < 0 || to >= stamps.length) return;
    event.preventDefault();
    stamps[i]!.tabIndex = -1;
    stamps[to]!.tabIndex = 0;
    stamps[to]!.focus();
  };

  const MEDIA_EVENTS = ['play', 'pause', 'seeked', 'timeupdate', 'loadedmetadata'] as const;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    cancelAnimationFrame(frame);
    for (const type of MEDIA_EVENTS) media.removeEventListener(type, onMedia);
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKeyDown);
    if (word) highlights?.delete(FIRST_WORD_HIGHLIGHT);
  }

  for (const type of MEDIA_EVENTS) media.addEventListener(type, onMedia);
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
  root.setAttribute(WIRED_ATTR, '');
  update();
  return stop;
}

/**
 * Wires every first screenful in `doc` to the media element of its player (the `<audio>` or
 * `<video>` written inside the `<parley-player>`).
 */
export function wireFirstScreenfuls(doc: Document = document): void {
  for (const root of Array.from(doc.querySelectorAll<HTMLElement>('[data-parley-prerendered]'))) {
    const media = root.parentElement?.querySelector<HTMLMediaElement>(':scope > audio, :scope > video');
    if (media && !root.hasAttribute(WIRED_ATTR)) wireFirstScreenful(root, media);
  }
}
