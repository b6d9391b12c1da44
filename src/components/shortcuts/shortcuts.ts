import { LitElement, html } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import { playerContext, type PlayerState } from '../shared/context.js';
import { request } from '../shared/events.js';
import {
  nextQuestion, previousQuestion, nextTurn, previousTurn, nextTurnBySameSpeaker, questionLabel, speakerName, type TurnFilter,
} from '../../nav/navigation.js';
import { Announcer } from '../nav-common/announcer.js';
import { playerOf, transcriptViewOf, type TranscriptView } from '../nav-common/player-link.js';
import { playingTurn, whereAmINow } from '../nav-common/here.js';
import { SHORTCUTS, shortcutFor, type ShortcutAction } from './keys.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import { styles } from './shortcuts.styles.js';

/**
 * Keyboard shortcuts for the player, and the dialog that lists them. They act on key presses
 * whose target is inside the player (its controls, its transcript, the panels), never with Ctrl,
 * Alt or Meta, never in the search box or another text field or select, and Space only where it
 * would do nothing else. Screen readers in browse mode keep their keys: such keys never reach the
 * page. See `SHORTCUTS` for the keys.
 *
 * Renders a "Keyboard shortcuts" button (and `?`) opening a modal `<dialog>` with the table;
 * Escape or Close closes it and focus returns where it was. Spoken answers (`w`, and where
 * `n`/`p`/`]`/`[`/`s` went) go to a polite status region.
 *
 * @fires parley-play-request
 * @fires parley-pause-request
 * @fires parley-skip-request - `{ seconds: ±10 }`
 * @fires parley-seek-request - `{ time, play: true }` for the question and turn keys.
 * @csspart button - The "Keyboard shortcuts" button.
 * @csspart dialog - The dialog.
 * @csspart table - The table of keys.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-background - Background of the dialog.
 * @cssproperty --parley-border-color - Borders of the dialog and the table.
 * @example
 * <parley-player src="talk.mp3" transcript="talk.json">
 *   <parley-shortcuts slot="panels"></parley-shortcuts>
 * </parley-player>
 */
@customElement('parley-shortcuts')
export class ParleyShortcuts extends LitElement {
  static override styles = styles;

  /** The element whose key presses are handled; by default the enclosing `<parley-player>`. */
  @property({ attribute: false }) accessor keyTarget: HTMLElement | null = null;

  /** The transcript as an object; when set, it wins over the player's. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  @consume({ context: playerContext, subscribe: true })
  @state()
  private accessor player: PlayerState | undefined = undefined;

  @query('dialog') private accessor dialog!: HTMLDialogElement;

  private announcer = new Announcer(this);
  private listeningOn: HTMLElement | null = null;
  /** Turn last reached by the keys in an untimed transcript (where no turn is playing). */
  private cursor = -1;
  private returnFocus: HTMLElement | null = null;

  get data(): Transcript | null {
    return this.transcript ?? this.player?.transcript ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeningOn?.removeEventListener('keydown', this.onKeyDown);
    this.listeningOn = null;
  }

  protected override updated(): void {
    this.listen();
  }

  private listen(): void {
    const target = this.keyTarget ?? playerOf(this) ?? this;
    if (target === this.listeningOn) return;
    this.listeningOn?.removeEventListener('keydown', this.onKeyDown);
    target.addEventListener('keydown', this.onKeyDown);
    this.listeningOn = target;
  }

  protected override render() {
    const s = localStrings(this);
    return html`
      <button type="button" class="quiet" part="button" aria-haspopup="dialog" aria-keyshortcuts="?" @click=${() => this.openHelp()}>
        ${s.keyboardShortcuts}
      </button>
      <p class="status sr-only" role="status">${this.announcer.text}</p>
      <dialog aria-labelledby="help-heading" part="dialog" @close=${this.onClose}>
        <div class="head">
          <h2 id="help-heading">${s.keyboardShortcuts}</h2>
          <form method="dialog"><button autofocus>${s.close}</button></form>
        </div>
        <p class="note">${s.shortcutsNote}</p>
        <table part="table">
          <thead>
            <tr><th scope="col">${s.key}</th><th scope="col">${s.action}</th></tr>
          </thead>
          <tbody>
            ${SHORTCUTS.map((k) => html`<tr><th scope="row"><kbd>${'labelText' in k ? s[k.labelText] : k.label}</kbd></th><td>${s[k.text]}</td></tr>`)}
            <tr><th scope="row"><kbd>${s.keyEnter}</kbd></th><td>${s.doSearchNext}</td></tr>
            <tr><th scope="row"><kbd>${s.keyShift}</kbd>+<kbd>${s.keyEnter}</kbd></th><td>${s.doSearchPrevious}</td></tr>
            <tr><th scope="row"><kbd><span aria-hidden="true">↑</span><span class="sr-only">${s.keyUp}</span></kbd> <kbd><span aria-hidden="true">↓</span><span class="sr-only">${s.keyDown}</span></kbd></th><td>${s.doTurnPreviousNext}</td></tr>
            <tr><th scope="row"><kbd>${s.keyHome}</kbd> <kbd>${s.keyEnd}</kbd></th><td>${s.doTurnFirstLast}</td></tr>
            <tr><th scope="row"><kbd>${s.keyEscape}</kbd></th><td>${s.doCloseDialog}</td></tr>
          </tbody>
        </table>
      </dialog>
    `;
  }

