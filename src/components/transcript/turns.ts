/**
 * The turns in the page: built once per transcript shown (`renderTurns`, the first screenful at
 * once and the rest in idle time), never on a re-render of the same transcript, and stopped when
 * another transcript replaces it or the element leaves the page. It also holds the transcript's
 * time index: the player's when the transcript is the player's, else one of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../model/transcript.js';
import { TimeIndex } from '../../model/time-index.js';
import { renderTurns, type RenderedTurns } from './render-turns.js';

export interface TurnsOptions {
  /** The element the turns go into. */
  list: () => HTMLElement;
  /** The transcript to show. */
  data: () => Transcript | null;
  /** The player's transcript and its time index, when there is a player. */
  shared: () => { transcript: Transcript | null; index: TimeIndex | null };
  /** A question's heading, "Question {n}", in the reader's language. */
  questionNumber: () => string;
  /** The turns were built anew (null: no transcript). */
  onBuilt: (rendered: RenderedTurns | null) => void;
  /** Turns `from`…`to`-1 joined the page. */
  onChunk: (from: number, to: number) => void;
}

export class TurnsController implements ReactiveController {
  /** The turns built, or null. */
  rendered: RenderedTurns | null = null;
  private builtFor: Transcript | null = null;
  private own: { for: Transcript; index: TimeIndex } | null = null;

  constructor(
    host: ReactiveControllerHost,
    private options: TurnsOptions,
  ) {
    host.addController(this);
  }

  /** The time index of the transcript shown. */
  get index(): TimeIndex | null {
    const data = this.options.data();
    if (!data) return null;
    const shared = this.options.shared();
    if (data === shared.transcript && shared.index) return shared.index;
    if (this.own?.for !== data) this.own = { for: data, index: new TimeIndex(data) };
    return this.own.index;
  }

  /** After each render: build the turns when the transcript shown changed. */
  hostUpdated(): void {
    const data = this.options.data();
    if (data === this.builtFor) return;
    this.builtFor = data;
    this.rendered?.cancel();
    const list = this.options.list();
    this.rendered = data ? renderTurns(data, list, { onChunk: (from, to) => this.options.onChunk(from, to), questionNumber: this.options.questionNumber() }) : null;
    if (!data) list.replaceChildren();
    this.options.onBuilt(this.rendered);
  }

  hostDisconnected(): void {
    this.rendered?.cancel();
    // Connected again, the turns are built again.
    this.builtFor = null;
  }
}
