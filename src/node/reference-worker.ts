/**
 * Node worker thread that speaks the reference while the main thread decodes the recording and
 * turns both into features: each sentence is handed over as soon as eSpeak has spoken it (see
 * `speakReference`), so this thread does nothing but speak, the longest stage of all.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Espeak } from '../speech/espeak.js';
import type { Transcript } from '../model/transcript.js';
import { referenceVoice, speakReference } from '../align/reference.js';

const { transcript, language, rate } = workerData as { transcript: Transcript; language?: string; rate?: number };
try {
  const espeak = await Espeak.load();
  const voice = referenceVoice(transcript, { ...(language ? { language } : {}), ...(rate ? { rate } : {}) });
  speakReference(espeak, transcript, voice, (message, transfer) => parentPort!.postMessage(message, transfer));
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
