/**
 * Request events: children of `<parley-player>` ask for a change of playback by dispatching one of
 * these (bubbling and composed, so they leave shadow roots). The player handles them and calls
 * `preventDefault()`; an element used without a player (`<parley-transcript for="id">`) sees
 * `defaultPrevented === false` and acts on its own media element instead.
 */

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

export interface TurnChangeDetail {
  /** Index into `transcript.turns` of the turn now current, or -1 for none. */
  turn: number;
}

export interface PassageRequestDetail {
  /** Media seconds where the passage starts and ends. */
  start: number;
  end: number;
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
    'parley-turn-change': CustomEvent<TurnChangeDetail>;
    'parley-passage-request': CustomEvent<PassageRequestDetail>;
    'parley-error': CustomEvent<ErrorDetail>;
  }
}

/** Dispatches a bubbling, composed, cancelable request event; returns true when someone handled it. */
export function request<K extends keyof HTMLElementEventMap>(
  from: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
  from.dispatchEvent(event);
  return event.defaultPrevented;
}
