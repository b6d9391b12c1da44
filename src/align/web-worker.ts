/**
 * The page's alignment worker: decodes the chosen recording into features (the same pieces,
 * decoder and features as `parley align`) while a second worker speaks the transcript with
 * eSpeak-NG, then aligns them with the same entry point as the command line.
 */
import { AudioDecodeError } from '../audio/decode.js';
import type { Transcript } from '../model/transcript.js';
import { AlignmentError, alignToFeatures, referenceFor, type AlignStage, type AlignTranscriptOptions } from './index.js';
import { blobSource, recordingFeaturesFrom } from './recording.js';
import type { Reference } from './reference.js';
import type { AlignFailureKind, AlignRequest, AlignWorkerMessage } from './web.js';
import type { ReferenceWorkerMessage } from './web-reference-worker.js';
import { loadEspeak } from './web-espeak.js';

const post = (message: AlignWorkerMessage) => self.postMessage(message);

/** Progress, at most one message per whole percent of each stage. */
function progressPoster(): (stage: AlignStage, done: number) => void {
  const last = new Map<AlignStage, number>();
  return (stage, done) => {
    const percent = Math.floor(done * 100);
    if (last.get(stage) === percent) return;
    last.set(stage, percent);
    post({ type: 'progress', stage, done });
  };
}

/** Speaks the transcript in a worker of its own, beside the decoding; on this thread where workers cannot nest. */
function reference(transcript: Transcript, options: AlignTranscriptOptions): Promise<Reference> {
  if (typeof Worker === 'undefined') return loadEspeak().then((espeak) => referenceFor(espeak, transcript, options));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./web-reference-worker.ts', import.meta.url), { type: 'module', name: 'parley-speak' });
    worker.onmessage = (event: MessageEvent<ReferenceWorkerMessage>) => {
      const m = event.data;
      if ('progress' in m) options.onProgress?.('synthesizing', m.progress);
      else {
        // The synthesizer's memory (about 130 MB) goes before matching starts.
        worker.terminate();
        if ('reference' in m) resolve(m.reference);
        else reject(new Error(m.error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`the speech synthesizer could not start (${event.message || 'its script did not load'})`));
    };
    worker.postMessage({ transcript, language: options.language, rate: options.rate });
  });
}

function failure(error: unknown): { kind: AlignFailureKind; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AudioDecodeError) return { kind: 'recording', message };
  if (error instanceof AlignmentError) return { kind: 'alignment', message };
  return { kind: 'other', message };
}

self.onmessage = async (event: MessageEvent<AlignRequest>) => {
  const { media, mediaName, transcript, language } = event.data;
  const onProgress = progressPoster();
  const options: AlignTranscriptOptions = { ...(language ? { language } : {}), onProgress };
  try {
    const speaking = reference(transcript, options);
    // Keep an early synthesis failure from going unhandled while decoding runs.
    speaking.catch(() => {});
    const recording = await recordingFeaturesFrom(blobSource(media), mediaName, (done) => onProgress('decoding', done));
    const { transcript: timed, alignment } = alignToFeatures(transcript, await speaking, recording, options);
    post({ type: 'done', transcript: timed, matchScore: alignment.matchScore, words: alignment.words.length });
  } catch (error) {
    post({ type: 'error', ...failure(error) });
  }
};
