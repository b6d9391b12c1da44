/**
 * What the full controls and the small screens' compact bar both show: the Play/Pause button (its
 * name says what it will do) and the time as text, with its spoken equivalent. The time is picked to
 * the second, so that either element re-renders once a second while playing, not on every frame.
 */
import { html } from 'lit';
import { formatClock } from '../../model/time-format.js';
import type { PlaybackState } from './context.js';
import { request } from './events.js';
import { localStrings, spokenPosition } from './strings.js';

export interface PlayTime {
  ready: boolean;
  paused: boolean;
  /** Whole seconds. */
  current: number;
  duration: number;
}

/** The part of the playback state that the button and the time show. */
export function pickPlayTime(p: PlaybackState | undefined): PlayTime {
  return { ready: !!p?.media, paused: p?.paused ?? true, current: Math.floor(p?.currentTime ?? 0), duration: p?.duration ?? 0 };
}

/** Asks the player to play, or to pause when playing. */
export function togglePlay(from: Element, paused: boolean): void {
  request(from, paused ? 'parley-play-request' : 'parley-pause-request', undefined);
}

/** The Play/Pause button (with `attrs`' class and part) and the time, for element `el`. */
export function playAndTime(el: Element, t: PlayTime, attrs: { cls: string; part: string }) {
  const s = localStrings(el);
  return html`<button type="button" class=${attrs.cls} part=${attrs.part} ?disabled=${!t.ready} @click=${() => togglePlay(el, t.paused)}>
      <span class="icon" aria-hidden="true">${t.paused ? '▶' : '❚❚'}</span>${t.paused ? s.play : s.pause}
    </button>
    <span class="time" part="time">
      <span aria-hidden="true">${formatClock(t.current)} / ${formatClock(t.duration)}</span>
      <span class="sr-only">${spokenPosition(el, s, t.current, t.duration)}</span>
    </span>`;
}
