/**
 * Playback state made from a media element: reports a new `PlaybackState` on each of its events
 * and, while it plays, whenever the current word or turn changes. The player publishes these in
 * `playbackContext`; a `<parley-transcript for="audio-id">` without a player uses one of its own.
 * The current turn and word are worked out here, once, for every element that shows them.
 *
 * Boundaries, not frames: a timer wakes just before the next word or turn boundary is due; from
 * there (or when a boundary is less than a frame away) the media is read on animation frames
 * until it is crossed. Most frames, even at 3×, run none of this, and a read reports only when the
 * word or turn it finds differs from the last one reported.
 */
import { lastAtOrBefore, type TimeIndex } from '../../model/time-index.js';
import { INITIAL_PLAYBACK, type PlaybackState } from './context.js';

/**
 * Seconds of wall time: a boundary closer than this is checked on the next animation frames
 * (each frame reads the media in step with what it paints, so no frame shows a stale word).
 */
const FRAME = 1 / 60;
/**
 * Seconds of wall time before a farther boundary at which a timer wakes, to check on frames from
 * there: a timer on a busy page may fire a few milliseconds late. Less than a frame, so that
 * most boundaries take one frame's check, the frame that paints the new word anyway, and a frame
 * with nothing to change runs no script at all.
 */
const TIMER_LEAD = 0.008;

/** Seconds of transcript time from t to the next start or end of a word or start of a turn (Infinity after the last). */
export function nextBoundary(index: TimeIndex, t: number): number {
  const w = index.words;
  const i = lastAtOrBefore(w.starts, t);
  let next = i + 1 < w.starts.length ? w.starts[i + 1]! : Infinity;
  if (i >= 0 && t < w.ends[i]!) next = Math.min(next, w.ends[i]!);
  const turns = index.turns.starts;
  const j = lastAtOrBefore(turns, t);
  if (j + 1 < turns.length) next = Math.min(next, turns[j + 1]!);
  return Math.max(0, next - t);
}

const MEDIA_EVENTS = [
  'loadedmetadata', 'durationchange', 'timeupdate', 'play', 'pause', 'playing', 'seeking', 'seeked',
  'ratechange', 'volumechange', 'ended', 'emptied',
] as const;

export class PlaybackTracker {
  /** The time index of the transcript shown, for the current turn and word. */
  index: TimeIndex | null = null;
  /** See `PlaybackState.offset`. */
  offset = 0;
  /** Duration used while the media does not know its own (a recorded WebM reports Infinity). */
  fallbackDuration = 0;
  private media: HTMLMediaElement | null = null;
  private frame = 0;
  private wakeTimer = 0;
  /** The last state reported. */
  private last: PlaybackState | null = null;

  constructor(private report: (state: PlaybackState) => void) {}

  get mediaElement(): HTMLMediaElement | null {
    return this.media;
  }

  /** Follows `media` (null: none). */
  attach(media: HTMLMediaElement | null): void {
    if (media === this.media) return;
    for (const type of MEDIA_EVENTS) this.media?.removeEventListener(type, this.onEvent);
    this.stopFrames();
    this.media = media;
    for (const type of MEDIA_EVENTS) media?.addEventListener(type, this.onEvent);
    this.onEvent();
  }

  /** Reports the state now (after a change of index, offset or duration). */
  update(): void {
    this.publish(this.read());
    this.schedule();
  }

  private publish(state: PlaybackState): void {
    this.last = state;
    this.report(state);
  }

  private onEvent = (): void => {
    this.update();
  };

  /** Runs at a boundary while playing (a timer or an animation frame). */
  private tick = (): void => {
    this.frame = 0;
    this.wakeTimer = 0;
    const state = this.read();
    const last = this.last;
    if (!last || state.currentTurn !== last.currentTurn || state.currentWord !== last.currentWord || state.paused !== last.paused) this.publish(state);
    this.schedule();
  };

  private stopFrames(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.wakeTimer);
    this.frame = 0;
    this.wakeTimer = 0;
  }

  /**
   * While playing, wakes for the next boundary: on the next animation frame if it is less than a
   * frame away, else by a timer shortly before it. Seeks, rate changes and pauses come as media
   * events and reschedule.
   */
  private schedule(): void {
    const media = this.media;
    const index = this.index;
    this.stopFrames();
    if (!media || media.paused || !index) return;
    const rate = media.playbackRate;
    const wait = rate > 0 ? nextBoundary(index, media.currentTime - this.offset) / rate : Infinity;
    if (wait < FRAME) this.frame = requestAnimationFrame(this.tick);
    else if (Number.isFinite(wait)) this.wakeTimer = window.setTimeout(this.tick, Math.floor((wait - TIMER_LEAD) * 1000));
  }

  private read(): PlaybackState {
    const media = this.media;
    if (!media) return { ...INITIAL_PLAYBACK, offset: this.offset, duration: this.fallbackDuration };
    const time = media.currentTime;
    const t = time - this.offset;
    const index = this.index;
    return {
      media,
      currentTime: time,
      duration: Number.isFinite(media.duration) ? media.duration : this.fallbackDuration,
      paused: media.paused,
      rate: media.playbackRate,
      volume: media.volume,
      muted: media.muted,
      offset: this.offset,
      currentTurn: index ? index.currentTurnAt(t, !media.paused || time > 0) : -1,
      currentWord: index ? index.wordPositionAt(t) : -1,
    };
  }
}
