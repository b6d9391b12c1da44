import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { playbackContext, type PlaybackState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { srOnly } from '../shared/styles.js';
import { theme } from '../shared/theme.js';
import { localStrings, type ParleyStrings } from '../shared/strings.js';
import { pickPlayTime, playAndTime } from '../shared/play-time.js';


/**
 * The compact playback bar of small screens: Play/Pause and the time, in one row that the player
 * keeps at the top of the window while the transcript is read. Whatever is slotted follows in the
 * same row (the player puts its "Controls" button there).
 *
 * @slot - More buttons for the same row.
 * @fires parley-play-request
 * @fires parley-pause-request
 * @csspart row - The row of the bar.
 * @csspart play - The Play/Pause button.
 * @csspart time - The time shown.
 */
@customElement('parley-compact-bar')
export class ParleyCompactBar extends LitElement {
  static override styles = [
    theme,
    srOnly,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem;
      }
      button {
        font: inherit;
        min-height: 2.75rem;
        min-width: 2.75rem;
        /* Narrow enough that "Pause", the time and "Controls" share one row at 320 px. */
        padding: 0.3rem 0.4rem;
        border: 2px solid transparent;
        border-radius: 6px;
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 700;
        cursor: pointer;
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
        }
      }
      button:disabled {
        opacity: 0.6;
      }
      .icon {
        display: inline-block;
        min-width: 1.1em;
      }
      .time {
        font-variant-numeric: tabular-nums;
        flex: 1 1 auto;
        white-space: nowrap;
        font-size: 0.875em;
      }
    `,
  ];

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  /** Like the full controls: re-renders once a second while playing. */
  private playback = new ContextSelection(this, playbackContext, (p: PlaybackState | undefined) => pickPlayTime(p));

  protected override render() {
    return html`
      <div class="row" part="row" role="group" aria-label=${localStrings(this).playback}>
        ${playAndTime(this, this.playback.value, { cls: '', part: 'play' })}
        <slot></slot>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-compact-bar': ParleyCompactBar;
  }
}
