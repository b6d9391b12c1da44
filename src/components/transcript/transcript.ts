import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Transcript } from '../../model/transcript.js';
import { isTimed } from '../../model/transcript.js';
import { TimeIndex } from '../../model/time-index.js';
import { viewContext, type TurnToShow, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { Announcer } from '../shared/announcer.js';
import { TranscriptLoader } from '../shared/fetch-transcript.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import { renderTurns, type RenderedTurns } from './render-turns.js';
import { SyncController } from './sync.js';
import { FollowController } from './follow.js';
import { RovingTabindexController } from './roving.js';
import { MatchHighlightController } from './matches.js';
import { PassageController } from './passage.js';
import { ReadingController } from './reading.js';
import { ClickToTime } from './click-to-time.js';
import { printHeader } from './print-header.js';
import { wordsRange } from './word-ranges.js';
import { styles } from './transcript.styles.js';

export type { TranscriptMatch } from '../shared/context.js';

/** What the transcript shows of the player's view state. */
type View = Pick<ViewState, 'transcript' | 'index' | 'searchMatches' | 'activeMatch' | 'visibleSpeakers' | 'turnToShow' | 'passage'>;

/**
 * The transcript of a recording, kept in step with it: the turn being spoken carries
 * `aria-current="true"`, the word being spoken is underlined and highlighted, and any turn,
 * sentence or word plays from there when clicked.
 *
 * Inside `<parley-player>` (or linked to one with `for="player-id"`) it shows the player's
 * transcript, search matches and chosen speakers. On its own it follows any media element on the
 * page: `<parley-transcript for="my-audio" transcript-src="talk.vtt">`.
 *
 * Made of reactive controllers, one concern each: `SyncController` (media time and the
 * highlight), `FollowController` (follow mode), `RovingTabindexController` (one Tab stop; Arrow
 * Up/Down, Home/End move between turns; Enter or Space plays the turn) and
 * `MatchHighlightController` (search matches), `PassageController` (quoting and marking a
 * passage), `ReadingController` (the reader's preferences); `ClickToTime` plays what is clicked. Chapters
 * and questions are headings at the turns where they start (`headings.ts`). While playing, follow
 * mode keeps the current turn in view; any scroll, wheel, touch or key of the reader's pauses it
 * and shows "Back to current".
 *
 * @fires parley-seek-request - `{ time, play: true }` when a turn, sentence or word is chosen.
 * @fires parley-turn-change - `{ turn }` when the current turn changes (not on every frame).
 * @csspart region - The landmark region.
 * @csspart heading - The "Transcript" heading.
 * @csspart back - The "Back to current" button.
 * @csspart quote - The "Copy link to this passage" button, shown while words are selected.
 * @csspart turn-heading - A chapter's or question's heading (also `chapter-heading` or `question-heading`).
 * @csspart print-header - The title, place and date printed above the turns (only on paper).
 * @csspart scroller - The scrolling box holding the turns.
 * @csspart turn - Each turn; the current one also has `turn-current`.
 * @csspart timestamp - A turn's time-and-speaker button.
 * @csspart speaker - A speaker's name.
 * @csspart annotation - A turn annotation such as "(Via interpreter)".
 * @csspart note - The "not yet aligned" note of an untimed transcript.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-transcript-max-height - Height of the scrolling box (default 70vh; `none` lets the page scroll).
 * @cssproperty --parley-current-background - Background of the current turn.
 * @cssproperty --parley-current-accent - The bar beside the current turn.
 * @cssproperty --parley-word-background - Background of the word being spoken.
 * @cssproperty --parley-match-background - Background of a search match.
 * @cssproperty --parley-active-match-background - Background of the selected search match.
 * @cssproperty --parley-speaker-color - Colour of the speakers' names.
 * @cssproperty --parley-focus-color - Focus ring colour.
 *
 * @example
 * <audio id="talk" controls src="talk.mp3"></audio>
 * <parley-transcript for="talk" transcript-src="talk.vtt"></parley-transcript>
 */
@customElement('parley-transcript')
export class ParleyTranscript extends LitElement {
  static override styles = styles;

  /** Id of a media element to follow when not in a player (or of the `<parley-player>` to show). */
  @property({ attribute: 'for' }) accessor htmlFor = '';

  /** URL of a transcript to read (any format Parley reads) when not in a player. */
  @property({ attribute: 'transcript-src' }) accessor transcriptSrc = '';

  /** The transcript as an object; when set, it wins over the player's and over `transcriptSrc`. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** Seconds a transcript time is shifted when used without a player (see PlaybackState.offset). */
  @property({ type: Number }) accessor offset = 0;

  /** Never scroll by itself: turns follow mode off (it is on by default while playing). */
  @property({ type: Boolean, attribute: 'no-follow' }) accessor noFollow = false;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  @query('.turns') private accessor list!: HTMLElement;
  @query('.scroller') private accessor scroller!: HTMLElement | null;
  @query('.link-field') private accessor linkField!: HTMLInputElement | null;

  private view = new ContextSelection<ViewState, View>(this, viewContext, (v) => ({
    transcript: v?.transcript ?? null,
    index: v?.index ?? null,
    searchMatches: v?.searchMatches ?? [],
    activeMatch: v?.activeMatch ?? -1,
    visibleSpeakers: v?.visibleSpeakers ?? null,
    turnToShow: v?.turnToShow ?? null,
    passage: v?.passage ?? null,
  }));
  private rendered: RenderedTurns | null = null;
  private renderedFor: Transcript | null = null;
  private ownIndex: { for: Transcript; index: TimeIndex } | null = null;
  private shownTurnRequest: TurnToShow | null = null;
  private announcer = new Announcer(this);
  /** A transcript read from `transcriptSrc`. */
  private source = new TranscriptLoader(this);

  private sync = new SyncController(this, {
    rendered: () => this.rendered,
    index: () => this.index,
    onTurn: (turn, el) => {
      // "Back to current" depends on whether there is a current turn.
      if (this.follow.paused) this.requestUpdate();
      // The Tab stop goes with the current turn, unless the reader is in the transcript (and not
      // to a turn the speaker filter hides: the transcript would lose its Tab stop).
      if (turn >= 0 && el && !el.hidden && !this.focusInside()) this.roving.set(turn);
      this.follow.schedule();
    },
    onSentence: () => this.follow.schedule(),
  });

  private follow = new FollowController(this, {
    scroller: () => this.scroller,
    target: () => this.sync.word ?? this.rendered?.turns[this.sync.turn] ?? null,
    playing: () => !!this.sync.media && !this.sync.media.paused,
    off: () => this.noFollow || !this.reading.follow,
    hasCurrent: () => this.sync.turn >= 0,
    stickyTop: () => parseFloat(getComputedStyle(this).getPropertyValue('--parley-sticky-top')) || 0,
  });

  private roving = new RovingTabindexController(this, {
    rendered: () => this.rendered,
    onMove: () => this.follow.pause(),
    reveal: (el) => this.follow.reveal(el, false),
  });

  private highlights = new MatchHighlightController(this);
  private reading = new ReadingController(this);

  private passages = new PassageController(this, {
    rendered: () => this.rendered,
    index: () => this.index,
    offset: () => this.sync.state.offset,
    time: () => this.sync.media?.currentTime ?? 0,
    focusedTurn: () => this.roving.current,
    reveal: (el) => this.follow.center(el),
    say: (text) => this.announcer.say(text),
    field: () => this.linkField,
  });

  private clicks = new ClickToTime(this, {
    rendered: () => this.rendered,
    play: (turn, time) => {
      this.roving.set(turn);
      this.follow.resume();
      this.sync.seek(time);
    },
  });

  /** The transcript shown: the property, else the player's, else the one read from `transcriptSrc`. */
  get data(): Transcript | null {
    return this.transcript ?? this.view.value.transcript ?? this.source.transcript;
  }

  /** Index of the turn being spoken, or -1. */
  get currentTurn(): number {
    return this.sync.turn;
  }

  /** Media time (seconds) the highlight was last brought in step with; for diagnostics and tests. */
  get syncedTime(): number {
    return this.sync.syncedTime;
  }

  private get index(): TimeIndex | null {
    const data = this.data;
    if (!data) return null;
    if (data === this.view.value.transcript && this.view.value.index) return this.view.value.index;
    if (this.ownIndex?.for !== data) this.ownIndex = { for: data, index: new TimeIndex(data) };
    return this.ownIndex.index;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('transcriptSrc')) void this.source.load(this.transcript ? '' : this.transcriptSrc);
  }

  protected override render() {
    const data = this.data;
    const timed = data ? isTimed(data) : false;
    const showBack = this.follow.paused && this.sync.turn >= 0 && timed;
    const s = localStrings(this);
    return html`
      <section class="region ${this.reading.classes}" style=${this.reading.style} part="region" aria-labelledby="heading">
        <h2 id="heading" part="heading">${s.transcript}</h2>
        ${printHeader(data)}
        ${this.source.error ? html`<p class="error" role="alert">${this.source.error}</p>` : ''}
        ${data && !timed && data.turns.length
          ? html`<p class="untimed" part="note">${s.untimed}</p>`
          : ''}
        <div role="status" class="sr-only">${this.announcer.text}</div>
        <div
          class="scroller"
          part="scroller"
          @wheel=${this.follow.onUserScrollIntent}
          @touchstart=${this.follow.onUserScrollIntent}
          @pointerdown=${this.follow.onPointerDown}
          @scroll=${this.follow.onScrollerScroll}
          @keydown=${this.onKeyDown}
          @click=${this.clicks.onClick}
        >
          <div class="turns" role="list" aria-label=${data?.metadata.title ? fill(s.turnsOf, { title: data.metadata.title }) : s.turns}></div>
        </div>
        <!-- Sticks to the bottom of the window while the transcript is in view, so that it is seen
             wherever the reader has scrolled; after the turns in reading and Tab order. -->
        <div class="float" ?hidden=${!showBack}>
          <button type="button" class="back" part="back" @click=${this.backToCurrent}>${s.backToCurrent}</button>
        </div>
        <div class="float" ?hidden=${!this.passages.selected}>
          <button type="button" class="back" part="quote" @click=${() => this.passages.copy()}>${s.copyPassageLink}</button>
        </div>
        <input class="link-field" readonly hidden aria-label=${s.passageLinkField} />
      </section>
    `;
  }

  protected override updated(): void {
    const data = this.data;
    const view = this.view.value;
    const rebuilt = data !== this.renderedFor;
    if (rebuilt) {
      this.renderedFor = data;
      this.rendered?.cancel();
      // The first screenful is built now; the rest arrives in idle time (onChunk).
      const rendered = data ? renderTurns(data, this.list, { onChunk: this.onChunk, questionNumber: localStrings(this).questionNumber }) : null;
      this.rendered = rendered;
      if (!data) this.list.replaceChildren();
      this.roving.reset();
      this.sync.reset();
      // Matches in turns built later are painted once every turn is in the page.
      void rendered?.done.then(() => {
        if (this.rendered === rendered) this.highlights.apply(rendered, this.shownMatches, this.shownActive);
      });
    }
    if (rebuilt || view.visibleSpeakers !== this.shownSpeakers) this.showSpeakers(data, view.visibleSpeakers);
    if (rebuilt || view.searchMatches !== this.shownMatches || view.activeMatch !== this.shownActive) {
      this.shownMatches = view.searchMatches;
      this.shownActive = view.activeMatch;
      this.highlights.apply(this.rendered, view.searchMatches, view.activeMatch);
    }
    if (rebuilt || view.passage !== this.shownPassage) this.passages.mark((this.shownPassage = view.passage));
    if (view.turnToShow !== this.shownTurnRequest) {
      this.shownTurnRequest = view.turnToShow;
      if (view.turnToShow?.focus) this.focusTurn(view.turnToShow.turn);
      else if (view.turnToShow) this.scrollToTurn(view.turnToShow.turn);
    }
  }

  private shownSpeakers: readonly string[] | null = null;
  private shownMatches: ViewState['searchMatches'] = [];
  private shownActive = -1;
  private shownPassage: ViewState['passage'] = null;

  /** Turns `from`…`to`-1 joined the page: give them the speaker filter and, if current, the highlight. */
  private onChunk = (from: number, to: number): void => {
    if (!this.rendered) return;
    this.showSpeakers(this.data, this.shownSpeakers, from, to);
    this.sync.chunkAdded(from, to);
    this.passages.chunkAdded();
  };

  private showSpeakers(data: Transcript | null, speakers: readonly string[] | null, from = 0, to = Infinity): void {
    this.shownSpeakers = speakers;
    const r = this.rendered;
    if (!r || !data) return;
    const visible = speakers ? new Set(speakers) : null;
    for (let i = from; i < Math.min(to, r.turns.length); i++) {
      r.turns[i]!.hidden = visible !== null && !visible.has(data.turns[i]!.speaker);
    }
    this.roving.keepVisible();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rendered?.cancel();
  }

  private focusInside(): boolean {
    const active = this.shadowRoot?.activeElement;
    return active != null && !!this.scroller?.contains(active);
  }

  private backToCurrent = (): void => {
    this.follow.resume();
    const el = this.rendered?.turns[this.sync.turn];
    if (el) this.follow.reveal(this.sync.word ?? el, true);
    this.roving.set(this.sync.turn);
    this.announcer.say(localStrings(this).followingResumed);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!this.roving.onKeyDown(event) && !this.passages.onKey(event)) this.follow.onKey(event);
  };

  /** Moves keyboard focus to turn `i` (its timestamp button, or the turn when it has no time). */
  focusTurn(i: number): void {
    this.roving.focus(i);
  }

  /**
   * Scrolls turn `i` into view without moving focus (the selected search match in it, when there
   * is one); following pauses if it is not the current turn.
   */
  scrollToTurn(i: number): void {
    const r = this.rendered;
    const m = this.shownMatches[this.shownActive];
    const sentence = m?.turn === i ? r?.sentences[i]?.[m.sentence] : undefined;
    const words = m && r?.transcript.turns[i]?.sentences[m.sentence]?.words;
    const target = (sentence && words && wordsRange(sentence, words, m.startWord)) || r?.turns[i];
    if (target) this.follow.show(target, i === this.sync.turn);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-transcript': ParleyTranscript;
  }
}
