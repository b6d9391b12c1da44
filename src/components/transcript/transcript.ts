import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Transcript } from '../../model/transcript.js';
import { AwaitedTurn } from './awaited-turn.js';
import { isTimed } from '../../model/transcript.js';
import { viewContext, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { Announcer } from '../shared/announcer.js';
import { TranscriptLoader } from '../shared/fetch-transcript.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import { TurnsController } from './turns.js';
import { SpeakerFilterController } from './speakers.js';
import { ShowTurnController } from './show-turn.js';
import { SyncController } from './sync.js';
import { FollowController } from './follow.js';
import { RovingTabindexController } from './roving.js';
import { MatchHighlightController } from './matches.js';
import { PassageController } from './passage.js';
import { ReadingController } from './reading.js';
import { ClickToTime } from './click-to-time.js';
import { printHeader } from './print-header.js';
import { styles } from './transcript.styles.js';

export type { TranscriptMatch } from '../shared/context.js';

/** What the transcript shows of the player's view state. */
type View = Pick<ViewState, 'transcript' | 'index'>;

/**
 * The transcript of a recording, kept in step with it: the turn being spoken carries
 * `aria-current="true"`, the word being spoken is underlined and highlighted, and any turn,
 * sentence or word plays from there when clicked.
 *
 * Inside `<parley-player>` (or linked to one with `for="player-id"`) it shows the player's
 * transcript, search matches and chosen speakers. On its own it follows any media element on the
 * page: `<parley-transcript for="my-audio" transcript-src="talk.vtt">`.
 *
 * Made of reactive controllers, one concern each: `TurnsController` (the turns built once per
 * transcript), `SyncController` (media time and the highlight), `FollowController` (follow mode),
 * `RovingTabindexController` (one Tab stop; Arrow Up/Down, Home/End move between turns; Enter or
 * Space plays the turn), `MatchHighlightController` (search matches), `SpeakerFilterController`,
 * `PassageController` (quoting and marking a passage), `ReadingController` (the reader's
 * preferences) and `ShowTurnController` (turns asked for); `ClickToTime` plays what is clicked. Chapters and questions are headings at the
 * turns where they start (`headings.ts`). While playing, follow mode keeps the current turn in view;
 * any scroll, wheel, touch or key of the reader's pauses it and shows "Back to current".
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
 * @cssproperty --parley-passage-background - Background of a passage opened from a `#t=start,end` link.
 * @cssproperty --parley-sticky-top - Height of what sticks to the top of the window over the transcript (set by the player).
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

  private view = new ContextSelection<ViewState, View>(this, viewContext, (v) => ({
    transcript: v?.transcript ?? null,
    index: v?.index ?? null,
  }));
  private turns = new TurnsController(this, {
    list: () => this.list,
    data: () => this.data,
    shared: () => this.view.value,
    questionNumber: () => localStrings(this).questionNumber,
    onBuilt: (rendered) => {
      this.awaited.reset();
      this.roving.reset();
      this.sync.reset();
      this.speakers.apply();
      this.highlights.rebuilt(rendered, () => this.turns.rendered);
      this.passages.rebuilt();
    },
    onChunk: (from, to) => {
      this.speakers.apply(from, to);
      this.sync.chunkAdded(from, to);
      this.passages.chunkAdded();
      const due = this.awaited.built(this.data, to);
      if (due) (due.focus ? this.focusTurn : this.scrollToTurn).call(this, due.turn);
    },
  });
  private announcer = new Announcer(this);
  /** A turn asked for before it is built (only the first screenful is built at once). */
  private awaited = new AwaitedTurn();
  /** A transcript read from `transcriptSrc`. */
  private source = new TranscriptLoader(this);

  private sync = new SyncController(this, {
    rendered: () => this.turns.rendered,
    index: () => this.turns.index,
    onTurn: (turn) => {
      // "Back to current" depends on whether there is a current turn.
      if (this.follow.paused) this.requestUpdate();
      this.roving.followPlayback(turn);
      this.follow.schedule();
    },
    onSentence: () => this.follow.schedule(),
  });

  private follow = new FollowController(this, {
    scroller: () => this.scroller,
    target: () => this.sync.word ?? this.turns.rendered?.turns[this.sync.turn] ?? null,
    playing: () => !!this.sync.media && !this.sync.media.paused,
    off: () => this.noFollow || !this.reading.follow,
    hasCurrent: () => this.sync.turn >= 0,
    onBack: () => {
      this.roving.set(this.sync.turn);
      this.announcer.say(localStrings(this).followingResumed);
    },
    stickyTop: () => parseFloat(getComputedStyle(this).getPropertyValue('--parley-sticky-top')) || 0,
  });

  private roving = new RovingTabindexController(this, {
    rendered: () => this.turns.rendered,
    onMove: () => this.follow.pause(),
    reveal: (el) => this.follow.reveal(el, false),
  });

  private highlights = new MatchHighlightController(this, () => this.turns.rendered);
  private speakers = new SpeakerFilterController(this, () => this.turns.rendered, () => this.roving.keepVisible());
  private reading = new ReadingController(this);
  protected readonly showTurn = new ShowTurnController(this, { focus: (i) => this.focusTurn(i), scroll: (i) => this.scrollToTurn(i) });

  private passages = new PassageController(this, {
    rendered: () => this.turns.rendered,
    index: () => this.turns.index,
    offset: () => this.sync.state.offset,
    time: () => this.sync.media?.currentTime ?? 0,
    focusedTurn: () => this.roving.current,
    reveal: (el) => this.follow.center(el),
    say: (text) => this.announcer.say(text),
  });

  private clicks = new ClickToTime(this, {
    rendered: () => this.turns.rendered,
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

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('transcriptSrc')) void this.source.load(this.transcript ? '' : this.transcriptSrc);
  }

  protected override render() {
    const data = this.data;
    const timed = data ? isTimed(data) : false;
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
          @keydown=${this.onKeyDown}
          @click=${this.clicks.onClick}
        >
          <div class="turns" role="list" aria-label=${data?.metadata.title ? fill(s.turnsOf, { title: data.metadata.title }) : s.turns}></div>
        </div>
        ${this.follow.renderBack(s.backToCurrent)}
        ${this.passages.render()}
      </section>
    `;
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!this.roving.onKeyDown(event) && !this.passages.onKey(event)) this.follow.onKey(event);
  };

  /** Moves keyboard focus to turn `i` (its timestamp button, or the turn when it has no time). */
  focusTurn(i: number): void {
    if (this.awaited.ask(this.turns.rendered, i, true)) this.roving.focus(i);
  }

  /**
   * Scrolls turn `i` into view without moving focus (the selected search match in it, when there
   * is one); following pauses if it is not the current turn.
   */
  scrollToTurn(i: number): void {
    if (!this.awaited.ask(this.turns.rendered, i, false)) return;
    const target = this.highlights.selectedIn(i) ?? this.turns.rendered?.turns[i];
    if (target) this.follow.show(target, i === this.sync.turn);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-transcript': ParleyTranscript;
  }
}