  /** Opens the shortcuts dialog; focus comes back to where it was when it closes. */
  openHelp(): void {
    if (this.dialog.open) return;
    this.returnFocus = deepActiveElement();
    this.dialog.showModal();
  }

  private onClose = (): void => {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected && deepActiveElement() !== back) back.focus();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (this.dialog?.open) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    this.run(action);
  };

  /** Does what a shortcut does (also usable from a page's own buttons). */
  run(action: ShortcutAction): void {
    const data = this.data;
    switch (action) {
      case 'play-pause': {
        const paused = this.player?.media?.paused ?? this.player?.paused ?? true;
        request(this, paused ? 'parley-play-request' : 'parley-pause-request', undefined);
        return;
      }
      case 'back':
        request(this, 'parley-skip-request', { seconds: -10 });
        return;
      case 'forward':
        request(this, 'parley-skip-request', { seconds: 10 });
        return;
      case 'search': {
        const box = playerOf(this)?.querySelector('parley-search') ?? document.querySelector('parley-search');
        box?.focus();
        return;
      }
      case 'where-am-i':
        this.announcer.say(whereAmINow(this.player, data, localStrings(this)));
        return;
      case 'help':
        this.openHelp();
        return;
    }
    if (!data) return;
    const here = this.here(data);
    const visible = this.visibleFilter(data);
    switch (action) {
      case 'next-question':
      case 'previous-question': {
        const q = action === 'next-question' ? nextQuestion(data, here, visible) : previousQuestion(data, here, visible);
        if (q < 0) this.announcer.say(action === 'next-question' ? localStrings(this).noNextQuestion : localStrings(this).noPreviousQuestion);
        else this.goToTurn(data, data.questions[q]!.turn, questionLabel(data, q));
        return;
      }
      case 'next-turn':
      case 'previous-turn': {
        const t = action === 'next-turn' ? nextTurn(data, here, visible) : previousTurn(data, here, visible);
        if (t < 0) this.announcer.say(action === 'next-turn' ? localStrings(this).noNextTurn : localStrings(this).noPreviousTurn);
        else this.goToTurn(data, t);
        return;
      }
      case 'same-speaker': {
        if (here < 0) {
          this.announcer.say(localStrings(this).noTurnPlaying);
          return;
        }
        const t = nextTurnBySameSpeaker(data, here, visible);
        if (t < 0) this.announcer.say(fill(localStrings(this).noLaterTurnBy, { name: speakerName(data, data.turns[here]!.speaker) }));
        else this.goToTurn(data, t);
        return;
      }
    }
  }

  /** The turn the keys move from: the one playing, else (untimed) the one last reached. */
  private here(data: Transcript): number {
    const playing = playingTurn(this.player, data);
    return playing >= 0 ? playing : this.cursor;
  }

  private get view(): TranscriptView | null {
    return transcriptViewOf(this);
  }

  private visibleFilter(data: Transcript): TurnFilter {
    const shown = this.view?.visibleSpeakers;
    if (!shown) return () => true;
    const set = new Set(shown);
    return (t) => set.has(data.turns[t]!.speaker);
  }

  /** Plays from turn `t` (or, untimed, moves focus to it) and says where that is. */
  private goToTurn(data: Transcript, t: number, label?: string): void {
    const turn = data.turns[t]!;
    this.cursor = t;
    const name = speakerName(data, turn.speaker);
    if (turn.start !== null) {
      request(this, 'parley-seek-request', { time: Math.max(0, turn.start + (this.player?.offset ?? 0) + 0.001), play: true });
      this.announcer.say(label ?? `${name}, ${formatClock(turn.start)}`);
    } else {
      // Nothing to play: a person asked to go there, so focus goes there.
      this.view?.focusTurn(t);
      if (label) this.announcer.say(label);
    }
  }
}

function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-shortcuts': ParleyShortcuts;
  }
}
