/**
 * Request events: elements ask `<parley-player>` for a change of playback or of the view by
 * dispatching one of these (bubbling and composed, so they leave shadow roots; an element linked
 * with `for=` dispatches on its player). The player handles them and calls `preventDefault()`,
 * then publishes the new state (`context.ts`); an element used without a player
 * (`<parley-transcript for="audio-id">`) sees `defaultPrevented === false` and acts on its own
 * media element instead.
 */
import type { Passage, TranscriptMatch } from './context.js';
import type { ReadingPreferences } from '../settings/preferences.js';
import { eventTarget } from './link.js';

export interface SeekRequestDetail {
  /** Media time in seconds. */
  time: number;
  /** Start playing once there (true when a person chose a place in the transcript). */
  play?: boolean;
}

export interface SkipRequestDetail {
  /** Seconds to move, negative to go back. */
  seconds: number;
}

export interface RateRequestDetail {
  rate: number;
}

export interface VolumeRequestDetail {
  volume?: number;
  muted?: boolean;
}

export interface OffsetRequestDetail {
  /** Seconds; see `PlayerState.offset`. */
  offset: number;
}

export interface SearchRequestDetail {
  /** The matches to highlight, in reading order. */
  matches: readonly TranscriptMatch[];
  /** Index into `matches` of the selected match, -1 for none. */
  active: number;
}

export interface SpeakersRequestDetail {
  /** Speaker ids whose turns are shown, or null for every speaker. */
  speakers: readonly string[] | null;
}

export interface ShowTurnRequestDetail {
  /** Index into `transcript.turns`. */
  turn: number;
  /** Move keyboard focus to the turn (true) or only scroll it into view. */
  focus: boolean;
}

/** A passage to mark in the transcript, in media seconds (a `#t=start,end` link was opened). */
export type PassageRequestDetail = Passage;

export interface PreferencesRequestDetail {
  /** The reader's preferences, all of them (`<parley-settings>` has stored them). */
  preferences: ReadingPreferences;
}

export interface TurnChangeDetail {
  /** Index into `transcript.turns` of the turn now current, or -1 for none. */
  turn: number;
}

export interface ErrorDetail {
  /** What failed: the recording or the transcript. */
  source: 'media' | 'transcript';
  /** The message shown to the person. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'parley-seek-request': CustomEvent<SeekRequestDetail>;
    'parley-skip-request': CustomEvent<SkipRequestDetail>;
    'parley-play-request': CustomEvent<void>;
    'parley-pause-request': CustomEvent<void>;
    'parley-rate-request': CustomEvent<RateRequestDetail>;
    'parley-volume-request': CustomEvent<VolumeRequestDetail>;
    'parley-offset-request': CustomEvent<OffsetRequestDetail>;
    'parley-search-request': CustomEvent<SearchRequestDetail>;
    'parley-speakers-request': CustomEvent<SpeakersRequestDetail>;
    'parley-show-turn-request': CustomEvent<ShowTurnRequestDetail>;
    'parley-focus-search-request': CustomEvent<void>;
    'parley-passage-request': CustomEvent<PassageRequestDetail>;
    'parley-preferences-request': CustomEvent<PreferencesRequestDetail>;
    'parley-turn-change': CustomEvent<TurnChangeDetail>;
    'parley-error': CustomEvent<ErrorDetail>;
  }
}

/**
 * Dispatches a bubbling, composed, cancelable request event from `from` (or on its player, when
 * `from` is linked to one with `for=`); returns true when the player handled it.
 */
export function request<K extends keyof HTMLElementEventMap>(
  from: Element,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
  eventTarget(from).dispatchEvent(event);
  return event.defaultPrevented;
}
