/**
 * Roving tabindex over the turns: the whole list is one Tab stop (a turn's timestamp button, or
 * the turn itself when it has no time); Arrow Up/Down move between visible turns, Home/End go to
 * the first/last. Turns hidden by the speaker filter are stepped over and never hold the Tab stop.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CLS, type RenderedTurns } from './render-turns.js';

export interface RovingOptions {
  rendered: () => RenderedTurns | null;
  /** A key moved focus: the reader has taken over from follow mode. */
  onMove: () => void;
  /** Brings a newly focused turn into view. */
  reveal: (el: HTMLElement) => void;
}

const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

export class RovingTabindexController implements ReactiveController {
  /** The turn holding the Tab stop. */
  current = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private options: RovingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  /** The element of turn `i` that takes focus: its timestamp button, else the turn. */
  target(i: number): HTMLElement | null {
    const r = this.options.rendered();
    return r ? (r.stamps[i] ?? r.turns[i] ?? null) : null;
  }

  /**
   * Turn `i` became current in playback: the Tab stop goes with it, unless the reader is in the
   * turns (focus stays where they put it) or the turn is hidden (the list would lose its Tab stop).
   */
  followPlayback(i: number): void {
    const el = this.options.rendered()?.turns[i];
    const active = this.host.shadowRoot?.activeElement;
    if (i >= 0 && el && !el.hidden && !active?.closest(`.${CLS.turn}`)) this.set(i);
  }

  /** New turns: the first holds the Tab stop. */
  reset(): void {
    this.current = 0;
    const first = this.target(0);
    if (first) first.tabIndex = 0;
  }

  /** Gives the Tab stop to turn `i`. */
  set(i: number): void {
    const r = this.options.rendered();
    if (!r || i < 0 || i >= r.turns.length) return;
    const old = this.target(this.current);
    const next = this.target(i)!;
    if (old && old !== next) {
      if (old.classList.contains(CLS.turn)) old.removeAttribute('tabindex');
      else old.tabIndex = -1;
    }
    next.tabIndex = 0;
    this.current = i;
  }

  /** Moves keyboard focus to turn `i` and brings it into view. */
  focus(i: number): void {
    const el = this.target(i);
    if (!el) return;
    this.set(i);
    el.focus({ preventScroll: true });
    this.options.reveal(el);
  }

  /** After the speaker filter changed: the Tab stop must stay on a turn that can be seen. */
  keepVisible(): void {
    const r = this.options.rendered();
    if (!r?.turns[this.current]?.hidden) return;
    const next = r.turns.findIndex((el) => !el.hidden);
    if (next >= 0) this.set(next);
  }

  /** Handles the moving keys on the turn holding the Tab stop; returns true when it did. */
  onKeyDown(event: KeyboardEvent): boolean {
    const r = this.options.rendered();
    // The element pressed on, seen from any listener (from the host, the target is the host).
    if (!r || event.composedPath()[0] !== this.target(this.current)) return false;
    if (!MOVES.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
    event.preventDefault();
    const n = r.turns.length;
    const visible = (i: number) => !r.turns[i]!.hidden;
    let i = this.current;
    if (event.key === 'ArrowDown') {
      do i++; while (i < n && !visible(i));
    } else if (event.key === 'ArrowUp') {
      do i--; while (i >= 0 && !visible(i));
    } else if (event.key === 'Home') {
      i = 0;
      while (i < n && !visible(i)) i++;
    } else {
      i = n - 1;
      while (i >= 0 && !visible(i)) i--;
    }
    this.options.onMove();
    if (i >= 0 && i < n) this.focus(i);
    return true;
  }

  /** Focus reached a turn some other way (a click, a screen reader): it takes the Tab stop. */
  private onFocusIn = (event: FocusEvent): void => {
    const r = this.options.rendered();
    // Seen from the host, the target is the host itself: the element focused is first in the path.
    const focused = event.composedPath()[0];
    const turnEl = focused instanceof HTMLElement ? focused.closest<HTMLElement>(`.${CLS.turn}`) : null;
    const i = r && turnEl ? r.turns.indexOf(turnEl) : -1;
    if (i >= 0 && i !== this.current) this.set(i);
  };
}
