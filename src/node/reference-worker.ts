/**
 * Node worker thread that synthesizes the reference while the main thread decodes the
 * recording: the two stages take about as long as each other, and run side by side on two cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Espeak } from '../speech/espeak.js';
import type { Transcript } from '../model/transcript.js';
import { referenceFor } from '../align/index.js';

const { transcript, language, rate, turns } = workerData as { transcript: Transcript; language?: string; rate?: number; turns: [number, number] };
try {
  const espeak = await Espeak.load();
  const reference = referenceFor(espeak, transcript, {
    ...(language ? { language } : {}),
    ...(rate ? { rate } : {}),
    turns,
    onProgress: (_stage, done) => parentPort!.postMessage({ progress: done }),
  });
  const { features } = reference;
  parentPort!.postMessage({ reference }, [features.data.buffer as ArrayBuffer, features.energy.buffer as ArrayBuffer]);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
