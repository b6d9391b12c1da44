/**
 * Match highlighting with the CSS Custom Highlight API: search matches are ranges over the
 * words' text, painted without changing the DOM. The named highlights are global to the
 * document; every transcript on the page adds and removes only its own ranges.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TranscriptMatch } from '../shared/context.js';
import type { RenderedTurns } from './render-turns.js';

export const MATCH_HIGHLIGHT = 'parley-match';
export const ACTIVE_MATCH_HIGHLIGHT = 'parley-match-active';

function sharedHighlight(name: string): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}

export class MatchHighlightController implements ReactiveController {
  private ranges: Range[] = [];
  private activeRange: Range | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.set([], null);
  }

  /** Highlights `matches` in `rendered`, match `active` more strongly (-1: none). */
  apply(rendered: RenderedTurns | null, matches: readonly TranscriptMatch[], active: number): void {
    const ranges: Range[] = [];
    let activeRange: Range | null = null;
    matches.forEach((m, i) => {
      const words = rendered?.sentences[m.turn]?.[m.sentence]?.children;
      const first = words?.[m.startWord]?.firstChild;
      const last = words?.[m.endWord]?.firstChild;
      if (!first || !last) return;
      const range = new Range();
      range.setStart(first, 0);
      range.setEnd(last, last.textContent?.length ?? 0);
      if (i === active) activeRange = range;
      else ranges.push(range);
    });
    this.set(ranges, activeRange);
  }

  /** The ranges this transcript has in the highlights: all matches but the active one, and the active one. */
  get counts(): { matches: number; active: number } {
    return { matches: this.ranges.length, active: this.activeRange ? 1 : 0 };
  }

  private set(ranges: Range[], active: Range | null): void {
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    const current = sharedHighlight(ACTIVE_MATCH_HIGHLIGHT);
    if (!all || !current) return;
    for (const range of this.ranges) all.delete(range);
    if (this.activeRange) current.delete(this.activeRange);
    this.ranges = ranges;
    this.activeRange = active;
    for (const range of ranges) all.add(range);
    if (active) current.add(active);
  }
}
