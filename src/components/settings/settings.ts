import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { playbackContext, viewContext, type PlaybackState, type ViewState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { ContextSelection } from '../shared/selection.js';
import { localStrings, type ParleyStrings } from '../shared/strings.js';
import { DEFAULT_PREFERENCES, LINE_SPACINGS, TEXT_SIZES, savePreferences, type ReadingPreferences } from './preferences.js';
import { styles } from './settings.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'parley-settings': ParleySettings;
  }
}

const percent = (factor: number) => `${Math.round(factor * 100)} %`;

/**
 * Reading settings: a "Reading settings" disclosure button and a small panel of native controls —
 * text size (five steps), line spacing, timestamps on or off, word highlight on or off, follow
 * along on or off, and the transcript offset. The preferences are the player's view state (the
 * player reads the stored ones when it starts): they come down through its view context, and each
 * change is kept in localStorage and goes up as `parley-preferences-request`, which the player
 * publishes to its transcript. The offset is playback state: down through the playback context,
 * up as `parley-offset-request`. Inside a player, or beside one with `for="player-id"`.
 *
 * @fires parley-preferences-request - `{ preferences }` after every change.
 * @fires parley-offset-request - `{ offset }` when the offset is changed.
 * @csspart toggle - The "Reading settings" button.
 * @csspart panel - The panel of controls.
 * @csspart offset - The transcript offset field, its label and its help (the player's `hide="offset"` hides it).
 */
@customElement('parley-settings')
export class ParleySettings extends LitElement {
  static override styles = styles;
  /** Focus on the element goes to its button (the player focuses a panel it has just loaded). */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** Id of the `<parley-player>` to work with when not inside one. */
  @property({ attribute: 'for', reflect: true }) accessor htmlFor = '';

  @state() private accessor kept = true;

  private view = new ContextSelection(this, viewContext, (v: ViewState | undefined) => v?.preferences ?? DEFAULT_PREFERENCES);
  /** Only the offset of the playback state: the panel does not re-render while playing. */
  private playback = new ContextSelection(this, playbackContext, (p: PlaybackState | undefined) => p?.offset ?? 0);

  /** The current preferences. */
  get value(): ReadingPreferences {
    return this.view.value;
  }

  protected override render() {
    const s = localStrings(this);
    const p = this.view.value;
    const spacingNames = [s.lineSpacingTight, s.lineSpacingNormal, s.lineSpacingRelaxed, s.lineSpacingWide];
    return html`
      <button type="button" class="toggle disclosure" part="toggle" aria-expanded=${String(this.open)} @click=${this.toggle}>
        <span aria-hidden="true" class="icon">Aa</span> ${s.readingSettings}
      </button>
      <div class="panel" part="panel" role="group" aria-label=${s.readingSettings} ?hidden=${!this.open}>
        <label>
          <span>${s.textSize}</span>
          <select @change=${(e: Event) => this.set({ textSize: Number((e.target as HTMLSelectElement).value) })}>
            ${TEXT_SIZES.map((f) => html`<option value=${f} ?selected=${f === p.textSize}>${percent(f)}</option>`)}
          </select>
        </label>
        <label>
          <span>${s.lineSpacing}</span>
          <select @change=${(e: Event) => this.set({ lineSpacing: Number((e.target as HTMLSelectElement).value) })}>
            ${LINE_SPACINGS.map(
              (l, i) => html`<option value=${l} ?selected=${l === p.lineSpacing}>${spacingNames[i] ?? String(l)}</option>`,
            )}
          </select>
        </label>
        ${this.checkbox('timestamps', s.showTimestamps)} ${this.checkbox('wordHighlight', s.highlightWord)}
        ${this.checkbox('follow', s.followAlong)}
        <label part="offset">
          <span>${s.offset}</span>
          <input
            type="number"
            min="-2"
            max="2"
            step="0.1"
            inputmode="decimal"
            aria-describedby="offset-help"
            .value=${String(this.playback.value)}
            @change=${this.onOffset}
          />
        </label>
        <span id="offset-help" class="help" part="offset">${s.offsetHelp}</span>
        ${this.kept ? '' : html`<p class="help">${s.settingsNotKept}</p>`}
      </div>
    `;
  }

  private toggle = (): void => {
    this.open = !this.open;
  };

  /** One on/off preference as a native checkbox with its visible name. */
  private checkbox(key: 'timestamps' | 'wordHighlight' | 'follow', label: string) {
    return html`<label class="check">
      <input type="checkbox" .checked=${this.view.value[key]} @change=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).checked })} />
      ${label}
    </label>`;
  }

  private set(change: Partial<ReadingPreferences>): void {
    const preferences = { ...this.view.value, ...change };
    this.kept = savePreferences(preferences);
    request(this, 'parley-preferences-request', { preferences });
  }

  private onOffset(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(value)) {
      input.value = String(this.playback.value);
      return;
    }
    const offset = Math.round(Math.min(2, Math.max(-2, value)) * 10) / 10;
    input.value = String(offset);
    request(this, 'parley-offset-request', { offset });
  }
}
