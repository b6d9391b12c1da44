/**
 * eSpeak-NG loaded so that it speaks the same samples on every run.
 *
 * eSpeak seeds the C library's rand() from time() when it initialises, and rand() drives the
 * breath noise of some voices (the female variants among them): two runs gave the same word
 * times but different samples, so the MP3 differed from run to run. The WebAssembly build reads
 * the time through `Date.now`, so the clock is held still while the engine loads; after that the
 * same calls in the same order give the same samples (measured: identical hashes across processes).
 */
import { Espeak } from '../speech/espeak.js';

export async function loadReproducibleEspeak(): Promise<Espeak> {
  const now = Date.now;
  Date.now = () => 0;
  try {
    return await Espeak.load();
  } finally {
    Date.now = now;
  }
}
