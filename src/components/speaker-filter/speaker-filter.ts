import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { playerContext, type PlayerState } from '../shared/context.js';
import { transcriptViewOf, type TranscriptView } from '../nav-common/player-link.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import { styles } from './speaker-filter.styles.js';

/** Fired when the chosen speakers change. */
export interface SpeakerFilterChangeDetail {
  /** Speaker ids shown, or null for every speaker. */
  speakers: string[] | null;
}

declare global {
  interface HTMLElementEventMap {
    'parley-speaker-filter-change': CustomEvent<SpeakerFilterChangeDetail>;
  }
}

/**
 * Shows only the turns of chosen speakers: a `<fieldset>` "Speakers" of native checkboxes, "All"
 * and one per speaker (with their number of turns), applied to the transcript's
 * `visibleSpeakers`. The count ("Showing 5 of 22 turns") is shown in a polite status region, so it is
 * announced when the choice changes.
 *
 * @fires parley-speaker-filter-change - `{ speakers }` after each change (null: all speakers).
 * @attr empty - Set by the element while there are fewer than two speakers to choose from; it is then not shown.
 * @csspart group - The "Speakers" fieldset.
 * @csspart legend - Its legend.
 * @csspart list - The list of checkboxes.
 * @csspart status - "Showing 5 of 22 turns".
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-accent - Colour of the checkboxes.
 * @cssproperty --parley-border-color - The fieldset's border.
 * @example
 * <parley-player src="talk.mp3" transcript="talk.json">
 *   <parley-speaker-filter slot="panels"></parley-speaker-filter>
 * </parley-player>
 */
@customElement('parley-speaker-filter')
export class ParleySpeakerFilter extends LitElement {
  static override styles = styles;

  /** The transcript as an object; when set, it wins over the player's. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** The transcript view to filter; by default the one of the enclosing player. */
  @property({ attribute: false }) accessor view: TranscriptView | null = null;

  /** Speaker ids shown, or null for all. Setting it changes the choice without announcing. */
  @property({ attribute: false }) accessor speakers: string[] | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  @consume({ context: playerContext, subscribe: true })
  @state()
  private accessor player: PlayerState | undefined = undefined;

  private shownFor: Transcript | null = null;

  get data(): Transcript | null {
    return this.transcript ?? this.player?.transcript ?? null;
  }

  protected override willUpdate(): void {
    // A different transcript has different speakers: start again from "All".
    if (this.data !== this.shownFor) {
      if (this.shownFor) this.speakers = null;
      this.shownFor = this.data;
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Only a change of this filter's choice is pushed, so that a page may also set the view's
    // visibleSpeakers itself between changes.
    if (!changed.has('speakers') && !changed.has('view')) return;
    const view = this.view ?? transcriptViewOf(this);
    if (view && !sameList(view.visibleSpeakers, this.speakers)) view.visibleSpeakers = this.speakers ? [...this.speakers] : null;
  }

  protected override render() {
    const data = this.data;
    const speakers = data?.speakers.filter((s) => data.turns.some((t) => t.speaker === s.id)) ?? [];
    const chosen = new Set(this.speakers ?? speakers.map((s) => s.id));
    // With fewer than two speakers there is nothing to filter: the panel is not shown.
    this.toggleAttribute('empty', speakers.length < 2);
    const all = this.speakers === null || speakers.every((s) => chosen.has(s.id));
    const some = !all && chosen.size > 0;
    const total = data?.turns.length ?? 0;
    const shown = data ? data.turns.filter((t) => chosen.has(t.speaker)).length : 0;
    const text = localStrings(this);
    return html`
      <fieldset part="group">
        <legend part="legend">${text.speakers}</legend>
        <ul part="list">
          <li>
            <label><input type="checkbox" .checked=${all} .indeterminate=${some} @change=${this.onAll} />${text.allSpeakers}</label>
          </li>
          ${speakers.map((s) => {
            const turns = data!.turns.filter((t) => t.speaker === s.id).length;
            return html`<li>
              <label>
                <input type="checkbox" value=${s.id} .checked=${chosen.has(s.id)} @change=${this.onSpeaker} />
                <span>${s.name} <span class="count">(${fill(turns === 1 ? text.turnCountOne : text.turnCount, { n: turns })})</span></span>
              </label>
            </li>`;
          })}
        </ul>
        <p class="status" role="status" part="status">${fill(text.showingTurns, { shown, total })}</p>
      </fieldset>
    `;
  }

  private onAll = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const data = this.data;
    this.choose(input.checked || !data ? null : []);
  };

  private onSpeaker = (): void => {
    const data = this.data;
    if (!data) return;
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[value]')];
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    this.choose(ids.length === boxes.length ? null : ids);
  };

  private choose(speakers: string[] | null): void {
    this.speakers = speakers;
    this.dispatchEvent(new CustomEvent('parley-speaker-filter-change', { detail: { speakers }, bubbles: true, composed: true }));
  }
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-speaker-filter': ParleySpeakerFilter;
  }
}
