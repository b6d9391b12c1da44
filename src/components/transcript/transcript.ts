import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { isTimed } from '../../model/transcript.js';
import { TimeIndex, lastAtOrBefore } from '../../model/time-index.js';
import { playerContext, type PlayerState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import { renderTurns, CLS, type RenderedTurns } from './render-turns.js';
import { RangePainter, sharedHighlight, wordAtPoint, wordsRange } from './word-ranges.js';
import { PassageController, type Passage } from './passage.js';
import { copyText } from '../nav-common/player-link.js';
import { styles } from './transcript.styles.js';
import { refusedUrlMessage, safeUrl } from '../../nav/safe-url.js';

/** A search match: words `startWord`…`endWord` (inclusive) of one sentence. */
export interface TranscriptMatch {
  turn: number;
  sentence: number;
  startWord: number;
  endWord: number;
}

/**
 * Seconds of wall time before a word or turn boundary from which the highlight is checked on every
 * animation frame; further away, a timer waits. A few frames: a timer may fire late.
 */
const BOUNDARY_LEAD = 0.06;

/** Keys that move the view of the transcript: pressing one means the reader has taken over. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Named highlights are global to the document; every transcript on the page adds its own ranges. */
const MATCH_HIGHLIGHT = 'parley-match';
const ACTIVE_MATCH_HIGHLIGHT = 'parley-match-active';
/** The word being spoken: a range painted with the CSS Custom Highlight API (no element per word). */
const WORD_HIGHLIGHT = 'parley-word';

/**
 * The transcript of a recording, kept in step with it: the turn being spoken carries
 * `aria-current="true"`, the word being spoken is underlined and highlighted, and any turn,
 * sentence or word plays from there when clicked.
 *
 * Inside `<parley-player>` it takes the transcript and the media from the player. On its own it
 * follows any media element on the page: `<parley-transcript for="my-audio" src="talk.vtt">`.
 *
 * The whole list of turns is one Tab stop (roving tabindex over the turns' timestamp buttons):
 * Arrow Up/Down move between turns, Home/End go to the first/last, Enter or Space plays the turn.
 * While playing, follow mode keeps the current turn in view; any scroll, wheel, touch or key of
 * the reader's pauses it and shows "Back to current".
 *
 * @fires parley-seek-request - `{ time, play: true }` when a turn, sentence or word is chosen.
 * @fires parley-turn-change - `{ turn }` when the current turn changes (not on every frame).
 * @csspart region - The landmark region.
 * @csspart heading - The "Transcript" heading.
 * @csspart back - The "Back to current" button.
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
 * <parley-transcript for="talk" src="talk.vtt"></parley-transcript>
 */
@customElement('parley-transcript')
export class ParleyTranscript extends LitElement {
  static override styles = styles;

  /** Id of a media element on the page to follow when not inside `<parley-player>`. */
  @property({ attribute: 'for' }) accessor htmlFor = '';

  /** URL of a transcript to read (any format Parley reads) when not inside `<parley-player>`. */
  @property() accessor src = '';

  /** The transcript as an object; when set, it wins over the player's and over `src`. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** Seconds a transcript time is shifted when used without a player (see PlayerState.offset). */
  @property({ type: Number }) accessor offset = 0;

  /** Search matches to highlight (the CSS Custom Highlight API: no DOM changes per match). */
  @property({ attribute: false }) accessor searchMatches: TranscriptMatch[] = [];

  /** Index into `matches` of the selected match, shown stronger; -1 for none. */
  @property({ type: Number, attribute: 'active-match' }) accessor activeMatch = -1;

  /** Speaker ids whose turns are shown; null shows every speaker. */
  @property({ attribute: false }) accessor visibleSpeakers: string[] | null = null;

  /** A passage to mark (media seconds), as opened from a `#t=start,end` link; null for none. */
  @property({ attribute: false }) accessor passage: Passage | null = null;

  /** Never scroll by itself: turns follow mode off (it is on by default while playing). */
  @property({ type: Boolean, attribute: 'no-follow' }) accessor noFollow = false;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  @consume({ context: playerContext, subscribe: true })
  @state()
  private accessor player: PlayerState | undefined = undefined;

  /** A transcript read from `src`. */
  @state() private accessor loaded: Transcript | null = null;
  @state() private accessor loadError = '';
  /** Follow mode paused by the reader. */
  @state() private accessor followPaused = false;
  /** Text of the polite status region; changes only after a person's action. */
  @state() private accessor status = '';

  @query('.turns') private accessor list!: HTMLElement;
  @query('.scroller') private accessor scroller!: HTMLElement;
  @query('.link-field') private accessor linkField!: HTMLInputElement;

  private passages = new PassageController(this);

  private rendered: RenderedTurns | null = null;
  private renderedFor: Transcript | null = null;
  private ownIndex: { for: Transcript; index: TimeIndex } | null = null;
  private media: HTMLMediaElement | null = null;
  private frame = 0;
  private wakeTimer = 0;
  private activeTurn = -1;
  private word = new RangePainter(WORD_HIGHLIGHT);
  private activeWordPos = -1;
  private activeSentenceKey = -1;
  private roving = 0;
  /** True while a scroll of ours is running, so that its scroll events are not taken for the reader's. */
  private ownScroll = false;
  private ownScrollTimer = 0;
  private followTimer = 0;
  private matchPainter = new RangePainter(ACTIVE_MATCH_HIGHLIGHT);
  private ranges: Range[] = [];

  /** Media time (seconds) of the last update of the highlight; for diagnostics and tests. */
  syncedTime = NaN;

  /** The transcript shown: the property, else the player's, else the one read from `src`. */
  get data(): Transcript | null {
    return this.transcript ?? this.player?.transcript ?? this.loaded;
  }

  /** Index of the turn being spoken, or -1. */
  get currentTurn(): number {
    return this.activeTurn;
  }

  // ---- What quoting a passage needs (see passage.ts) ----

  /** The time index of the transcript shown. */
  get timeIndex(): TimeIndex | null {
    return this.index;
  }

  /** The rendered turns, sentences and words. */
  get renderedTurns(): RenderedTurns | null {
    return this.rendered;
  }

  /** Seconds a transcript time is shifted in the recording. */
  get mediaOffset(): number {
    return this.effectiveOffset;
  }

  /** Scrolls a passage's first sentence to the middle of the window, in the box and the page (a passage opened from a link). */
  revealWord(el: HTMLElement): void {
    this.markOwnScroll();
    el.scrollIntoView({ block: 'center', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  }

  private get index(): TimeIndex | null {
    const data = this.data;
    if (!data) return null;
    if (!this.transcript && this.player?.index && this.player.transcript === data) return this.player.index;
    if (this.ownIndex?.for !== data) this.ownIndex = { for: data, index: new TimeIndex(data) };
    return this.ownIndex.index;
  }

  private get effectiveOffset(): number {
    return this.player ? this.player.offset : this.offset;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.onWindowScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.onWindowScroll);
    this.attachMedia(null);
    this.setMatchRanges([], null);
    this.word.show(null);
    this.rendered?.cancel();
    clearTimeout(this.followTimer);
    clearTimeout(this.ownScrollTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src && !this.transcript) void this.load(this.src);
  }

  private async load(url: string): Promise<void> {
    this.loadError = '';
    let notLoaded = '';
    if (!safeUrl(url)) {
      this.loadError = refusedUrlMessage('transcript', url);
      return;
    }
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error((notLoaded = fill(localStrings(this).transcriptLoadError, { url, reason: `HTTP ${response.status}` })));
      const fileName = new URL(url, document.baseURI).pathname.split('/').pop() ?? url;
      const { loadTranscript } = await import('../../formats/load.js');
      this.loaded = (await loadTranscript(await response.arrayBuffer(), { fileName })).transcript;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.loadError = message === notLoaded ? message : fill(localStrings(this).transcriptReadError, { reason: message });
    }
  }

  protected override render() {
    const data = this.data;
    const timed = data ? isTimed(data) : false;
    const showBack = this.followPaused && this.activeTurn >= 0 && timed;
    const s = localStrings(this);
    return html`
      <section class="region" part="region" aria-labelledby="heading">
        <h2 id="heading" part="heading">${s.transcript}</h2>
        ${printHeader(data)}
        ${this.loadError ? html`<p class="error" role="alert">${this.loadError}</p>` : ''}
        ${data && !timed && data.turns.length
          ? html`<p class="untimed" part="note">${s.untimed}</p>`
          : ''}
        <div role="status" class="sr-only">${this.status}</div>
        <div
          class="scroller"
          part="scroller"
          @wheel=${this.onUserScrollIntent}
          @touchstart=${this.onUserScrollIntent}
          @pointerdown=${this.onScrollerPointerDown}
          @scroll=${this.onScrollerScroll}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @focusin=${this.onFocusIn}
        >
          <div class="turns" role="list" aria-label=${data?.metadata.title ? fill(s.turnsOf, { title: data.metadata.title }) : s.turns}></div>
        </div>
        <!-- Sticks to the bottom of the window while the transcript is in view, so that it is seen
             wherever the reader has scrolled; after the turns in reading and Tab order. -->
        <div class="float" ?hidden=${!showBack}>
          <button type="button" class="back" part="back" @click=${this.backToCurrent}>${s.backToCurrent}</button>
        </div>
        <div class="float" ?hidden=${!this.passages.selected}>
          <button type="button" class="back" part="quote" @click=${() => this.copyPassage(this.passages.selected)}>${s.copyPassageLink}</button>
        </div>
        <input class="link-field" readonly hidden aria-label=${s.passageLinkField} />
      </section>
    `;
  }

  /**
   * The player's state changes about four times a second while playing (its clock). The
   * transcript shows nothing of the clock (its highlight follows the media element itself), so it
   * updates only when what it uses of that state changed.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (changed.size !== 1 || !changed.has('player')) return true;
    const before = changed.get('player') as PlayerState | undefined;
    const now = this.player;
    return !before || !now || before.media !== now.media || before.transcript !== now.transcript || before.index !== now.index || before.offset !== now.offset;
  }

  protected override updated(changed: PropertyValues): void {
    const data = this.data;
    let rebuilt = false;
    if (data !== this.renderedFor) {
      this.renderedFor = data;
      this.rebuild(data);
      rebuilt = true;
    }
    if (rebuilt || changed.has('visibleSpeakers')) this.applyVisibleSpeakers();
    if (changed.has('searchMatches') || changed.has('activeMatch')) this.applyMatches();
    const media = this.player ? this.player.media : this.htmlFor ? (document.getElementById(this.htmlFor) as HTMLMediaElement | null) : null;
    if (media !== this.media) this.attachMedia(media);
    if (changed.has('player') || changed.has('offset')) this.sync();
    if (changed.has('offset')) this.scheduleSync();
    if (rebuilt || changed.has('passage')) this.passages.mark(this.passage);
  }

  /** Copies the `#t=start,end` link to `passage` (the selection, or the `q` key's sentence). */
  private copyPassage = async (span: Passage | null): Promise<void> => {
    if (!span) {
      this.announce(localStrings(this).nothingToQuote);
      return;
    }
    const how = await copyText(this.passages.linkTo(span), this.linkField);
    const s = localStrings(this);
    this.announce(how === 'copied' ? s.passageCopied : s.passageSelected);
  };

  private rebuild(data: Transcript | null): void {
    this.activeTurn = -1;
    this.word.show(null);
    this.activeWordPos = -1;
    this.activeSentenceKey = -1;
    this.roving = 0;
    this.rendered?.cancel();
    // The first screenful is built now; the rest arrives in idle time (onChunk).
    const rendered = data ? renderTurns(data, this.list, { onChunk: this.onChunk, questionNumber: localStrings(this).questionNumber }) : null;
    this.rendered = rendered;
    if (!data) this.list.replaceChildren();
    const first = this.focusTarget(0);
    if (first) first.tabIndex = 0;
    this.applyMatches();
    this.sync();
    this.scheduleSync();
    void rendered?.done.then(() => {
      if (this.rendered === rendered) this.applyMatches();
    });
  }

  /** Turns from…to-1 joined the page: give them the speaker filter and, if current, the highlight. */
  private onChunk = (from: number, to: number): void => {
    if (!this.rendered) return;
    this.applyVisibleSpeakers(from, to);
    // A passage opened from a link may lie in turns built after the first screenful.
    if (this.passage && !this.passages.marked) this.passages.mark(this.passage);
    if (this.activeTurn >= from && this.activeTurn < to) this.markTurn(this.activeTurn);
    const index = this.index;
    if (index && this.activeWordPos >= 0 && !this.word.current) {
      const t = index.wordAddress(this.activeWordPos).turn;
      if (t >= from && t < to) this.setActiveWord(this.activeWordPos, index);
    }
  };

  private applyVisibleSpeakers(from = 0, to = Infinity): void {
    const r = this.rendered;
    const data = this.data;
    if (!r || !data) return;
    const visible = this.visibleSpeakers ? new Set(this.visibleSpeakers) : null;
    for (let i = from; i < Math.min(to, r.turns.length); i++) {
      r.turns[i]!.hidden = visible !== null && !visible.has(data.turns[i]!.speaker);
    }
    // The single Tab stop must stay on a turn that can be seen.
    if (r.turns[this.roving]?.hidden) {
      const next = r.turns.findIndex((el) => !el.hidden);
      if (next >= 0) this.setRoving(next);
    }
  }

  // ---- Media and the per-frame sync ----------------------------------------------------------

  private attachMedia(media: HTMLMediaElement | null): void {
    const events = ['play', 'playing', 'pause', 'seeking', 'seeked', 'timeupdate', 'ratechange', 'emptied', 'ended', 'loadedmetadata'];
    if (this.media) for (const e of events) this.media.removeEventListener(e, this.onMediaEvent);
    this.stopFrames();
    this.media = media;
    if (media) {
      for (const e of events) media.addEventListener(e, this.onMediaEvent);
      this.onMediaEvent();
    }
  }

  private onMediaEvent = (): void => {
    this.sync();
    this.scheduleSync();
  };

  /** Runs on the animation frames near a boundary while playing: reads the media time, touches at most two elements. */
  private tick = (): void => {
    this.frame = 0;
    this.sync();
    this.scheduleSync();
  };

  private stopFrames(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.wakeTimer);
    this.frame = 0;
    this.wakeTimer = 0;
  }

  /**
   * While playing, the highlight is checked on every animation frame only when the next word or
   * turn boundary is near; otherwise a timer wakes the checks shortly before it (at 1× most frames
   * have nothing to change: the page's main thread stays quiet). Seeks, rate changes and pauses
   * come as media events and reschedule.
   */
  private scheduleSync(): void {
    const media = this.media;
    const index = this.index;
    this.stopFrames();
    if (!media || media.paused || !this.rendered) return;
    const rate = media.playbackRate;
    const wait = index && rate > 0 ? this.nextBoundary(index, media.currentTime - this.effectiveOffset) / rate : 0;
    if (wait <= BOUNDARY_LEAD) this.frame = requestAnimationFrame(this.tick);
    else this.wakeTimer = window.setTimeout(() => {
      this.wakeTimer = 0;
      this.frame = requestAnimationFrame(this.tick);
    }, (wait - BOUNDARY_LEAD) * 1000);
  }

  /** Seconds of transcript time from t to the next start or end of a word or start of a turn (Infinity after the last). */
  private nextBoundary(index: TimeIndex, t: number): number {
    const w = index.words;
    const i = lastAtOrBefore(w.starts, t);
    let next = i + 1 < w.starts.length ? w.starts[i + 1]! : Infinity;
    if (i >= 0 && t < w.ends[i]!) next = Math.min(next, w.ends[i]!);
    const turns = index.turns.starts;
    const j = lastAtOrBefore(turns, t);
    if (j + 1 < turns.length) next = Math.min(next, turns[j + 1]!);
    return Math.max(0, next - t);
  }

  /**
   * Brings the highlight in step with the media time. No layout is read here: only attributes and
   * classes of the old and new current turn and word change.
   */
  private sync(): void {
    const media = this.media;
    const index = this.index;
    if (!media || !index || !this.rendered) return;
    const mediaTime = media.currentTime;
    this.syncedTime = mediaTime;
    const t = mediaTime - this.effectiveOffset;
    let turn = index.turnAt(t);
    // Before the first word: once playback has started the first turn is current, so that
    // exactly one turn is current while playing.
    if (turn < 0 && index.turns.starts.length > 0 && (!media.paused || mediaTime > 0)) turn = index.turns.turn[0]!;
    const wordPos = index.wordPositionAt(t);
    if (turn !== this.activeTurn) this.setActiveTurn(turn);
    if (wordPos !== this.activeWordPos) this.setActiveWord(wordPos, index);
  }

  private setActiveTurn(turn: number): void {
    const r = this.rendered!;
    const old = r.turns[this.activeTurn];
    if (old) {
      old.removeAttribute('aria-current');
      old.setAttribute('part', 'turn');
    }
    this.activeTurn = turn;
    this.markTurn(turn);
    // "Back to current" depends on whether there is a current turn; re-render only when it shows.
    if (this.followPaused) this.requestUpdate();
    this.dispatchEvent(new CustomEvent('parley-turn-change', { detail: { turn }, bubbles: true, composed: true }));
    this.scheduleFollow();
  }

  /** Marks turn `turn` as current, once its element is in the page. */
  private markTurn(turn: number): void {
    const el = this.rendered?.turns[turn];
    if (!el) return;
    el.setAttribute('aria-current', 'true');
    el.setAttribute('part', 'turn turn-current');
    // The Tab stop goes with the current turn, unless the reader is in the transcript.
    // (Not to a turn hidden by the speaker filter: the transcript would lose its Tab stop.)
    if (!el.hidden && !this.focusInside()) this.setRoving(turn);
  }

  private setActiveWord(position: number, index: TimeIndex): void {
    this.activeWordPos = position;
    if (position < 0) {
      this.word.show(null);
      return;
    }
    const a = index.wordAddress(position);
    const sentenceEl = this.rendered!.sentences[a.turn]?.[a.sentence];
    const words = this.data?.turns[a.turn]?.sentences[a.sentence]?.words;
    this.word.show(sentenceEl && words ? wordsRange(sentenceEl, words, a.word) : null);
    // A long turn can run out of view: follow again when a new sentence starts.
    const key = a.turn * 100_000 + a.sentence;
    if (key !== this.activeSentenceKey) {
      this.activeSentenceKey = key;
      this.scheduleFollow();
    }
  }

  private focusInside(): boolean {
    return this.shadowRoot?.activeElement != null && this.scroller.contains(this.shadowRoot.activeElement);
  }

  // ---- Follow mode ---------------------------------------------------------------------------

  /** Layout is read outside the animation frame, in a task of its own. */
  private scheduleFollow(): void {
    if (this.followTimer || this.noFollow || this.followPaused) return;
    this.followTimer = window.setTimeout(() => {
      this.followTimer = 0;
      if (this.media && !this.media.paused && !this.noFollow && !this.followPaused) this.revealCurrent(false);
    });
  }

  private get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Scrolls the current word (or turn) into view when it is out of the comfortable band. */
  private revealCurrent(force: boolean): void {
    const target = this.word.current ?? this.rendered?.turns[this.activeTurn];
    if (!target) return;
    this.revealElement(target, force);
  }

  private revealElement(target: Element | Range, force: boolean): void {
    // A long jump (a seek across an hours-long transcript) is instant: a smooth scroll would
    // bring every chunk of turns on the way on screen, each needing style and layout.
    const behavior = (distance: number, view: number): ScrollBehavior =>
      this.reducedMotion || Math.abs(distance) > 2 * view ? 'auto' : 'smooth';
    const box = target.getBoundingClientRect();
    const scroller = this.scroller;
    if (scroller.scrollHeight > scroller.clientHeight + 1) {
      const s = scroller.getBoundingClientRect();
      const outside = box.top < s.top + 8 || box.bottom > s.bottom - 8;
      if (!force && !outside) return;
      this.markOwnScroll();
      const distance = box.top - s.top - scroller.clientHeight * 0.25;
      scroller.scrollTo({ top: scroller.scrollTop + distance, behavior: behavior(distance, scroller.clientHeight) });
    } else {
      // What sticks to the top of the window (the player's bar on small screens) hides what is under it.
      const top = parseFloat(getComputedStyle(this).getPropertyValue('--parley-sticky-top')) || 0;
      const outside = box.top < top || box.bottom > window.innerHeight;
      if (!force && !outside) return;
      this.markOwnScroll();
      const distance = box.top - top - (window.innerHeight - top) * 0.25;
      window.scrollTo({ top: window.scrollY + distance, behavior: behavior(distance, window.innerHeight) });
    }
  }

  /** Scroll events until the scroll settles are ours. */
  private markOwnScroll(): void {
    this.ownScroll = true;
    clearTimeout(this.ownScrollTimer);
    const done = () => {
      clearTimeout(this.ownScrollTimer);
      // Let the last scroll event of ours pass first.
      this.ownScrollTimer = window.setTimeout(() => (this.ownScroll = false), 50);
      this.scroller.removeEventListener('scrollend', done);
      window.removeEventListener('scrollend', done);
    };
    this.scroller.addEventListener('scrollend', done);
    window.addEventListener('scrollend', done);
    // A scroll that did not move anything fires no scrollend.
    this.ownScrollTimer = window.setTimeout(done, this.reducedMotion ? 100 : 1000);
  }

  private pauseFollow(): void {
    if (!this.followPaused && this.activeTurn >= 0) this.followPaused = true;
  }

  private onUserScrollIntent = (): void => {
    this.cancelOwnScroll();
    this.pauseFollow();
  };

  private cancelOwnScroll(): void {
    this.ownScroll = false;
    clearTimeout(this.ownScrollTimer);
  }

  private onScrollerPointerDown = (event: PointerEvent): void => {
    // A press on the box itself (not on its text) is a press on its scrollbar.
    if (event.target === this.scroller) this.onUserScrollIntent();
  };

  private onScrollerScroll = (): void => {
    if (!this.ownScroll) this.pauseFollow();
  };

  private onWindowScroll = (): void => {
    // Page scrolls matter only when the page, not the box, holds the transcript's overflow.
    if (this.ownScroll || !this.media || this.media.paused) return;
    if (this.scroller && this.scroller.scrollHeight <= this.scroller.clientHeight + 1) this.pauseFollow();
  };

  private backToCurrent = (): void => {
    this.followPaused = false;
    const el = this.rendered?.turns[this.activeTurn];
    if (el) this.revealElement(this.word.current ?? el, true);
    this.setRoving(this.activeTurn);
    this.announce(localStrings(this).followingResumed);
  };

  private announce(message: string): void {
    // Same text twice in a row would not be read again: clear first.
    this.status = '';
    requestAnimationFrame(() => (this.status = message));
  }

  // ---- Pointer and keyboard ------------------------------------------------------------------

  private onClick = (event: MouseEvent): void => {
    const r = this.rendered;
    const data = this.data;
    if (!r || !data) return;
    const target = event.target as HTMLElement;
    const turnEl = target.closest<HTMLElement>(`.${CLS.turn}`);
    if (!turnEl) return;
    const t = r.turns.indexOf(turnEl);
    if (t < 0) return;
    const turn = data.turns[t]!;
    let time: number | null = null;
    if (target.closest(`.${CLS.stamp}`)) {
      time = turn.start;
    } else {
      // A click that ends a text selection selects; it does not seek.
      const selection = (this.shadowRoot as unknown as { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) return;
      if (target.classList.contains(CLS.note) || target.closest(`.${CLS.head}`)) return;
      const sentenceEl = target.closest<HTMLElement>(`.${CLS.sentence}`);
      if (sentenceEl) {
        const s = r.sentences[t]!.indexOf(sentenceEl);
        const sentence = turn.sentences[s];
        if (!sentence) return;
        // The word under the pointer (a keyboard's click has no point: the sentence plays).
        const w = event.detail > 0 ? wordAtPoint(sentenceEl, sentence.words, event.clientX, event.clientY) : -1;
        const word = sentence.words[w];
        if (word && !word.annotation) time = word.start;
        time ??= sentence.start ?? sentence.words.find((w) => w.start !== null && !w.annotation)?.start ?? null;
      }
      time ??= turn.start;
    }
    if (time === null) return;
    this.setRoving(t);
    this.seekTo(time);
  };

  /** Asks for playback from transcript time `time` (a little past it, to land inside the item). */
  private seekTo(time: number): void {
    const mediaTime = Math.max(0, time + this.effectiveOffset + 0.001);
    this.followPaused = false;
    const handled = request(this, 'parley-seek-request', { time: mediaTime, play: true });
    if (!handled && this.media) {
      this.media.currentTime = mediaTime;
      void this.media.play().catch(() => undefined);
    }
  }

  private focusTarget(i: number): HTMLElement | null {
    const r = this.rendered;
    if (!r) return null;
    return r.stamps[i] ?? r.turns[i] ?? null;
  }

  private setRoving(i: number): void {
    const r = this.rendered;
    if (!r || i < 0 || i >= r.turns.length) return;
    const old = this.focusTarget(this.roving);
    const next = this.focusTarget(i)!;
    if (old && old !== next) {
      if (old.classList.contains(CLS.turn)) old.removeAttribute('tabindex');
      else old.tabIndex = -1;
    }
    next.tabIndex = 0;
    this.roving = i;
  }

  private onFocusIn = (event: FocusEvent): void => {
    const r = this.rendered;
    if (!r) return;
    const turnEl = (event.target as HTMLElement).closest<HTMLElement>(`.${CLS.turn}`);
    const i = turnEl ? r.turns.indexOf(turnEl) : -1;
    if (i >= 0 && i !== this.roving) this.setRoving(i);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const r = this.rendered;
    if (!r) return;
    const target = event.target as HTMLElement;
    const onTurn = target === this.focusTarget(this.roving);
    if (onTurn && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const visible = (i: number) => !r.turns[i]!.hidden;
      let i = this.roving;
      const n = r.turns.length;
      if (event.key === 'ArrowDown') {
        do i++; while (i < n && !visible(i));
      } else if (event.key === 'ArrowUp') {
        do i--; while (i >= 0 && !visible(i));
      } else if (event.key === 'Home') {
        i = 0;
        while (i < n && !visible(i)) i++;
      } else {
        i = n - 1;
        while (i >= 0 && !visible(i)) i--;
      }
      this.pauseFollow();
      if (i >= 0 && i < n) this.focusTurn(i);
      return;
    }
    if (event.key === 'q' && !event.altKey && !event.ctrlKey && !event.metaKey && onTurn) {
      // Quote the sentence being spoken (before playback: the focused turn's first sentence).
      event.preventDefault();
      void this.copyPassage(this.passages.sentenceAt(this.media?.currentTime ?? 0, this.roving));
      return;
    }
    if (SCROLL_KEYS.has(event.key) && !(event.key === ' ' && target.localName === 'button')) this.pauseFollow();
  };

  // ---- Public methods ------------------------------------------------------------------------

  /** Moves keyboard focus to turn `i` (its timestamp button, or the turn when it has no time). */
  focusTurn(i: number): void {
    const el = this.focusTarget(i);
    if (!el) return;
    this.setRoving(i);
    if (el.classList.contains(CLS.turn)) el.tabIndex = 0;
    el.focus({ preventScroll: true });
    this.revealElement(el, false);
  }

  /** Scrolls turn `i` into view without moving focus; following pauses if it is not the current turn. */
  scrollToTurn(i: number): void {
    const el = this.rendered?.turns[i];
    if (!el) return;
    if (i !== this.activeTurn && this.media && !this.media.paused) this.pauseFollow();
    this.markOwnScroll();
    el.scrollIntoView({ block: 'start', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  }

  /**
   * Scrolls search match `i` into view without moving focus: inside the transcript's own box
   * when it scrolls (the page, and the search box, stay where they are), else in the page below
   * whatever sticks to its top.
   */
  scrollToMatch(i: number): void {
    const m = this.searchMatches[i];
    const r = this.rendered;
    if (!m || !r) return;
    const sentenceEl = r.sentences[m.turn]?.[m.sentence];
    const words = this.data?.turns[m.turn]?.sentences[m.sentence]?.words;
    const el = (sentenceEl && words ? wordsRange(sentenceEl, words, m.startWord) : null) ?? r.turns[m.turn];
    if (!el) return;
    if (m.turn !== this.activeTurn && this.media && !this.media.paused) this.pauseFollow();
    this.revealElement(el, true);
    const scroller = this.scroller;
    if (scroller.scrollHeight <= scroller.clientHeight + 1) return;
    // The match now sits a quarter down the box; when that place is off the window (the box
    // starts below it), the page moves too, as little as it takes.
    const top = parseFloat(getComputedStyle(this).getPropertyValue('--parley-sticky-top')) || 0;
    const at = scroller.getBoundingClientRect().top + scroller.clientHeight * 0.25;
    const lineHeight = el.getBoundingClientRect().height || 24;
    const below = at + 2 * lineHeight - window.innerHeight;
    const above = top - at;
    if (below > 0) window.scrollBy({ top: below, behavior: 'auto' });
    else if (above > 0) window.scrollBy({ top: -above, behavior: 'auto' });
  }

  // ---- Search matches ------------------------------------------------------------------------

  private applyMatches(): void {
    const r = this.rendered;
    const ranges: Range[] = [];
    let active: Range | null = null;
    if (r) {
      const data = this.data;
      this.searchMatches.forEach((m, i) => {
        const sentenceEl = r.sentences[m.turn]?.[m.sentence];
        const words = data?.turns[m.turn]?.sentences[m.sentence]?.words;
        const range = sentenceEl && words ? wordsRange(sentenceEl, words, m.startWord, m.endWord) : null;
        if (!range) return;
        if (i === this.activeMatch) active = range;
        else ranges.push(range);
      });
    }
    this.setMatchRanges(ranges, active);
  }

  private setMatchRanges(ranges: Range[], active: Range | null): void {
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    for (const range of this.ranges) all?.delete(range);
    this.ranges = ranges;
    for (const range of ranges) all?.add(range);
    this.matchPainter.show(active);
  }
}

/**
 * Shown only on paper, as the official document opens: the title, who, where and when. The
 * screen has these in the page around the player.
 */
function printHeader(data: Transcript | null) {
  const m = data?.metadata;
  if (!m || !(m.title || m.dateText || m.date)) return '';
  const lines = [m.principal, ...(m.place ?? []), m.dateText ?? m.date].filter(Boolean);
  return html`<header class="print-only" part="print-header">
    ${m.title ? html`<p class="print-title">${m.title}</p>` : ''}
    ${lines.map((line) => html`<p>${line}</p>`)}
  </header>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-transcript': ParleyTranscript;
  }
}
