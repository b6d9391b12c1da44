/**
 * What `<parley-player>` shares with the elements inside it. The player owns the one media
 * element; children read this state (through `@lit/context`) and ask for changes with request
 * events (see `events.ts`), never by touching the media element themselves.
 */
import { createContext } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import type { TimeIndex } from '../../model/time-index.js';

export interface PlayerState {
  /** The media element that plays the recording (null until one exists). */
  media: HTMLMediaElement | null;
  /** 'audio' or 'video': video shows a picture and captions and lays the transcript beside it. */
  kind: 'audio' | 'video';
  /** The transcript as read, or null while loading or after an error. */
  transcript: Transcript | null;
  /** The time index of `transcript`, built once per transcript. */
  index: TimeIndex | null;
  /**
   * Media time in seconds, as of the last `timeupdate`/`seeked` (about 4 times a second).
   * Elements that need every frame (the transcript highlight) read `media.currentTime` themselves.
   */
  currentTime: number;
  /** Duration in seconds (0 while unknown). */
  duration: number;
  paused: boolean;
  /** Playback rate, 1 = normal speed. */
  rate: number;
  /** Volume 0…1. */
  volume: number;
  muted: boolean;
  /**
   * User offset in seconds: a transcript time T is heard at media time T + offset. Positive when
   * the voices come later than the transcript says.
   */
  offset: number;
}

export const INITIAL_STATE: PlayerState = {
  media: null,
  kind: 'audio',
  transcript: null,
  index: null,
  currentTime: 0,
  duration: 0,
  paused: true,
  rate: 1,
  volume: 1,
  muted: false,
  offset: 0,
};

export const playerContext = createContext<PlayerState | undefined>(Symbol('parley-player-state'));
