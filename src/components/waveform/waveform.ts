import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import type WaveSurfer from 'wavesurfer.js';
import type { Transcript } from '../../model/transcript.js';
import { playbackContext, viewContext, type PlaybackState, type ViewState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { ContextSelection } from '../shared/selection.js';
import { localStrings, spokenPosition, type ParleyStrings } from '../shared/strings.js';
import { downsamplePeaks, normalisePeaks, type Peaks } from './peaks.js';
import { styles } from './waveform.styles.js';

/** Speaker band colours, told apart by order; readable on light and dark backgrounds. */
const SPEAKER_COLOURS = ['#3584e4', '#e66100', '#2ec27e', '#c061cb', '#f5c211', '#e01b24', '#33a3a3', '#986a44'];

/**
 * wavesurfer.js, loaded when a waveform is first drawn rather than with the player: a third of the
 * player's script, it is not needed before the transcript is on screen and in step, and its chunk
 * is evaluated off that path.
 */
let wavesurfer: typeof WaveSurfer | null = null;
let loadingWavesurfer: Promise<typeof WaveSurfer> | null = null;
function loadWavesurfer(): Promise<typeof WaveSurfer> {
  loadingWavesurfer ??= import('wavesurfer.js').then((m) => (wavesurfer = m.default));
  return loadingWavesurfer;
}

/** Bars drawn when no peaks are given: a flat line (the audio is never decoded in the browser). */
const FLAT_BARS = 256;

/**
 * The recording as a waveform with a band of speaker colours (one stretch per timed turn),
 * drawn from pre-computed peaks on the player's own media element. It is a slider named "Seek":
 * Arrow keys move 5 s, Page Up/Down 30 s, Home/End to the start/end; clicking or dragging seeks.
 * Every seek is a request to the player; wavesurfer.js only draws (its own seeking is off).
 *
 * @fires parley-seek-request - `{ time }` for each key, click or drag step that moves the position.
 * @csspart slider - The focusable slider holding the waveform.
 * @csspart wave - The waveform drawing.
 * @csspart bands - The band of speaker colours.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-wave-color - Colour of the waveform not yet played.
 * @cssproperty --parley-progress-color - Colour of the waveform played.
 * @cssproperty --parley-cursor-color - Colour of the play position line.
 * @cssproperty --parley-wave-height - Height of the waveform drawing (default 64px).
 */
@customElement('parley-waveform')
export class ParleyWaveform extends LitElement {
  static override styles = styles;

  /** URL of audiowaveform JSON peaks. Without it (or `peaks`) a flat line is drawn. */
  @property({ attribute: 'peaks-src' }) accessor peaksSrc = '';

  /** The peaks as an object; when set, they win over `peaksSrc`. */
  @property({ attribute: false }) accessor peaks: Peaks | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  /** What it shows of playback: the position to the second (its drawing follows the media by itself). */
  private playback = new ContextSelection(this, playbackContext, (p: PlaybackState | undefined) => ({
    media: p?.media ?? null,
    now: Math.floor(p?.currentTime ?? 0),
    duration: p?.duration ?? 0,
    paused: p?.paused ?? true,
    offset: p?.offset ?? 0,
  }));

  constructor() {
    super();
    // The device pixel of the position, without re-rendering: a seek (even within a second,
    // while paused) or a change of rate moves the cursor at once; while playing, drawProgress's
    // own timer moves it. (The selection registers itself as a controller of the element.)
    new ContextSelection(
      this,
      playbackContext,
      (p: PlaybackState | undefined) => ({ pixel: this.pixelOf(p?.currentTime ?? 0, p?.duration ?? 0), paused: p?.paused ?? true, rate: p?.rate ?? 1 }),
      { onChange: () => this.drawProgress() },
    );
  }

  private view = new ContextSelection(this, viewContext, (v: ViewState | undefined) => ({ transcript: v?.transcript ?? null }));

  @state() private accessor loadedPeaks: Peaks | null = null;

  @query('.wave') private accessor waveEl!: HTMLElement;
  @query('.bands') private accessor bandsEl!: HTMLCanvasElement;
  @query('.probe') private accessor probe!: HTMLElement;

  private ws: WaveSurfer | null = null;
  private wsKey = '';
  private unsubscribe: (() => void)[] = [];
  private resize: ResizeObserver | null = null;
  private bandsKey = '';
  private peaksToken = 0;
  /** Width of the waveform in CSS pixels, kept by the resize observer (never read while playing). */
  private waveWidth = 0;
  /** The device pixel the progress was last drawn at. */
  private shownPixel = NaN;
  private progressTimer = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyWaveSurfer();
    clearTimeout(this.progressTimer);
    this.resize?.disconnect();
    this.resize = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('peaksSrc')) {
      this.loadedPeaks = null;
      this.peaksToken++;
      if (this.peaksSrc) void this.loadPeaks(this.peaksSrc);
    }
  }

  private async loadPeaks(url: string): Promise<void> {
    const token = ++this.peaksToken;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const peaks = downsamplePeaks(normalisePeaks(await response.json()));
      if (token === this.peaksToken) this.loadedPeaks = peaks;
    } catch (error) {
      // The waveform is an extra: without peaks, a flat line still shows position and speakers.
      console.warn(`Parley: the waveform peaks could not be loaded from ${url}: ${(error as Error).message}`);
    }
  }

  private get shownPeaks(): Peaks | null {
    return this.peaks ?? this.loadedPeaks;
  }

  private get duration(): number {
    const d = this.playback.value.duration;
    return d > 0 ? d : (this.shownPeaks?.duration ?? 0);
  }

  /** True while the slider has keyboard focus. */
  @state() private accessor focused = false;
  /** The value last given to assistive technology, held while playing with focus on the slider. */
  private heldNow = 0;
  private movedAt = -Infinity;

  protected override render() {
    const duration = this.duration;
    const live = Math.min(this.playback.value.now, Math.floor(duration));
    // A screen reader speaks every value change of the focused slider: while it plays with focus
    // here, the value holds still (playback never speaks by itself) unless the person moved it.
    const hold = this.focused && !this.playback.value.paused && performance.now() - this.movedAt > 1500;
    const now = hold ? this.heldNow : live;
    this.heldNow = now;
    const s = localStrings(this);
    return html`
      <div
        class="slider"
        part="slider"
        role="slider"
        tabindex="0"
        aria-label=${s.seek}
        aria-valuemin="0"
        aria-valuemax=${Math.floor(duration)}
        aria-valuenow=${now}
        aria-valuetext=${spokenPosition(this, s, now, duration)}
        @keydown=${this.onKeyDown}
        @focus=${() => (this.focused = true)}
        @blur=${() => (this.focused = false)}
      >
        <div
          class="wave"
          part="wave"
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
        ></div>
        <canvas class="bands" part="bands" aria-hidden="true"></canvas>
      </div>
      <span class="probe" aria-hidden="true"></span>
    `;
  }

  protected override updated(): void {
    this.updateWaveSurfer();
    this.drawProgress();
    this.drawBands();
    if (!this.resize) {
      this.resize = new ResizeObserver(() => {
        this.waveWidth = this.waveEl.clientWidth;
        this.shownPixel = NaN;
        this.drawProgress();
        this.bandsKey = '';
        this.drawBands();
        // A new --parley-wave-height: draw again at that height.
        this.updateWaveSurfer();
      });
      this.resize.observe(this.bandsEl);
      this.resize.observe(this.waveEl);
    }
  }

  private colour(variable: string, fallback: string): string {
    this.probe.style.color = `var(${variable}, ${fallback})`;
    return getComputedStyle(this.probe).color;
  }

  private updateWaveSurfer(): void {
    const media = this.playback.value.media;
    const duration = this.duration;
    const peaks = this.shownPeaks;
    const key = media && duration > 0 ? `${peaks ? 'peaks' : 'flat'}|${duration}|${this.waveHeight()}` : '';
    if (this.ws && this.wsKey === key && this.wsPeaks === peaks) return;
    this.destroyWaveSurfer();
    this.wsKey = key;
    this.wsPeaks = peaks;
    if (!media || !key) return;
    if (!wavesurfer) {
      loadWavesurfer().then(
        () => {
          this.wsKey = '';
          if (this.isConnected) this.updateWaveSurfer();
        },
        (error: unknown) => {
          // The transcript and controls work without it; the slider still seeks.
          loadingWavesurfer = null;
          console.warn('Parley waveform: could not load wavesurfer.js:', error);
        },
      );
      return;
    }
    // Not given the media element: wavesurfer.js would then run a loop of its own on every
    // animation frame while playing. It only draws; the position comes from drawProgress().
    this.shownPixel = NaN;
    this.ws = wavesurfer.create({
      container: this.waveEl,
      peaks: peaks?.peaks ?? [new Float32Array(FLAT_BARS).fill(0.01)],
      duration,
      height: this.waveHeight(),
      waveColor: this.colour('--_wave', 'GrayText'),
      progressColor: this.colour('--_progress', 'LinkText'),
      cursorColor: this.colour('--_cursor', 'CanvasText'),
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      normalize: !!peaks,
      // Seeking is the player's: clicks and drags become seek requests (onPointerDown).
      interact: false,
      hideScrollbar: true,
    });
    this.unsubscribe.push(
      // A media error is the player's to report (once, in its alert); anything else is logged.
      this.ws.on('error', (error) => {
        if (!String(error).includes('MEDIA_ELEMENT_ERROR')) console.warn('Parley waveform:', error);
      }),
      this.ws.on('redrawcomplete', () => {
        this.shownPixel = NaN;
        this.drawProgress();
      }),
    );
  }

  /** The device pixel of media time `time` across the waveform. */
  private pixelOf(time: number, duration: number): number {
    if (!(duration > 0)) return 0;
    const pixels = Math.max(1, this.waveWidth * (window.devicePixelRatio || 1));
    return Math.round(Math.min(1, Math.max(0, time / duration)) * pixels);
  }

  /**
   * Moves the progress and cursor to the media's position, only when that is another device
   * pixel (style, layout and paint each time): on a recording of minutes or hours, a few times a
   * second or a minute, not on every frame. While playing, a timer comes back when the position
   * will have moved by a pixel.
   */
  private drawProgress = (): void => {
    clearTimeout(this.progressTimer);
    this.progressTimer = 0;
    const media = this.playback.value.media;
    const duration = this.duration;
    if (!this.ws || !media || !(duration > 0)) return;
    const pixels = Math.max(1, this.waveWidth * (window.devicePixelRatio || 1));
    const progress = Math.min(1, Math.max(0, media.currentTime / duration));
    const pixel = this.pixelOf(media.currentTime, duration);
    if (pixel !== this.shownPixel) {
      this.shownPixel = pixel;
      this.ws.getRenderer().renderProgress(progress, !media.paused);
    }
    if (!media.paused && media.playbackRate > 0) {
      const untilNext = (((pixel + 0.5) / pixels) * duration - media.currentTime) / media.playbackRate;
      this.progressTimer = window.setTimeout(this.drawProgress, Math.max(1000 / 60, untilNext * 1000));
    }
  };

  private wsPeaks: Peaks | null = null;
  private dragging = false;

  /** The drawing's height in pixels: `--parley-wave-height` as laid out (64 before layout). */
  private waveHeight(): number {
    const height = this.waveEl?.clientHeight ?? 0;
    return height > 0 ? height : 64;
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.focusSlider();
    this.seekToPointer(event);
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (this.dragging) this.seekToPointer(event);
  };

  private onPointerUp = (): void => {
    this.dragging = false;
  };

  /** Asks for the time under the pointer. */
  private seekToPointer(event: PointerEvent): void {
    const duration = this.duration;
    const box = this.waveEl.getBoundingClientRect();
    if (!(duration > 0) || !(box.width > 0)) return;
    const share = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    this.movedAt = performance.now();
    request(this, 'parley-seek-request', { time: share * duration });
  }

  private focusSlider(): void {
    this.renderRoot.querySelector<HTMLElement>('.slider')?.focus({ preventScroll: true });
  }

  private destroyWaveSurfer(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.ws?.destroy();
    this.ws = null;
    this.wsKey = '';
  }

  /** One stretch per timed turn, in its speaker's colour: a single canvas, however many turns. */
  private drawBands(): void {
    const canvas = this.bandsEl;
    const transcript: Transcript | null = this.view.value.transcript;
    const duration = this.duration;
    const width = canvas.clientWidth;
    const offset = this.playback.value.offset;
    const key = `${width}|${duration}|${transcript ? transcript.turns.length : 0}|${offset}`;
    if (key === this.bandsKey && this.bandsTranscript === transcript) return;
    this.bandsKey = key;
    this.bandsTranscript = transcript;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    const ctx = canvas.getContext('2d');
    if (!ctx || !transcript || !(duration > 0)) return;
    const colours = new Map(transcript.speakers.map((s, i) => [s.id, SPEAKER_COLOURS[i % SPEAKER_COLOURS.length]!]));
    const scale = canvas.width / duration;
    // The start of the next timed turn after each turn, in one backward pass: a search per turn
    // (copying the rest of the list each time) took quadratic time for 3,000 turns.
    const nextStart = new Float64Array(transcript.turns.length);
    let following = duration;
    for (let i = transcript.turns.length - 1; i >= 0; i--) {
      nextStart[i] = following;
      const start = transcript.turns[i]!.start;
      if (start !== null) following = start;
    }
    transcript.turns.forEach((turn, i) => {
      if (turn.start === null) return;
      const end = turn.end ?? nextStart[i]!;
      ctx.fillStyle = colours.get(turn.speaker) ?? SPEAKER_COLOURS[0]!;
      const x = (turn.start + offset) * scale;
      ctx.fillRect(x, 0, Math.max(1, (end - turn.start) * scale), canvas.height);
    });
  }
  private bandsTranscript: Transcript | null = null;

  private onKeyDown = (event: KeyboardEvent): void => {
    const duration = this.duration;
    const media = this.playback.value.media;
    if (!media || !(duration > 0)) return;
    const now = media.currentTime;
    const moves: Record<string, number> = {
      ArrowLeft: now - 5,
      ArrowDown: now - 5,
      ArrowRight: now + 5,
      ArrowUp: now + 5,
      PageDown: now - 30,
      PageUp: now + 30,
      Home: 0,
      End: duration,
    };
    const time = moves[event.key];
    if (time === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.movedAt = performance.now();
    const clamped = Math.min(duration, Math.max(0, time));
    if (!request(this, 'parley-seek-request', { time: clamped })) media.currentTime = clamped;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-waveform': ParleyWaveform;
  }
}
