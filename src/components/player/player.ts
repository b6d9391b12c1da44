import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { TimeIndex } from '../../model/time-index.js';
import {
  INITIAL_PLAYBACK, INITIAL_VIEW, playbackContext, viewContext, type PlaybackState, type ViewState,
} from '../shared/context.js';
import type { SeekRequestDetail } from '../shared/events.js';
import { captionsVtt } from '../shared/captions.js';
import { PlaybackTracker } from '../shared/playback.js';
import { TranscriptLoader } from '../shared/fetch-transcript.js';
import { yieldToPage } from '../shared/yield-to-page.js';
import type { Peaks } from '../waveform/peaks.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import '../transcript/transcript.js';
import '../waveform/waveform.js';
import '../controls/controls.js';
import { loadPreferences } from '../settings/preferences.js';
import { LAZY_PANELS, type LazyPanel } from './lazy-panels.js';
import { stripTabs, type PanelTab } from './panel-tabs.js';
import { FirstScreenfulTakeOver } from './first-screenful.js';
import { styles } from './player.styles.js';
import { refusedUrlMessage, safeUrl } from '../../nav/safe-url.js';

/** Below this width (in px) the player takes its small-screen layout. */
const NARROW_WIDTH = 608;

/** File extensions played as video when `media-type` does not say. */
const VIDEO_EXTENSIONS = /\.(mp4|m4v|webm|mov|ogv|mkv)(?:[?#]|$)/i;

/**
 * Events that say whether a loading recording is still arriving, or change whether it needs data
 * (only the stall check listens; the playback state comes from PlaybackTracker).
 */
const LOADING_EVENTS = [
  'loadstart', 'progress', 'stalled', 'suspend', 'waiting', 'canplay', 'loadedmetadata', 'play', 'playing', 'pause',
  'seeking', 'seeked', 'timeupdate',
] as const;

/**
 * The player: one recording and its transcript, kept in step. It owns the one media element and
 * the view of the transcript, and shares both with the elements inside it (transcript, waveform,
 * controls, navigation panels) or linked to it with `for=`, through two contexts (fast playback
 * state, slow view state: see `shared/context.ts`); they ask for every change with request events
 * (`parley-seek-request`, `parley-search-request`, …), handled in one table here.
 *
 * Progressive enhancement: put a native `<audio controls>` or `<video controls>` inside it (and a
 * link to the transcript beside it). Without JavaScript the native player works; with it, the
 * player adopts that element, hides its native controls and shows its own.
 *
 * @slot - A native `<audio>` or `<video>` to adopt (optional), and any fallback content such as a link to the transcript.
 * @slot prerendered - The first screenful of the transcript written into the page's HTML (`firstScreenfulHtml` of
 *   `parley-player/prerender`), shown where the transcript goes until the player's own turns replace it.
 * @slot panels - Navigation shown between the controls and the transcript: a `<parley-navigation>`, or single panels.
 *   Under about 600 px they fold behind a strip of buttons ("Questions", "Search", "Speakers", "More").
 * @fires parley-error - `{ source, message }` once when the recording or the transcript fails.
 * @csspart stage - The box holding the media element (the picture, for video).
 * @csspart alert - The error messages.
 * @csspart waveform - The `<parley-waveform>`.
 * @csspart controls - The `<parley-controls>`.
 * @csspart transcript - The `<parley-transcript>`.
 * @csspart dock - Small screens: the bar that sticks to the top of the window (compact bar, strip, what they unfold).
 * @csspart compact-bar - Small screens: the `<parley-compact-bar>` (Play/Pause, time, "Controls").
 * @csspart settings - The `<parley-settings>` (reading settings), once opened.
 * @csspart download - The `<parley-download>` (download menu), once opened.
 * @csspart settings-toggle - The "Reading settings" button shown until the panel is first opened.
 * @csspart download-toggle - The "Download transcript" button shown until the menu is first opened.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @attr hide - Parts not to show, separated by spaces: `waveform`, `speed`, `volume`, `offset`, `fallback` (the
 *   content placed in the player besides the media element, such as a link to the transcript).
 * @cssproperty --parley-background - Background (default: the system's Canvas of the colour scheme).
 * @cssproperty --parley-color - Text colour (default CanvasText).
 * @cssproperty --parley-accent - Buttons, links, the played part of the waveform.
 * @cssproperty --parley-on-accent - Text on accent-coloured buttons.
 * @cssproperty --parley-muted-color - Times and quieter text.
 * @cssproperty --parley-border-color - Borders.
 * @cssproperty --parley-error-color - The border of error messages.
 * @cssproperty --parley-font-family - Font of everything (default: the page's).
 * @cssproperty --parley-font-size - Base font size (default: the page's).
 * @cssproperty --parley-radius - Corner radius of buttons (default 6px).
 * @cssproperty --parley-focus-color - Focus ring colour.
 * @cssproperty --parley-focus-width - Focus ring width (default 3px).
 * @cssproperty --parley-current-background - Background of the turn being spoken.
 * @cssproperty --parley-current-accent - The bar beside the turn being spoken.
 * @cssproperty --parley-word-background - Background of the word being spoken.
 * @cssproperty --parley-match-background - Background of search matches.
 * @cssproperty --parley-active-match-background - Background of the selected search match.
 * @cssproperty --parley-speaker-color - Colour of speakers' names.
 * @cssproperty --parley-gap - Space between the parts (default 1rem).
 * @cssproperty --parley-side-width - Width of the transcript beside a video on wide screens (default 45%).
 *
 * @example
 * <script type="module" src="parley.js"></script>
 * <parley-player src="talk.mp3" transcript-src="talk.json" peaks-src="talk.peaks.json" deep-links>
 *   <audio controls src="talk.mp3"></audio>
 *   <a href="talk.vtt">Transcript</a>
 *   <parley-navigation slot="panels"></parley-navigation>
 * </parley-player>
 */
@customElement('parley-player')
export class ParleyPlayer extends LitElement {
  static override styles = styles;

  /** URL of the recording. Optional when a native media element with a source is inside. */
  @property() accessor src = '';

  /** URL of the transcript, in any format Parley reads (the format is recognised from the content or name). */
  @property({ attribute: 'transcript-src' }) accessor transcriptSrc = '';

  /** File name of the transcript, to recognise its format when the URL does not end in one (object URLs). */
  @property({ attribute: 'transcript-name' }) accessor transcriptName = '';

  /**
   * The transcript shown. Set it to hand over a Transcript object (it wins over `transcriptSrc`);
   * read it to get the one shown, whether given or read from `transcriptSrc`.
   */
  @property({ attribute: false })
  set transcript(value: Transcript | null) {
    this.givenTranscript = value;
  }
  get transcript(): Transcript | null {
    return this.givenTranscript ?? this.loader.transcript;
  }

  /** URL of the waveform peaks (audiowaveform JSON), drawn instead of decoding the audio. */
  @property({ attribute: 'peaks-src' }) accessor peaksSrc = '';

  /** The waveform peaks as an object; when set, they win over `peaksSrc`. */
  @property({ attribute: false }) accessor peaks: Peaks | null = null;

  /**
   * Replacements for any of the strings shown or announced, here and in every element inside the
   * player (see `ParleyStrings`); the language itself follows the `lang` attribute.
   */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  /**
   * Milliseconds to wait for a recording that is loading or buffering before saying that it is
   * not arriving (a server that never answers). 0 turns the check off.
   */
  @property({ type: Number, attribute: 'stall-timeout' }) accessor stallTimeout = 15_000;

  /** 'audio' or 'video'; when empty, guessed from the media element or the URL's extension. */
  @property({ attribute: 'media-type' }) accessor mediaType: '' | 'audio' | 'video' = '';

  /**
   * Follow `#t=` deep links in the page address (W3C media fragments): go there and play, pause at
   * an end time. Off by default: the address is the page's, and only one player on it should follow.
   */
  @property({ type: Boolean, attribute: 'deep-links' }) accessor deepLinks = false;

  @state() private accessor mediaError = '';
  @state() private accessor ownMedia: HTMLMediaElement | null = null;
  /** The tag names of the elements slotted into `panels` (wide audio layouts then give them a column). */
  @state() private accessor panelTags: readonly string[] = [];
  /** Small-screen layout: a sticky compact bar, the full controls and the panels folded. */
  @state() private accessor narrow = false;
  /** Small screens: the full controls shown under the compact bar. */
  @state() private accessor controlsOpen = false;
  /** The reading settings and download menu loaded so far (see lazy-panels.ts). */
  @state() private accessor loadedPanels: ReadonlySet<LazyPanel> = new Set();
  /** Height of the sticky dock (small screens), so that the transcript scrolls its turns below it. */
  @state() private accessor stickyTop = 0;

  private playbackProvider = new ContextProvider(this, { context: playbackContext, initialValue: INITIAL_PLAYBACK });
  // The stored reading preferences apply from the first frame, before <parley-settings> loads.
  private view: ViewState = { ...INITIAL_VIEW, preferences: loadPreferences() };
  private viewProvider = new ContextProvider(this, { context: viewContext, initialValue: this.view });
  private playback: PlaybackState = INITIAL_PLAYBACK;
  private resizeObserver: ResizeObserver | null = null;
  private observedDock: Element | null = null;
  private tracker = new PlaybackTracker((state) => {
    this.playback = state;
    this.playbackProvider.setValue(state);
  });
  private media: HTMLMediaElement | null = null;
  private givenTranscript: Transcript | null = null;
  private loader = new TranscriptLoader(this, () => this.transcriptLoaded());
  private index: TimeIndex | null = null;
  private indexFor: Transcript | null = null;
  private captionsUrl = '';
  private captionsTrack: HTMLTrackElement | null = null;
  /** The first screenful written into the page's HTML, shown until the player's own turns replace it. */
  private firstScreenful = new FirstScreenfulTakeOver(this, () => this.renderRoot?.querySelector('parley-transcript') ?? null);

  /** What each request does: the one place where the elements' wishes become changes. */
  private readonly requests: { [K in keyof RequestMap]: (detail: RequestMap[K]) => void } = {
    'parley-seek-request': (d) => this.seek(d.time, { play: d.play ?? false }),
    'parley-skip-request': (d) => this.skip(d.seconds),
    'parley-play-request': () => void this.play(),
    'parley-pause-request': () => this.pause(),
    'parley-rate-request': (d) => {
      if (this.media) this.media.playbackRate = d.rate;
    },
    'parley-volume-request': (d) => {
      if (!this.media) return;
      if (d.volume !== undefined) this.media.volume = Math.min(1, Math.max(0, d.volume));
      if (d.muted !== undefined) this.media.muted = d.muted;
    },
    'parley-offset-request': (d) => {
      this.tracker.offset = Math.min(10, Math.max(-10, d.offset));
      this.tracker.update();
      this.updateCaptions();
    },
    'parley-search-request': (d) => this.setView({ searchMatches: d.matches, activeMatch: d.active }),
    'parley-speakers-request': (d) => this.setView({ visibleSpeakers: d.speakers }),
    'parley-show-turn-request': (d) => this.setView({ turnToShow: { turn: d.turn, focus: d.focus } }),
    'parley-focus-search-request': () => this.setView({ searchFocus: this.view.searchFocus + 1 }),
    'parley-passage-request': (d) => this.setView({ passage: { start: d.start, end: d.end } }),
    'parley-preferences-request': (d) => this.setView({ preferences: d.preferences }),
  };
  private stallTimer: ReturnType<typeof setTimeout> | undefined;


  constructor() {
    super();
    for (const [type, handle] of Object.entries(this.requests) as [keyof RequestMap, (detail: unknown) => void][]) {
      this.addEventListener(type, (event) => {
        event.preventDefault();
        event.stopPropagation();
        handle((event as CustomEvent).detail);
      });
    }
  }

  // ---- Public API ----------------------------------------------------------------------------

  /** The media element playing the recording. */
  get mediaElement(): HTMLMediaElement | null {
    return this.media;
  }

  /** The playback state now (what `playbackContext` carries). */
  get playbackState(): PlaybackState {
    return this.playback;
  }

  /** The view state now (what `viewContext` carries): transcript, search matches, visible speakers. */
  get viewState(): ViewState {
    return this.view;
  }

  /** The time index of the transcript shown. */
  get timeIndex(): TimeIndex | null {
    return this.currentIndex();
  }

  /** Index of the turn being spoken now (-1 before playback and when there is no timed transcript). */
  get currentTurn(): number {
    return this.playback.currentTurn;
  }

  /** Goes to media time `time` (seconds), and plays from there when `play` is true. */
  seek(time: number, options: { play?: boolean } = {}): void {
    const media = this.media;
    if (!media) return;
    const duration = Number.isFinite(media.duration) ? media.duration : Infinity;
    media.currentTime = Math.min(Math.max(0, time), duration);
    if (options.play) void this.play();
  }

  /** Starts playback. */
  async play(): Promise<void> {
    try {
      await this.media?.play();
    } catch {
      // A refused or failed play shows as the media error, or simply keeps the player paused.
    }
  }

  pause(): void {
    this.media?.pause();
  }

  togglePlay(): void {
    if (!this.media) return;
    if (this.media.paused) void this.play();
    else this.pause();
  }

  /** Moves `seconds` forward (negative: back). */
  skip(seconds: number): void {
    if (this.media) this.seek(this.media.currentTime + seconds);
  }

  // ---- Media element -------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // After the code that created or upgraded the player has run: a page that sets \`src\` right
    // after defining the element (the demo page with ?media=) must not make the media element
    // fetch the recording named in the markup first.
    queueMicrotask(() => {
      if (this.isConnected) this.ensureMedia();
    });
    // The small-screen layout from the first render: a player that upgrades a page already laid
    // out (its first turns in the HTML) must not show one frame of the wide layout first.
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_WIDTH;
    if (this.narrow) void import('../compact-bar/compact-bar.js');
    if (this.narrow !== this.view.fold.folded) this.setView({ fold: { folded: this.narrow, open: this.view.fold.open } });
    // The panels' layout from the first render too (the slot reports them only after it).
    this.panelTags = panelTagsOf(Array.from(this.querySelectorAll(':scope > [slot="panels"]')));
    // Sizes are applied on the next frame: changing the layout inside the observer's callback
    // would resize what it observes again in the same frame (a "ResizeObserver loop").
    this.resizeObserver = new ResizeObserver((entries) => {
      let width = -1;
      let dock = -1;
      for (const entry of entries) {
        if (entry.target === this) width = entry.contentRect.width;
        else dock = Math.ceil(entry.borderBoxSize[0]?.blockSize ?? 0);
      }
      requestAnimationFrame(() => {
        if (width > 0) this.narrow = width < NARROW_WIDTH;
        // The dock sticks over the transcript on small screens: the transcript scrolls below it.
        if (dock >= 0) this.stickyTop = dock;
      });
    });
    this.resizeObserver.observe(this);
    this.observedDock = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    clearTimeout(this.stallTimer);
    this.attach(null);
    if (this.captionsUrl) URL.revokeObjectURL(this.captionsUrl);
    this.captionsUrl = '';
  }

  private slotted(): HTMLMediaElement | null {
    for (const child of Array.from(this.children)) {
      if (child instanceof HTMLMediaElement && !child.slot) return child;
    }
    return null;
  }

  private wantedKind(slotted: HTMLMediaElement | null): 'audio' | 'video' {
    if (this.mediaType) return this.mediaType;
    if (this.src) return VIDEO_EXTENSIONS.test(this.src) ? 'video' : 'audio';
    return slotted?.localName === 'video' ? 'video' : 'audio';
  }

  /** Finds or makes the one media element, and points it at `src`. */
  private ensureMedia(): void {
    const slotted = this.slotted();
    const kind = this.wantedKind(slotted);
    let media: HTMLMediaElement;
    if (slotted && slotted.localName === kind) {
      media = slotted;
      this.ownMedia = null;
    } else {
      if (slotted) {
        // A native element of the other kind stays as fallback content, silent and hidden.
        slotted.pause();
        slotted.hidden = true;
      }
      media = this.ownMedia?.localName === kind ? this.ownMedia : document.createElement(kind);
      this.ownMedia = media;
    }
    // Parley's controls replace the native ones.
    media.controls = false;
    // The duration and the waveform's scale need the metadata. A native element in the markup
    // says preload="none" so that nothing is fetched before Parley knows what it will play.
    if (media.preload !== 'auto') media.preload = 'metadata';
    if (kind === 'audio') media.hidden = true;
    else {
      media.hidden = false;
      (media as HTMLVideoElement).playsInline = true;
    }
    if (this.src && media.getAttribute('src') !== this.src) {
      this.mediaError = '';
      if (safeUrl(this.src)) {
        media.src = this.src;
      } else {
        media.removeAttribute('src');
        this.attach(media);
        this.failMedia(refusedUrlMessage('recording', this.src));
        return;
      }
    }
    this.attach(media);
  }

  private attach(media: HTMLMediaElement | null): void {
    if (this.media === media) return;
    if (this.media) {
      this.media.removeEventListener('error', this.onMediaError);
      this.media.removeEventListener('emptied', this.onEmptied);
      for (const e of LOADING_EVENTS) this.media.removeEventListener(e, this.onLoadingEvent);
      this.media.removeEventListener('error', this.onSourceError, true);
    }
    this.media = media;
    if (media) {
      media.addEventListener('error', this.onMediaError);
      media.addEventListener('emptied', this.onEmptied);
      for (const e of LOADING_EVENTS) media.addEventListener(e, this.onLoadingEvent);
      // <source> children report their failures on themselves, not on the media element.
      media.addEventListener('error', this.onSourceError, true);
      if (media.error) this.reportMediaError();
      this.updateCaptions();
    }
    this.tracker.attach(media);
    this.watchForStall();
    this.publishView();
  }

  private onMediaError = (event: Event): void => {
    if (event.target === this.media) this.reportMediaError();
  };

  /** The stall check's clock restarts on every loading or playback event; the length is checked once known. */
  private onLoadingEvent = (event: Event): void => {
    if (event.type === 'loadedmetadata') this.checkLength();
    this.watchForStall();
  };

  private onEmptied = (): void => {
    this.mediaError = '';
    this.watchForStall();
  };

  /**
   * A recording that is loading or buffering and has not moved on for `stallTimeout` ms (a
   * server that accepted the connection and sends nothing) is reported once. Every media event
   * restarts the wait; one with enough data, or an error, ends it.
   */
  private watchForStall(): void {
    clearTimeout(this.stallTimer);
    const media = this.media;
    if (!media || !this.stallTimeout || this.mediaError) return;
    const waiting = media.networkState === HTMLMediaElement.NETWORK_LOADING || media.networkState === HTMLMediaElement.NETWORK_NO_SOURCE;
    const needsData = media.readyState < HTMLMediaElement.HAVE_METADATA || (!media.paused && media.readyState < HTMLMediaElement.HAVE_FUTURE_DATA);
    if (!media.getAttribute('src') && !media.currentSrc) return;
    if (!waiting || !needsData) return;
    this.stallTimer = setTimeout(() => {
      const still = media.readyState < HTMLMediaElement.HAVE_METADATA || (!media.paused && media.readyState < HTMLMediaElement.HAVE_FUTURE_DATA);
      if (this.media === media && still && !media.error) {
        this.failMedia(`The recording is not arriving: nothing came from ${media.currentSrc || this.src} for ${Math.round(this.stallTimeout / 1000)} seconds. The transcript can still be read.`);
      }
    }, this.stallTimeout);
  }

  /** A recording much shorter than its transcript is cut off (a truncated download or file): say so. */
  private checkLength(): void {
    const media = this.media;
    const index = this.currentIndex();
    if (!media || !index || !Number.isFinite(media.duration) || !index.words.ends.length) return;
    const transcriptEnd = index.words.ends[index.words.ends.length - 1]! + this.tracker.offset;
    if (media.duration > 0 && transcriptEnd - media.duration > Math.max(5, transcriptEnd * 0.05)) {
      this.failMedia(
        `The recording is shorter than its transcript (${Math.round(media.duration)} of ${Math.round(transcriptEnd)} seconds): it may be cut off or damaged. The transcript can still be read.`,
      );
    }
  }

  private onSourceError = (event: Event): void => {
    if (event.target instanceof HTMLSourceElement) {
      const sources = this.media?.querySelectorAll('source');
      if (sources && event.target === sources[sources.length - 1]) this.reportMediaError(event.target.src);
    }
  };

  private reportMediaError(url?: string): void {
    const s = localStrings(this);
    const where = url || this.media?.currentSrc || this.media?.getAttribute('src') || this.src || s.noAddress;
    const code = this.media?.error?.code;
    // A file that arrived but cannot be decoded is damaged; anything else did not arrive.
    const message =
      code === MediaError.MEDIA_ERR_DECODE ? s.recordingDamaged : code === MediaError.MEDIA_ERR_NETWORK ? s.recordingStopped : s.recordingMissing;
    this.failMedia(fill(message, { where }));
  }

  /** Shows one message about the recording and tells the page, once: later faults of the same recording add nothing. */
  private failMedia(message: string): void {
    clearTimeout(this.stallTimer);
    if (this.mediaError) return;
    this.mediaError = message;
    this.dispatchEvent(new CustomEvent('parley-error', { detail: { source: 'media', message }, bubbles: true, composed: true }));
  }

  /** Sends the transcript and what depends on it down: the view, and the playback state's turn and word. */
  private publishView(): void {
    const transcript = this.transcript;
    const index = this.currentIndex();
    const kind = this.media?.localName === 'video' ? 'video' : 'audio';
    if (transcript !== this.view.transcript) {
      // A new transcript: matches, filters and turns of the old one point at nothing. The reader's
      // preferences, the panel unfolded and a linked passage (media times) stay.
      const { searchFocus, preferences, fold, passage } = this.view;
      this.setView({ ...INITIAL_VIEW, searchFocus, preferences, fold, passage, kind, transcript, index });
    } else if (kind !== this.view.kind) this.setView({ kind });
    // A recorded WebM may not know its duration (Infinity) until played through: the transcript's end stands in.
    const transcriptEnd = index && index.words.ends.length ? index.words.ends[index.words.ends.length - 1]! + this.tracker.offset : 0;
    this.tracker.index = index;
    this.tracker.fallbackDuration = transcript?.metadata.duration ?? transcriptEnd;
    this.tracker.update();
  }

  private setView(change: Partial<ViewState>): void {
    this.view = { ...this.view, ...change };
    this.viewProvider.setValue(this.view);
  }

  private currentIndex(): TimeIndex | null {
    const transcript = this.transcript;
    if (!transcript) return null;
    if (this.indexFor !== transcript) {
      this.index = new TimeIndex(transcript);
      this.indexFor = transcript;
    }
    return this.index;
  }

  // ---- Transcript ----------------------------------------------------------------------------

  /** The transcript URL: the attribute, else a `<track>` of the native media element. */
  private transcriptUrl(): string {
    if (this.transcriptSrc) return this.transcriptSrc;
    const track = this.slotted()?.querySelector<HTMLTrackElement>('track[src]:not([data-parley-captions])');
    return track?.getAttribute('src') ?? '';
  }

  private transcriptLoaded(): void {
    const message = this.loader.error;
    if (message) this.dispatchEvent(new CustomEvent('parley-error', { detail: { source: 'transcript', message }, bubbles: true, composed: true }));
    this.transcriptChanged();
  }

  private transcriptChanged(): void {
    this.checkLength();
    this.publishView();
    this.updateCaptions();
    this.requestUpdate();
  }

  /** Video shows captions with speakers' names, made from the transcript (on by default). */
  private updateCaptions(): void {
    const media = this.media;
    if (this.captionsTrack) {
      this.captionsTrack.remove();
      this.captionsTrack = null;
    }
    if (this.captionsUrl) URL.revokeObjectURL(this.captionsUrl);
    this.captionsUrl = '';
    const transcript = this.transcript;
    if (!media || media.localName !== 'video' || !transcript || !this.currentIndex()?.turns.starts.length) return;
    this.captionsUrl = URL.createObjectURL(new Blob([captionsVtt(transcript, this.tracker.offset)], { type: 'text/vtt' }));
    const track = document.createElement('track');
    track.kind = 'captions';
    track.label = localStrings(this).captionsLabel;
    track.srclang = transcript.metadata.language ?? 'en';
    track.default = true;
    track.dataset.parleyCaptions = '';
    track.src = this.captionsUrl;
    // Only one captions track shows at a time: ours, made from the same transcript.
    for (const t of Array.from(media.textTracks)) if (t.mode === 'showing') t.mode = 'disabled';
    media.append(track);
    track.track.mode = 'showing';
    this.captionsTrack = track;
  }

  // ---- Rendering -----------------------------------------------------------------------------

  /**
   * A player taking over a first screenful (the page already answers) renders in a task after the
   * one that evaluated its code and upgraded it: together they were one task (47–127 ms of script in
   * Chromium's long-animation-frame entries; now 12–19 ms and 48–90 ms), in which a click on the
   * first screenful waited. Only the first update, and only over a first screenful.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && this.firstScreenful.shown) await yieldToPage();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.firstScreenful.check(!!this.transcript || !!this.loader.error);
    if (changed.has('src') || changed.has('mediaType')) {
      if (this.isConnected) this.ensureMedia();
    }
    if (changed.has('transcriptSrc') || changed.has('transcriptName')) {
      void this.loader.load(this.transcriptUrl(), this.transcriptName);
    }
    if (changed.has('transcript') || changed.has('transcriptSrc')) {
      this.publishView();
      this.updateCaptions();
    }
  }

  protected override updated(changed: PropertyValues): void {
    const dock = this.renderRoot.querySelector('.dock');
    if (dock && dock !== this.observedDock && this.resizeObserver) {
      if (this.observedDock) this.resizeObserver.unobserve(this.observedDock);
      this.resizeObserver.observe(dock);
      this.observedDock = dock;
    }
    // The compact bar is needed only on small screens.
    if (changed.has('narrow') && this.narrow) void import('../compact-bar/compact-bar.js');
    if (changed.has('narrow') && this.narrow !== this.view.fold.folded) this.setView({ fold: { folded: this.narrow, open: this.view.fold.open } });
    this.followDeepLinks();
  }

  /** Deep links load on first use: a player without `deep-links` never downloads the fragment parser. */
  private followDeepLinks(): void {
    if (!this.deepLinks || this.deepLinksLoading) return;
    this.deepLinksLoading = true;
    void import('./deep-link.js').then(({ DeepLinkController }) => {
      new DeepLinkController(this, () => this.deepLinks).hostUpdated();
    });
  }

  private deepLinksLoading = false;

  private onPanelsChange = (event: Event): void => {
    this.panelTags = panelTagsOf((event.target as HTMLSlotElement).assignedElements());
  };

  /** Small screens: unfolds the panels of `tab` (folding the others), or folds them all when it is open. */
  private togglePanel(tab: PanelTab): void {
    this.setView({ fold: { folded: this.narrow, open: this.view.fold.open === tab ? null : tab } });
    this.requestUpdate();
  }

  /** `element` once loaded; until then a button that loads it, opens it and gives it focus. */
  private lazyPanel(name: LazyPanel, element: unknown) {
    if (this.loadedPanels.has(name)) return element;
    const load = async (event: Event) => {
      const hadFocus = this.shadowRoot?.activeElement === event.currentTarget;
      await LAZY_PANELS[name].load();
      this.loadedPanels = new Set([...this.loadedPanels, name]);
      await this.updateComplete;
      if (hadFocus) this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`)?.focus();
    };
    return html`<button type="button" class="disclosure lazy" part="${name}-toggle" aria-expanded="false" @click=${load}>
      ${localStrings(this)[LAZY_PANELS[name].label]}
    </button>`;
  }

  private onSlotChange = (): void => {
    this.ensureMedia();
    if (!this.transcriptSrc && !this.loader.transcript && !this.loader.error) {
      const url = this.transcriptUrl();
      if (url) void this.loader.load(url, this.transcriptName);
    }
  };

  protected override render() {
    const video = this.media?.localName === 'video';
    const narrow = this.narrow;
    const s = localStrings(this);
    const tabNames: Record<PanelTab, string> = { questions: s.questions, search: s.panelSearch, speakers: s.speakers, more: s.more };
    const tabs = narrow ? stripTabs(this.panelTags, this.transcript, this.firstScreenful.expectedTabs) : [];
    const open = this.view.fold.open;
    const layout = ['layout', video ? 'video' : 'audio', this.panelTags.length ? 'has-panels' : '', narrow ? 'narrow' : ''].join(' ');
    // One live region per source, each changed once per fault: a media and a transcript fault at
    // the same moment are each announced once, not the first again with the second.
    return html`
      <div class=${layout}>
        <div class="main">
          <div class="stage" part="stage">
            <slot @slotchange=${this.onSlotChange}></slot>
            ${this.ownMedia ?? ''}
          </div>
          <div class="alert" part="alert" role="alert" data-source="media">${this.mediaError ? html`<p>${this.mediaError}</p>` : ''}</div>
          <div class="alert" part="alert" role="alert" data-source="transcript">${this.loader.error ? html`<p>${this.loader.error}</p>` : ''}</div>
          <!-- On small screens this dock sticks to the top of the window: the compact bar, and
               whatever the reader unfolds from it (the full controls, a panel), over the transcript. -->
          <div class="dock" part="dock">
            ${narrow
              ? html`<parley-compact-bar part="compact-bar">
                  <button type="button" class="fold" aria-expanded=${String(this.controlsOpen)} @click=${() => (this.controlsOpen = !this.controlsOpen)}>
                    ${s.controls}
                  </button>
                </parley-compact-bar>`
              : ''}
            <div class="full" ?hidden=${narrow && !this.controlsOpen}>
              <parley-waveform part="waveform" .peaksSrc=${safeUrl(this.peaksSrc) ?? ''} .peaks=${this.peaks}></parley-waveform>
              <div class="controls">
                <parley-controls part="controls"></parley-controls>
                ${this.lazyPanel('settings', html`<parley-settings part="settings" open></parley-settings>`)}
                ${this.lazyPanel('download', html`<parley-download part="download" open></parley-download>`)}
              </div>
            </div>
            ${tabs.length
              ? html`<div class="strip" role="group" aria-label=${s.panels}>
                  ${tabs.map(
                    (tab) => html`<button type="button" class="fold" aria-expanded=${String(open === tab)} @click=${() => this.togglePanel(tab)}>
                      ${tabNames[tab]}
                    </button>`,
                  )}
                </div>`
              : ''}
            <div class="panels ${narrow && open ? 'open' : ''}">
              <slot name="panels" @slotchange=${this.onPanelsChange}></slot>
            </div>
          </div>
        </div>
        ${this.firstScreenful.shown ? html`<slot name="prerendered" class="prerendered"></slot>` : ''}
        <parley-transcript part="transcript" ?hidden=${this.firstScreenful.shown} style=${`--parley-sticky-top: ${narrow ? this.stickyTop : 0}px`}></parley-transcript>
      </div>
    `;
  }
}

/** The tag names of the panels given: a plain wrapper (a <div slot="panels"> holding panels) counts for the panels inside it. */
function panelTagsOf(elements: Element[]): string[] {
  return elements.flatMap((el) => (el.localName.startsWith('parley-') || !el.children.length ? [el] : [...el.children])).map((el) => el.localName);
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-player': ParleyPlayer;
  }
}

export type { SeekRequestDetail };

/** The request events the player handles, with their details. */
type RequestMap = {
  [K in keyof HTMLElementEventMap as K extends `parley-${string}-request` ? K : never]: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
};
