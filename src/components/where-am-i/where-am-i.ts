import { html, css } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { isTimed } from '../../model/transcript.js';
import { mediaTimeOf } from '../../model/media-time.js';
import { linkAt } from '../../nav/media-fragment.js';
import { request } from '../shared/events.js';
import { Announcer } from '../shared/announcer.js';
import { copiedMessage, copyText } from '../shared/clipboard.js';
import { ParleyPanel } from '../shared/panel.js';
import { navStyles } from '../shared/nav-styles.js';
import { localStrings } from '../shared/strings.js';

/**
 * "Where am I", "Jump to now" and "Copy link" for the moment playing, as buttons:
 * - Where am I says once, in a polite status region, the time, who is speaking and their part in
 *   the question ("Playing 14:07, Secretary Rice, answering question 3"). Key `w` does the same.
 * - Jump to now scrolls the transcript to the turn playing and moves focus to it.
 * - Copy link copies the page address with `#t=` at the start of the turn playing.
 *
 * It reads the time only when a button is pressed, so playback never re-renders it.
 *
 * @fires parley-show-turn-request - `{ turn, focus: true }` on "Jump to now".
 * @csspart group - The row of buttons.
 * @csspart button - Each button.
 * @csspart status - What "Where am I" says.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-border-color - Borders of the buttons.
 * @example
 * <parley-player src="talk.mp3" transcript-src="talk.json">
 *   <parley-where-am-i slot="panels"></parley-where-am-i>
 * </parley-player>
 */
@customElement('parley-where-am-i')
export class ParleyWhereAmI extends ParleyPanel {
  static override styles = [
    navStyles,
    css`
      .link-field {
        width: 100%;
        box-sizing: border-box;
        margin-top: 0.4rem;
      }
    `,
  ];

  @query('.link-field') private accessor linkField!: HTMLInputElement;

  private announcer = new Announcer(this);

  protected override render() {
    const timed = !!this.data && isTimed(this.data);
    const s = localStrings(this);
    return html`
      <div class="row" role="group" aria-label=${s.position_group} part="group">
        <button type="button" class="quiet" part="button" aria-keyshortcuts="w" @click=${this.whereAmI}>${s.whereAmI}</button>
        <button type="button" class="quiet" part="button" ?disabled=${!timed} @click=${this.jumpToNow}>${s.jumpToNow}</button>
        <button type="button" class="quiet" part="button" ?disabled=${!timed} @click=${this.copyLink}>${s.copyLink}</button>
      </div>
      <input class="link-field" type="text" readonly aria-label=${s.linkToCurrentTurn} hidden @blur=${() => (this.linkField.hidden = true)} />
      <p class="status" role="status" part="status">${this.announcer.text}</p>
    `;
  }

  /** Announces where playback is, once. */
  whereAmI = (): void => {
    this.announcer.say(this.whereAmINow());
  };

  /** Scrolls the transcript to the turn playing and focuses it. */
  jumpToNow = (): void => {
    const turn = this.playingTurn();
    if (turn < 0) {
      this.announcer.say(localStrings(this).notStarted);
      return;
    }
    request(this, 'parley-show-turn-request', { turn, focus: true });
  };

  /** Copies a link to the start of the turn playing (or to the time now, before the first turn). */
  copyLink = async (): Promise<void> => {
    const start = this.data?.turns[this.playingTurn()]?.start;
    const time = start != null ? mediaTimeOf(start, this.offset) : mediaTimeOf(this.playback.state?.media?.currentTime ?? 0);
    this.announcer.say(copiedMessage(await copyText(linkAt(location.href, { start: time }), this.linkField), localStrings(this)));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-where-am-i': ParleyWhereAmI;
  }
}
