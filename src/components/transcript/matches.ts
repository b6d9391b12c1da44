/**
 * Match highlighting with the CSS Custom Highlight API: search matches are ranges over the
 * sentences' text (see word-ranges.ts), painted without changing the DOM. The named highlights are global to the
 * document; every transcript on the page adds and removes only its own ranges.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewContext, type TranscriptMatch, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import type { RenderedTurns } from './render-turns.js';
import { RangePainter, sharedHighlight, wordsRange } from './word-ranges.js';

export const MATCH_HIGHLIGHT = 'parley-match';
export const ACTIVE_MATCH_HIGHLIGHT = 'parley-match-active';

export class MatchHighlightController implements ReactiveController {
  /** The matches shown and the selected one (-1: none), as last applied. */
  matches: readonly TranscriptMatch[] = [];
  selected = -1;
  private ranges: Range[] = [];
  private active = new RangePainter(ACTIVE_MATCH_HIGHLIGHT);

  /**
   * With `rendered` (the transcript's turns), the controller follows the player's search matches
   * itself (`parley-search-request`), without a render of its host; without it, `apply` them.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, rendered?: () => RenderedTurns | null) {
    host.addController(this);
    if (rendered) {
      const pick = (v: ViewState | undefined) => ({ matches: v?.searchMatches ?? [], active: v?.activeMatch ?? -1 });
      new ContextSelection(host, viewContext, pick, { onChange: ({ matches, active }) => this.apply(rendered(), matches, active) });
    }
  }

  hostDisconnected(): void {
    this.set([], null);
  }

  /** Highlights `matches` in `rendered`, match `active` more strongly (-1: none). */
  apply(rendered: RenderedTurns | null, matches: readonly TranscriptMatch[], active: number): void {
    this.matches = matches;
    this.selected = active;
    const ranges: Range[] = [];
    let activeRange: Range | null = null;
    matches.forEach((m, i) => {
      const sentenceEl = rendered?.sentences[m.turn]?.[m.sentence];
      const sentence = rendered?.transcript.turns[m.turn]?.sentences[m.sentence];
      const range = sentenceEl && sentence ? wordsRange(sentenceEl, sentence, m.startWord, m.endWord) : null;
      if (!range) return;
      if (i === active) activeRange = range;
      else ranges.push(range);
    });
    this.set(ranges, activeRange);
  }

  /**
   * Turns were built anew: paints the matches now, and again once every turn is in the page
   * (matches in turns built later in idle time).
   */
  rebuilt(rendered: RenderedTurns | null, current: () => RenderedTurns | null = () => rendered): void {
    this.apply(rendered, this.matches, this.selected);
    void rendered?.done.then(() => {
      if (current() === rendered) this.apply(rendered, this.matches, this.selected);
    });
  }

  /** The selected match's range when it lies in turn `turn`, else null. */
  selectedIn(turn: number): Range | null {
    return this.matches[this.selected]?.turn === turn ? this.active.current : null;
  }

  /** The ranges this transcript has in the highlights: all matches but the active one, and the active one. */
  get counts(): { matches: number; active: number } {
    return { matches: this.ranges.length, active: this.active.current ? 1 : 0 };
  }

  private set(ranges: Range[], active: Range | null): void {
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    for (const range of this.ranges) all?.delete(range);
    this.ranges = ranges;
    for (const range of ranges) all?.add(range);
    this.active.show(active);
  }
}
