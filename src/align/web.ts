/**
 * Aligning in a web page: the same aligner as `parley align`, run in a Web Worker so the page
 * stays responsive, on a File the user chose (read from the device, never uploaded). The worker
 * and everything it loads (the aligner, the audio decoders, eSpeak-NG and its voice data) are
 * fetched only when `alignInWorker` is first called.
 */
import type { Transcript } from '../model/transcript.js';
import type { AlignStage } from './index.js';
import type { SpeechMessage } from './reference.js';
import type { ReferenceWorkerMessage } from './web-reference-worker.js';

/** What the page asks of the alignment worker. */
export interface AlignRequest {
  media: Blob;
  /** Names the recording in messages ("talk.mp3: not a recording Parley can decode"). */
  mediaName: string;
  transcript: Transcript;
  language?: string;
  /** Align even when the recording does not seem to hold the text (see AlignTranscriptOptions.force). */
  force?: boolean;
}

/**
 * Why an alignment failed: the recording could not be decoded, the files do not align, the
 * recording does not seem to hold the text (`refused`: it can be aligned anyway, with `force`), or
 * something else.
 */
export type AlignFailureKind = 'recording' | 'alignment' | 'refused' | 'other';

/** What the page sends the alignment worker: the job, then what the speech worker says, sentence by sentence. */
export type AlignWorkerInput = { type: 'align'; request: AlignRequest } | { type: 'speech'; message: SpeechMessage };

/** What the alignment worker says back. */
export type AlignWorkerMessage =
  | { type: 'progress'; stage: AlignStage; done: number }
  /** Every sentence of the reference is in: the speech worker can go. */
  | { type: 'reference-done' }
  | { type: 'done'; transcript: Transcript; matchScore: number; words: number; notes: string[] }
  | { type: 'error'; kind: AlignFailureKind; message: string };

export interface AlignResult {
  transcript: Transcript;
  matchScore: number;
  /** Words timed. */
  words: number;
  /** What did not match, as the command line warns of it ("0:36–0:47 of the recording matches no text"). */
  notes: string[];
}

/** A failed alignment, with the message the command line would print. */
export class AlignFailure extends Error {
  override readonly name = 'AlignFailure';
  constructor(
    readonly kind: AlignFailureKind | 'cancelled',
    message: string,
  ) {
    super(message);
  }
}

export interface AlignJob {
  result: Promise<AlignResult>;
  /** Stops the worker at once (its memory is freed with it); `result` rejects with kind "cancelled". */
  cancel(): void;
}

/**
 * Starts aligning `media` to `transcript`: one worker decodes the recording while another speaks
 * the transcript (the two longest stages, side by side); each spoken sentence passes from the
 * second to the first through the page, which alone starts and stops them.
 */
export function alignInWorker(request: AlignRequest, onProgress?: (stage: AlignStage, done: number) => void): AlignJob {
  const aligner = new Worker(new URL('./web-worker.ts', import.meta.url), { type: 'module', name: 'parley-align' });
  const speaker = new Worker(new URL('./web-reference-worker.ts', import.meta.url), { type: 'module', name: 'parley-speak' });
  let settle: { resolve(r: AlignResult): void; reject(e: AlignFailure): void } | null = null;
  const result = new Promise<AlignResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: AlignResult | AlignFailure) => {
    if (!settle) return;
    aligner.terminate();
    speaker.terminate();
    const s = settle;
    settle = null;
    if (outcome instanceof AlignFailure) s.reject(outcome);
    else s.resolve(outcome);
  };
  const send = (input: AlignWorkerInput, transfer: Transferable[] = []) => aligner.postMessage(input, transfer);
  aligner.onmessage = (event: MessageEvent<AlignWorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') {
      if (settle) onProgress?.(m.stage, m.done);
    } else if (m.type === 'reference-done') {
      // The synthesizer's memory (about 130 MB) goes before matching starts.
      speaker.terminate();
    } else if (m.type === 'done') finish({ transcript: m.transcript, matchScore: m.matchScore, words: m.words, notes: m.notes });
    else finish(new AlignFailure(m.kind, m.message));
  };
  // Each spoken sentence passes straight on, its samples transferred, not copied.
  speaker.onmessage = (event: MessageEvent<ReferenceWorkerMessage>) => {
    const m = event.data;
    send({ type: 'speech', message: m }, 'sentence' in m ? [m.sentence.pcm.buffer as ArrayBuffer] : []);
  };
  const failedToStart = (what: string) => (event: ErrorEvent) => {
    event.preventDefault();
    finish(new AlignFailure('other', `${what} could not start (${event.message || 'its script did not load'})`));
  };
  aligner.onerror = failedToStart('the aligner');
  speaker.onerror = failedToStart('the speech synthesizer');
  send({ type: 'align', request });
  speaker.postMessage({ transcript: request.transcript, ...(request.language ? { language: request.language } : {}) });
  return { result, cancel: () => finish(new AlignFailure('cancelled', 'alignment cancelled')) };
}
