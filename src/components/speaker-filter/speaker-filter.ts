import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Transcript } from '../../model/transcript.js';
import { speakersWithTurns, speakerTurnCounts } from '../../model/transcript.js';
import { request } from '../shared/events.js';
import { ParleyPanel } from '../shared/panel.js';
import { fill, localStrings } from '../shared/strings.js';
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
 * and one per speaker (with their number of turns), asked of the player with
 * `parley-speakers-request` so that its transcript shows only their turns. The count ("Showing 5 of 22 turns") is shown in a polite status region, so it is
 * announced when the choice changes.
 *
 * @fires parley-speaker-filter-change - `{ speakers }` after each change (null: all speakers).
 * @fires parley-speakers-request - `{ speakers }` to the player after each change.
 * @attr empty - Set by the element while there are fewer than two speakers to choose from; it is then not shown.
 * @csspart group - The "Speakers" fieldset.
 * @csspart legend - Its legend.
 * @csspart list - The list of checkboxes.
 * @csspart status - "Showing 5 of 22 turns".
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-accent - Colour of the checkboxes.
 * @cssproperty --parley-border-color - The fieldset's border.
 * @example
 * <parley-player src="talk.mp3" transcript-src="talk.json">
 *   <parley-speaker-filter slot="panels"></parley-speaker-filter>
 * </parley-player>
 */
@customElement('parley-speaker-filter')
export class ParleySpeakerFilter extends ParleyPanel {
  static override styles = styles;

  /** Speaker ids shown, or null for all. Setting it changes the choice without announcing. */
  @property({ attribute: false }) accessor speakers: string[] | null = null;

  private shownFor: Transcript | null = null;
  /** Turns per speaker id, counted once per transcript. */
  private counts: { for: Transcript; turns: Map<string, number> } | null = null;

  protected override willUpdate(): void {
    // A different transcript has different speakers: start again from "All".
    if (this.data !== this.shownFor) {
      if (this.shownFor) this.speakers = null;
      this.shownFor = this.data;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a change of this filter's choice is asked for, so that a page may also ask for other
    // speakers itself between changes.
    if (changed.has('speakers') && changed.get('speakers') !== undefined) {
      request(this, 'parley-speakers-request', { speakers: this.speakers ? [...this.speakers] : null });
    }
  }

  private turnCounts(data: Transcript): Map<string, number> {
    if (this.counts?.for !== data) this.counts = { for: data, turns: speakerTurnCounts(data) };
    return this.counts.turns;
  }

  protected override render() {
    const data = this.data;
    const counts = data ? this.turnCounts(data) : new Map<string, number>();
    const speakers = data ? speakersWithTurns(data, counts) : [];
    const chosen = new Set(this.speakers ?? speakers.map((s) => s.id));
    // With fewer than two speakers there is nothing to filter: the panel is not shown.
    this.toggleAttribute('empty', speakers.length < 2);
    const all = this.speakers === null || speakers.every((s) => chosen.has(s.id));
    const some = !all && chosen.size > 0;
    const total = data?.turns.length ?? 0;
    let shown = 0;
    for (const id of chosen) shown += counts.get(id) ?? 0;
    const text = localStrings(this);
    return html`
      <fieldset part="group">
        <legend part="legend">${text.speakers}</legend>
        <ul part="list">
          <li>
            <label><input type="checkbox" .checked=${all} .indeterminate=${some} @change=${this.onAll} />${text.allSpeakers}</label>
          </li>
          ${speakers.map((s) => {
            const turns = counts.get(s.id) ?? 0;
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

declare global {
  interface HTMLElementTagNameMap {
    'parley-speaker-filter': ParleySpeakerFilter;
  }
}
