/**
 * What `<parley-player>` shares with the elements inside it (or linked to it with `for=`), in two
 * contexts that change at different speeds, so that an element re-renders only for what it shows:
 *
 * - `playbackContext`, fast: the media time, playing or paused, rate, volume, and the turn and
 *   word being spoken. Published on every media event and, while playing, whenever the current word
 *   or turn changes (read on animation frames near a boundary only; see `./playback.ts`).
 * - `viewContext`, slow: the transcript and what the person asked to see of it (search matches,
 *   the visible speakers, the turn to show, a passage, reading preferences, the panel unfolded on
 *   a small screen). Published only when one of those changes.
 *
 * The player owns both. Elements read them (through `ContextSelection`, `./selection.ts`) and ask for
 * changes with request events (`./events.ts`), never by touching the media element or another
 * element themselves.
 */
import { createContext } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import type { TimeIndex } from '../../model/time-index.js';
import type { SearchMatch } from '../../nav/search.js';
import { DEFAULT_PREFERENCES, type ReadingPreferences } from '../settings/preferences.js';
import type { PanelFold } from '../player/panel-tabs.js';

/** A search match to highlight (see `SearchMatch`). */
export type TranscriptMatch = SearchMatch;

export interface PlaybackState {
  /** The media element that plays the recording (null until one exists). */
  media: HTMLMediaElement | null;
  /** Media time in seconds, read from the media element when this state was made. */
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
  /** The turn current at `currentTime` (`TimeIndex.currentTurnAt`), -1 for none. */
  currentTurn: number;
  /** Flat position of the word being spoken (`TimeIndex.wordPositionAt`), -1 for none. */
  currentWord: number;
}

/** A span of the recording, in media seconds (a passage opened from a `#t=start,end` link). */
export interface Passage {
  start: number;
  end: number;
}

/** A request to bring a turn into view; a new object each time, so that the same turn can be asked for twice. */
export interface TurnToShow {
  turn: number;
  /** Move keyboard focus to it (a person went there) or only scroll it into view. */
  focus: boolean;
}

export interface ViewState {
  /** 'audio' or 'video': video shows a picture and captions and lays the transcript beside it. */
  kind: 'audio' | 'video';
  /** The transcript as read, or null while loading or after an error. */
  transcript: Transcript | null;
  /** The time index of `transcript`, built once per transcript. */
  index: TimeIndex | null;
  /** Search matches to highlight, in reading order. */
  searchMatches: readonly TranscriptMatch[];
  /** Index into `searchMatches` of the selected match, -1 for none. */
  activeMatch: number;
  /** Speaker ids whose turns are shown; null shows every speaker. */
  visibleSpeakers: readonly string[] | null;
  /** The turn last asked to be shown, or null. */
  turnToShow: TurnToShow | null;
  /** Bumped when a person asks for the search box (the `/` key): the search element focuses itself. */
  searchFocus: number;
  /** The reader's preferences (`<parley-settings>`): text size, line spacing, timestamps, word highlight, follow. */
  preferences: ReadingPreferences;
  /** The passage to mark in the transcript (from a `#t=start,end` link), or null. */
  passage: Passage | null;
  /** Small screens: whether the player folds the panels inside it, and which one is unfolded. */
  fold: PanelFold;
}

export const INITIAL_PLAYBACK: PlaybackState = {
  media: null,
  currentTime: 0,
  duration: 0,
  paused: true,
  rate: 1,
  volume: 1,
  muted: false,
  offset: 0,
  currentTurn: -1,
  currentWord: -1,
};

export const INITIAL_VIEW: ViewState = {
  kind: 'audio',
  transcript: null,
  index: null,
  searchMatches: [],
  activeMatch: -1,
  visibleSpeakers: null,
  turnToShow: null,
  searchFocus: 0,
  preferences: DEFAULT_PREFERENCES,
  passage: null,
  fold: { folded: false, open: null },
};

export const playbackContext = createContext<PlaybackState | undefined>(Symbol('parley-playback'));
export const viewContext = createContext<ViewState | undefined>(Symbol('parley-view'));
