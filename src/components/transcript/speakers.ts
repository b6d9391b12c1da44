/**
 * The speaker filter as the transcript shows it: turns of the speakers not chosen are hidden
 * (`hidden`, so they leave the accessibility tree too), including turns built later in idle time.
 * The choice comes from the player's view state (`parley-speakers-request`); it is applied to the
 * turns directly, without a render of the transcript (the subscription is the reactive controller).
 */
import type { ReactiveControllerHost } from 'lit';
import { viewContext, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import type { RenderedTurns } from './render-turns.js';

export class SpeakerFilterController {
  private chosen: ContextSelection<ViewState, readonly string[] | null>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private rendered: () => RenderedTurns | null,
    /** Called after turns were hidden or shown (the Tab stop must stay on a visible turn). */
    private changed: () => void,
  ) {
    this.chosen = new ContextSelection(host, viewContext, (v) => v?.visibleSpeakers ?? null, { onChange: () => this.apply() });
  }

  /** Shows the turns of the chosen speakers only (all when none are chosen) among turns `from`…`to`-1. */
  apply(from = 0, to = Infinity): void {
    const rendered = this.rendered();
    if (!rendered) return;
    const chosen = this.chosen?.value;
    const visible = chosen ? new Set(chosen) : null;
    for (let i = from; i < Math.min(to, rendered.turns.length); i++) {
      rendered.turns[i]!.hidden = visible !== null && !visible.has(rendered.transcript.turns[i]!.speaker);
    }
    this.changed();
  }
}
