/**
 * The page's speech worker: speaks the transcript with eSpeak-NG into the reference's features
 * while the alignment worker decodes the recording (the two longest stages, on two cores).
 */
import type { Transcript } from '../model/transcript.js';
import { referenceFor } from './index.js';
import type { Reference } from './reference.js';
import { loadEspeak } from './web-espeak.js';

export type ReferenceWorkerMessage = { progress: number } | { reference: Reference } | { error: string };

const post = (message: ReferenceWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<{ transcript: Transcript; language?: string; rate?: number }>) => {
  const { transcript, language, rate } = event.data;
  try {
    const espeak = await loadEspeak();
    const reference = referenceFor(espeak, transcript, {
      ...(language ? { language } : {}),
      ...(rate ? { rate } : {}),
      onProgress: (_stage, done) => post({ progress: done }),
    });
    post({ reference }, [reference.features.data.buffer as ArrayBuffer, reference.features.energy.buffer as ArrayBuffer]);
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
};
