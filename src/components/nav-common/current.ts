import type { Transcript } from '../../model/transcript.js';
import type { PlayerState } from '../shared/context.js';

/**
 * The turn being spoken according to the player's shared state, by the player's own rule: the
 * last turn started at or before the media time (less the offset), and the first turn once
 * playback has begun before it. -1 before playback, and for an untimed transcript.
 */
export function currentTurnOf(state: PlayerState | undefined, transcript: Transcript | null): number {
  const index = state?.index;
  if (!state || !index || !transcript || state.transcript !== transcript) return -1;
  const turn = index.turnAt(state.currentTime - state.offset);
  if (turn < 0 && index.turns.starts.length && (!state.paused || state.currentTime > 0)) return index.turns.turn[0]!;
  return turn;
}
