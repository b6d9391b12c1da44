/**
 * eSpeak-NG is an optional dependency (GPL-3.0, never in the player): tests that speak load it
 * this way and skip, saying why, when it is not installed.
 */
import { Espeak } from '../../src/speech/espeak.js';

export async function optionalEspeak(): Promise<{ espeak: Espeak | null; skip: string | false }> {
  try {
    return { espeak: await Espeak.load(), skip: false };
  } catch {
    return { espeak: null, skip: 'eSpeak-NG (optional dependency) is not installed' };
  }
}
