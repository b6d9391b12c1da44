import type { Transcript } from '../../model/transcript.js';
import type { PlayerState } from '../shared/context.js';
import { whereAmI } from '../../nav/navigation.js';
import { en, type ParleyStrings } from '../shared/strings.js';

/**
 * The turn playing at the media element's own time. Read from the element, not from the shared
 * state, because it is exact right after a seek (the state follows on the next media event), so
 * that pressing "next" twice quickly moves twice.
 */
export function playingTurn(state: PlayerState | undefined, transcript: Transcript | null): number {
  const media = state?.media;
  const index = state?.index;
  if (!state || !media || !index || !transcript || state.transcript !== transcript) return -1;
  const time = media.currentTime;
  const turn = index.turnAt(time - state.offset);
  if (turn < 0 && index.turns.starts.length && (!media.paused || time > 0)) return index.turns.turn[0]!;
  return turn;
}

/** "Playing 14:07, Secretary Rice, answering question 3", for the player's state now. */
export function whereAmINow(state: PlayerState | undefined, transcript: Transcript | null, strings: ParleyStrings = en): string {
  if (!transcript) return strings.noTranscript;
  const media = state?.media;
  return whereAmI(transcript, playingTurn(state, transcript), media?.currentTime ?? 0, media?.paused ?? true, strings);
}
