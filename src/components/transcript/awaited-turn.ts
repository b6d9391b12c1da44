import type { Transcript } from '../../model/transcript.js';
import type { RenderedTurns } from './render-turns.js';

/**
 * A turn asked for (shown or focused) before it is in the page: only the first screenful of turns
 * is built at once, the rest a slice at a time, so "show question 7" can arrive before turn 7
 * exists. The request is remembered and handed back when the slice holding that turn is built;
 * a newer request, or another transcript, replaces it.
 */
export class AwaitedTurn {
  private awaited: { for: Transcript; turn: number; focus: boolean } | null = null;

  /** True when turn `i` can be shown now; otherwise it is remembered for `built`. */
  ask(rendered: RenderedTurns | null, i: number, focus: boolean): boolean {
    this.awaited = null;
    if (!rendered || i < rendered.turns.length || i >= rendered.transcript.turns.length) return true;
    this.awaited = { for: rendered.transcript, turn: i, focus };
    return false;
  }

  /** Turns up to `to` (exclusive) of `transcript` are now built: the remembered request, if it can now be met. */
  built(transcript: Transcript | null | undefined, to: number): { turn: number; focus: boolean } | null {
    const a = this.awaited;
    if (!a || a.for !== transcript || a.turn >= to) return null;
    this.awaited = null;
    return { turn: a.turn, focus: a.focus };
  }

  /** Forgets any request (a new transcript was built). */
  reset(): void {
    this.awaited = null;
  }
}
