/**
 * Follow mode: while playing, the current word (or turn) is kept in view; any scroll, wheel,
 * touch or scrolling key of the reader's pauses it (`paused`, shown as "Back to current") until
 * they ask to follow again. Scrolls of our own are told apart from the reader's by marking them
 * until they settle. Layout is read only outside animation frames, in a task of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keys that move the view of the transcript: pressing one means the reader has taken over. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

export interface FollowOptions {
  /** The scrolling box; when it does not overflow, the page scrolls instead. */
  scroller: () => HTMLElement | null;
  /** The element to keep in view (the word being spoken, else the current turn), or null. */
  target: () => Element | Range | null;
  /** True while the media plays. */
  playing: () => boolean;
  /** True when follow mode is turned off altogether (`no-follow`). */
  off: () => boolean;
  /** True when some turn is current: only then is there something to pause following of. */
  hasCurrent: () => boolean;
  /** Height in px of what sticks to the top of the window over the transcript (the player's bar on small screens). */
  stickyTop?: () => number;
}

export class FollowController implements ReactiveController {
  /** Follow mode paused by the reader. */
  paused = false;
  /** True while a scroll of ours is running, so that its scroll events are not taken for the reader's. */
  private ownScroll = false;
  private ownScrollTimer = 0;
  private timer = 0;

  constructor(
    private host: ReactiveControllerHost,
    private options: FollowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.onWindowScroll, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onWindowScroll);
    clearTimeout(this.timer);
    clearTimeout(this.ownScrollTimer);
    this.timer = 0;
  }

  private get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Keeps the target in view soon, unless follow mode is off or paused or playback is paused. */
  schedule(): void {
    if (this.timer || this.options.off() || this.paused) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      const target = this.options.target();
      if (target && this.options.playing() && !this.options.off() && !this.paused) this.reveal(target, false);
    });
  }

  /** Scrolls `target` into the comfortable band (a quarter from the top) when out of view, or always when `force`. */
  reveal(target: Element | Range, force: boolean): void {
    // A long jump (a seek across an hours-long transcript) is instant: a smooth scroll would
    // bring every chunk of turns on the way on screen, each needing style and layout.
    const behavior = (distance: number, view: number): ScrollBehavior =>
      this.reducedMotion || Math.abs(distance) > 2 * view ? 'auto' : 'smooth';
    const box = target.getBoundingClientRect();
    const scroller = this.options.scroller();
    if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) {
      const s = scroller.getBoundingClientRect();
      const outside = box.top < s.top + 8 || box.bottom > s.bottom - 8;
      if (!force && !outside) return;
      this.markOwnScroll();
      const distance = box.top - s.top - scroller.clientHeight * 0.25;
      scroller.scrollTo({ top: scroller.scrollTop + distance, behavior: behavior(distance, scroller.clientHeight) });
    } else {
      // What sticks to the top of the window hides what is under it.
      const top = this.options.stickyTop?.() ?? 0;
      const outside = box.top < top || box.bottom > window.innerHeight;
      if (!force && !outside) return;
      this.markOwnScroll();
      const distance = box.top - top - (window.innerHeight - top) * 0.25;
      window.scrollTo({ top: window.scrollY + distance, behavior: behavior(distance, window.innerHeight) });
    }
  }

  /**
   * Brings `target` (a search match) into view without moving focus: inside the transcript's own
   * box when it scrolls, the page moving only as little as it takes for the box's quarter line to
   * be on screen (so that a search box above stays in view); else in the page, below whatever
   * sticks to its top. Following pauses when `target` is not what it follows.
   */
  show(target: Element | Range, isCurrent: boolean): void {
    if (!isCurrent && this.options.playing()) this.pause();
    this.reveal(target, true);
    const scroller = this.options.scroller();
    if (!scroller || scroller.scrollHeight <= scroller.clientHeight + 1) return;
    const top = this.options.stickyTop?.() ?? 0;
    const at = scroller.getBoundingClientRect().top + scroller.clientHeight * 0.25;
    const lineHeight = target.getBoundingClientRect().height || 24;
    const below = at + 2 * lineHeight - window.innerHeight;
    const above = top - at;
    if (below > 0) window.scrollBy({ top: below, behavior: 'auto' });
    else if (above > 0) window.scrollBy({ top: -above, behavior: 'auto' });
  }

  /** Scrolls `el` to the middle of the window, in the box and the page (a passage opened from a link). */
  center(el: HTMLElement): void {
    this.markOwnScroll();
    el.scrollIntoView({ block: 'center', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  }

  /** The reader took over (when there is a current turn to come back to). */
  pause(): void {
    if (this.paused || !this.options.hasCurrent()) return;
    this.paused = true;
    this.host.requestUpdate();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.host.requestUpdate();
  }

  /** Wheel and touch on the transcript. */
  onUserScrollIntent = (): void => {
    this.ownScroll = false;
    clearTimeout(this.ownScrollTimer);
    this.pause();
  };

  /** A press on the scrolling box itself (not on its text) is a press on its scrollbar. */
  onPointerDown = (event: PointerEvent): void => {
    if (event.target === event.currentTarget) this.onUserScrollIntent();
  };

  onScrollerScroll = (): void => {
    if (!this.ownScroll) this.pause();
  };

  /** A key in the transcript: scrolling keys pause following (Space only off a button). */
  onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (SCROLL_KEYS.has(event.key) && !(event.key === ' ' && target.localName === 'button')) this.pause();
  }

  private onWindowScroll = (): void => {
    // Page scrolls matter only when the page, not the box, holds the transcript's overflow.
    const scroller = this.options.scroller();
    if (this.ownScroll || !this.options.playing()) return;
    if (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) this.pause();
  };

  /** Scroll events until the scroll settles are ours. */
  private markOwnScroll(): void {
    this.ownScroll = true;
    clearTimeout(this.ownScrollTimer);
    const scroller = this.options.scroller();
    const done = () => {
      clearTimeout(this.ownScrollTimer);
      // Let the last scroll event of ours pass first.
      this.ownScrollTimer = window.setTimeout(() => (this.ownScroll = false), 50);
      scroller?.removeEventListener('scrollend', done);
      window.removeEventListener('scrollend', done);
    };
    scroller?.addEventListener('scrollend', done);
    window.addEventListener('scrollend', done);
    // A scroll that did not move anything fires no scrollend.
    this.ownScrollTimer = window.setTimeout(done, this.reducedMotion ? 100 : 1000);
  }
}
