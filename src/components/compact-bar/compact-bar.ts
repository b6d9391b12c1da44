import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatClock } from '../../model/time-format.js';
import { playbackContext, type PlaybackState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { ContextSelection } from '../shared/selection.js';
import { srOnly } from '../shared/styles.js';
import { theme } from '../shared/theme.js';
import { localStrings, spokenPosition, type ParleyStrings } from '../shared/strings.js';


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
        gap: 0.375rem;
      }
      button {
        font: inherit;
        min-height: 2.75rem;
        min-width: 2.75rem;
        padding: 0.3rem 0.6rem;
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
        min-width: 1.5em;
      }
      .time {
        font-variant-numeric: tabular-nums;
        flex: 1 1 auto;
        white-space: nowrap;
        font-size: 0.9375em;
      }
    `,
  ];

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  private playback = new ContextSelection(this, playbackContext, (p: PlaybackState | undefined) => ({
    ready: !!p?.media,
    paused: p?.paused ?? true,
    // Shown to the second, like the full controls: re-renders once a second while playing.
    current: Math.floor(p?.currentTime ?? 0),
    duration: p?.duration ?? 0,
  }));

  protected override render() {
    const s = localStrings(this);
    const { ready, paused, current, duration } = this.playback.value;
    return html`
      <div class="row" part="row" role="group" aria-label=${s.playback}>
        <button type="button" part="play" ?disabled=${!ready} @click=${this.toggle}>
          <span class="icon" aria-hidden="true">${paused ? '▶' : '❚❚'}</span>${paused ? s.play : s.pause}
        </button>
        <span class="time" part="time">
          <span aria-hidden="true">${formatClock(current)} / ${formatClock(duration)}</span>
          <span class="sr-only">${spokenPosition(this, s, current, duration)}</span>
        </span>
        <slot></slot>
      </div>
    `;
  }

  private toggle = (): void => {
    request(this, this.playback.value.paused ? 'parley-play-request' : 'parley-pause-request', undefined);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-compact-bar': ParleyCompactBar;
  }
}
