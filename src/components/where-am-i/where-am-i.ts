import { LitElement, html, css } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { playerContext, type PlayerState } from '../shared/context.js';
import { linkAt } from '../../nav/media-fragment.js';
import { Announcer } from '../nav-common/announcer.js';
import { copyText, linkTime, transcriptViewOf, type TranscriptView } from '../nav-common/player-link.js';
import { playingTurn, whereAmINow } from '../nav-common/here.js';
import { navStyles } from '../nav-common/styles.js';
import { localStrings, type ParleyStrings } from '../shared/strings.js';

/**
 * "Where am I", "Jump to now" and "Copy link" for the moment playing, as buttons:
 * - Where am I says once, in a polite status region, the time, who is speaking and their part in
 *   the question ("Playing 14:07, Secretary Rice, answering question 3"). Key `w` does the same.
 * - Jump to now scrolls the transcript to the turn playing and moves focus to it.
 * - Copy link copies the page address with `#t=` at the start of the turn playing.
 *
 * @csspart group - The row of buttons.
 * @csspart button - Each button.
 * @csspart status - What "Where am I" says.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-border-color - Borders of the buttons.
 * @example
 * <parley-player src="talk.mp3" transcript="talk.json">
 *   <parley-where-am-i slot="panels"></parley-where-am-i>
 * </parley-player>
 */
@customElement('parley-where-am-i')
export class ParleyWhereAmI extends LitElement {
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

  /** The transcript as an object; when set, it wins over the player's. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** The transcript view to move to; by default the one of the enclosing player. */
  @property({ attribute: false }) accessor view: TranscriptView | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  @consume({ context: playerContext, subscribe: true })
  @state()
  private accessor player: PlayerState | undefined = undefined;

  @query('.link-field') private accessor linkField!: HTMLInputElement;

  private announcer = new Announcer(this);

  get data(): Transcript | null {
    return this.transcript ?? this.player?.transcript ?? null;
  }

  protected override render() {
    const timed = !!this.data?.turns.some((t) => t.start !== null);
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
    this.announcer.say(whereAmINow(this.player, this.data, localStrings(this)));
  };

  /** Scrolls the transcript to the turn playing and focuses it. */
  jumpToNow = (): void => {
    const turn = playingTurn(this.player, this.data);
    if (turn < 0) {
      this.announcer.say(localStrings(this).notStarted);
      return;
    }
    (this.view ?? transcriptViewOf(this))?.focusTurn(turn);
  };

  /** Copies a link to the start of the turn playing (or to the time now, before the first turn). */
  copyLink = async (): Promise<void> => {
    const data = this.data;
    const turn = playingTurn(this.player, data);
    const offset = this.player?.offset ?? 0;
    const start = data?.turns[turn]?.start;
    const time = start != null ? linkTime(start, offset) : linkTime(this.player?.media?.currentTime ?? 0);
    const how = await copyText(linkAt(location.href, { start: time }), this.linkField);
    const s = localStrings(this);
    this.announcer.say(how === 'copied' ? s.linkCopied : s.linkSelected);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-where-am-i': ParleyWhereAmI;
  }
}
