/**
 * "Show this turn": the player's view state carries the turn last asked for
 * (`parley-show-turn-request` from the questions, "where am I", the shortcuts or the search), a new
 * object each time; the transcript moves focus to it or only scrolls it into view, once per request
 * and without a render of its own.
 */
import type { ReactiveControllerHost } from 'lit';
import { viewContext, type TurnToShow, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';

export interface ShowTurnOptions {
  /** Moves keyboard focus to turn `turn` (a person went there). */
  focus: (turn: number) => void;
  /** Scrolls turn `turn` into view, focus staying where it is (a search match). */
  scroll: (turn: number) => void;
}

export class ShowTurnController extends ContextSelection<ViewState, { request: TurnToShow | null }> {
  constructor(host: ReactiveControllerHost & HTMLElement, options: ShowTurnOptions) {
    // Wrapped, so that the pick is compared by identity: the same turn asked again is a new request.
    super(host, viewContext, (v) => ({ request: v?.turnToShow ?? null }), {
      onChange: ({ request }) => {
        if (request?.focus) options.focus(request.turn);
        else if (request) options.scroll(request.turn);
      },
    });
  }
}
