import { html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { speakerName, type Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import { mediaTimeOf } from '../../model/media-time.js';
import type { ViewState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { linkOf } from '../shared/link.js';
import {
  nextQuestion, previousQuestion, nextTurn, previousTurn, nextTurnBySameSpeaker, questionLabel, type TurnFilter,
} from '../../nav/navigation.js';
import { Announcer } from '../shared/announcer.js';
import { ParleyPanel } from '../shared/panel.js';
import { SHORTCUTS, shortcutFor, type ShortcutAction } from './keys.js';
import { fill, localStrings } from '../shared/strings.js';
import { styles } from './shortcuts.styles.js';

/**
 * Keyboard shortcuts for the player, and the dialog that lists them. They act on key presses
 * whose target is inside the player (its controls, its transcript, the panels) or inside the
 * `<parley-navigation for=…>` beside it, and only on that player, never with Ctrl,
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
 * @fires parley-show-turn-request - `{ turn, focus: true }` for those keys in an untimed transcript.
 * @fires parley-focus-search-request - for `/`.
 * @csspart button - The "Keyboard shortcuts" button.
 * @csspart dialog - The dialog.
 * @csspart table - The table of keys.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-background - Background of the dialog.
 * @cssproperty --parley-border-color - Borders of the dialog and the table.
 * @example
 * <parley-player src="talk.mp3" transcript-src="talk.json">
 *   <parley-shortcuts slot="panels"></parley-shortcuts>
 * </parley-player>
 */
@customElement('parley-shortcuts')
export class ParleyShortcuts extends ParleyPanel {
  static override styles = styles;

  /** The element whose key presses are handled; by default the player (and the navigation beside it). */
  @property({ attribute: false }) accessor keyTarget: HTMLElement | null = null;

  @query('dialog') private accessor dialog!: HTMLDialogElement;

  private announcer = new Announcer(this);
  private listeningOn: HTMLElement[] = [];
  /** Turn last reached by the keys in an untimed transcript (where no turn is playing). */
  private cursor = -1;
  private returnFocus: HTMLElement | null = null;

  /** The speakers shown: the keys step over turns the filter hides. */
  protected override pickView(view: ViewState | undefined): Record<string, unknown> {
    return { visibleSpeakers: view?.visibleSpeakers ?? null };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.listen();
  }

  /** The player's key presses, and beside it those in the `<parley-navigation>` holding this element. */
  private keyTargets(): HTMLElement[] {
    if (this.keyTarget) return [this.keyTarget];
    const { player, beside } = linkOf(this);
    if (!player) return [this];
    let navigation: Element | null = null;
    for (let node: Node | null = this; node && !navigation; ) {
      navigation = node instanceof Element ? node.closest('parley-navigation') : null;
      const root: Node | null = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return beside ? [player, (navigation as HTMLElement | null) ?? this] : [player];
  }

  private listen(): void {
    const targets = this.keyTargets();
    if (targets.length === this.listeningOn.length && targets.every((t, i) => t === this.listeningOn[i])) return;
    this.stopListening();
    for (const t of targets) t.addEventListener('keydown', this.onKeyDown);
    this.listeningOn = targets;
  }

  private stopListening(): void {
    for (const t of this.listeningOn) t.removeEventListener('keydown', this.onKeyDown);
    this.listeningOn = [];
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
        const paused = this.playback.state?.media?.paused ?? true;
        request(this, paused ? 'parley-play-request' : 'parley-pause-request', undefined);
        return;
      }
      case 'back':
        request(this, 'parley-skip-request', { seconds: -10 });
        return;
      case 'forward':
        request(this, 'parley-skip-request', { seconds: 10 });
        return;
      case 'search':
        request(this, 'parley-focus-search-request', undefined);
        return;
      case 'where-am-i':
        this.announcer.say(this.whereAmINow());
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
    const playing = this.playingTurn();
    return playing >= 0 && data ? playing : this.cursor;
  }

  private visibleFilter(data: Transcript): TurnFilter {
    const shown = this.view.state?.visibleSpeakers;
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
      request(this, 'parley-seek-request', { time: mediaTimeOf(turn.start, this.offset), play: true });
      this.announcer.say(label ?? `${name}, ${formatClock(turn.start)}`);
    } else {
      // Nothing to play: a person asked to go there, so focus goes there.
      request(this, 'parley-show-turn-request', { turn: t, focus: true });
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
