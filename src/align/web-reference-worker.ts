/**
 * The page's speech worker: speaks the transcript with eSpeak-NG while the alignment worker
 * decodes the recording. Each sentence goes, as soon as it is spoken, through the page to the
 * alignment worker, which builds the reference's features between pieces of the recording
 * (see `speakReference`): this worker does nothing but speak, the longest stage of all.
 */
import type { Transcript } from '../model/transcript.js';
import { referenceVoice, speakReference, type SpeechMessage } from './reference.js';
import { loadEspeak } from './web-espeak.js';

export type ReferenceWorkerMessage = SpeechMessage;

const post = (message: ReferenceWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<{ transcript: Transcript; language?: string; rate?: number }>) => {
  const { transcript, language, rate } = event.data;
  try {
    const espeak = await loadEspeak();
    speakReference(espeak, transcript, referenceVoice(transcript, { ...(language ? { language } : {}), ...(rate ? { rate } : {}) }), post);
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
};
