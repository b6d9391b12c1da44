/**
 * eSpeak-NG in a Web Worker. The package's script is imported where the bundler sees it (so it
 * becomes a chunk of the worker, never of the player), and its voice data (about 24 MB) is fetched
 * here so that a failed download ends with a message instead of a synthesizer that never starts.
 */
import { Espeak } from '../speech/espeak.js';

/** The voice data beside the package's script; the bundler copies it into the build. */
const VOICE_DATA = new URL('../../node_modules/@echogarden/espeak-ng-emscripten/espeak-ng.data', import.meta.url);

export async function loadEspeak(): Promise<Espeak> {
  let data: ArrayBuffer;
  try {
    const response = await fetch(VOICE_DATA);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    data = await response.arrayBuffer();
  } catch (error) {
    throw new Error(`eSpeak-NG's voice data could not be downloaded (${error instanceof Error ? error.message : String(error)})`);
  }
  return Espeak.load(() => import('@echogarden/espeak-ng-emscripten'), { getPreloadedPackage: () => data });
}
