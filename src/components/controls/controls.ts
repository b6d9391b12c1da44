import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { playbackContext, type PlaybackState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { ContextSelection } from '../shared/selection.js';
import { localStrings, type ParleyStrings } from '../shared/strings.js';
import { pickPlayTime, playAndTime } from '../shared/play-time.js';
import { styles } from './controls.styles.js';

/** Playback rates offered, 0.5× to 3×. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export type RATES = (typeof RATES)[number];

/**
 * Playback controls, all native elements with clear names: one Play/Pause button (its name says
 * what it will do), back and forward 10 seconds, speed 0.5×–3×, the time as text (and in words
 * for screen readers) and volume. The transcript offset is in `<parley-settings>`.
 * It re-renders only when what it shows changes: the time text once a second while playing.
 *
 * @fires parley-play-request
 * @fires parley-pause-request
 * @fires parley-skip-request - `{ seconds }`
 * @fires parley-rate-request - `{ rate }`
 * @fires parley-volume-request - `{ volume }`
 * @csspart play - The Play/Pause button.
 * @csspart button - Every button.
 * @csspart time - The time display.
 * @csspart speed - The speed menu with its label.
 * @csspart volume - The volume slider with its label.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @attr hide - Controls not to show, separated by spaces: `speed`, `volume`.
 * @cssproperty --parley-accent - Background of the buttons.
 * @cssproperty --parley-on-accent - Text colour of the buttons.
 */
@customElement('parley-controls')
export class ParleyControls extends LitElement {
  static override styles = styles;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  private playback = new ContextSelection(this, playbackContext, (p: PlaybackState | undefined) => ({
    // The time to the second: a finer time would re-render on every frame for nothing.
    ...pickPlayTime(p),
    rate: p?.rate ?? 1,
    volume: p?.volume ?? 1,
  }));

  protected override render() {
    const p = this.playback.value;
    const disabled = !p.ready;
    const s = localStrings(this);
    return html`
      <div class="row" role="group" aria-label=${s.playback}>
        ${playAndTime(this, p, { cls: 'play', part: 'play button' })}
        <button type="button" part="button" ?disabled=${disabled} @click=${() => this.skip(-10)}>
          <span aria-hidden="true">${s.back10Short}</span><span class="sr-only">${s.back10}</span>
        </button>
        <button type="button" part="button" ?disabled=${disabled} @click=${() => this.skip(10)}>
          <span aria-hidden="true">${s.forward10Short}</span><span class="sr-only">${s.forward10}</span>
        </button>
      </div>
      <div class="row settings">
        <label part="speed">
          ${s.speed}
          <select ?disabled=${disabled} @change=${this.onRate}>
            ${RATES.map((r) => html`<option value=${r} ?selected=${r === p.rate}>${r}×</option>`)}
          </select>
        </label>
        <label part="volume">
          ${s.volume}
          <input
            type="range"
            min="0"
            max="1"
            step="0.05"
            .value=${String(p.volume)}
            aria-valuetext=${`${Math.round(p.volume * 100)} %`}
            ?disabled=${disabled}
            @input=${this.onVolume}
          />
        </label>
      </div>
    `;
  }

  private skip(seconds: number): void {
    request(this, 'parley-skip-request', { seconds });
  }

  private onRate(event: Event): void {
    request(this, 'parley-rate-request', { rate: Number((event.target as HTMLSelectElement).value) });
  }

  private onVolume(event: Event): void {
    request(this, 'parley-volume-request', { volume: Number((event.target as HTMLInputElement).value) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-controls': ParleyControls;
  }
}
