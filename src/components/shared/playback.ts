/**
 * Playback state made from a media element: listens to its events and, while it plays, reads it
 * on every animation frame, and reports a new `PlaybackState` each time. The player publishes
 * these in `playbackContext`; a `<parley-transcript for="audio-id">` without a player uses one of
 * its own. The current turn and word are worked out here, once, for every element that shows them.
 */
import type { TimeIndex } from '../../model/time-index.js';
import { INITIAL_PLAYBACK, type PlaybackState } from './context.js';

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

  constructor(private report: (state: PlaybackState) => void) {}

  get mediaElement(): HTMLMediaElement | null {
    return this.media;
  }

  /** Follows `media` (null: none). */
  attach(media: HTMLMediaElement | null): void {
    if (media === this.media) return;
    for (const type of MEDIA_EVENTS) this.media?.removeEventListener(type, this.onEvent);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.media = media;
    for (const type of MEDIA_EVENTS) media?.addEventListener(type, this.onEvent);
    this.onEvent();
  }

  /** Reports the state now (after a change of index, offset or duration). */
  update(): void {
    this.report(this.read());
  }

  private onEvent = (): void => {
    this.update();
    if (this.media && !this.media.paused && !this.frame) this.frame = requestAnimationFrame(this.tick);
  };

  private tick = (): void => {
    this.frame = 0;
    this.update();
    if (this.media && !this.media.paused) this.frame = requestAnimationFrame(this.tick);
  };

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
