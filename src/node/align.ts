/**
 * The aligner's Node entry: reads the recording from a file and decodes it piece by piece
 * straight into features (a 60-minute recording is never held as samples), while a worker
 * thread synthesizes the reference. Everything else is the platform-neutral `./index.js`.
 */
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { Espeak } from '../speech/espeak.js';
import type { Transcript } from '../model/transcript.js';
import { alignToFeatures, referenceFor, type Alignment, type AlignTranscriptOptions } from '../align/index.js';
import type { MelFrames } from '../align/mfcc.js';
import { recordingFeaturesFrom, type ByteSource } from '../align/recording.js';
import { referenceReceiver, type Reference } from '../align/reference.js';

/** A file on disk as a ByteSource, read with one open handle. */
async function fileSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const file = await open(path, 'r');
  const { size } = await file.stat();
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => file.close(),
  };
}

/**
 * Mel frames of a recording file, decoded in pieces when the format allows it (MP3, WAV, FLAC,
 * Ogg), otherwise whole. Throws AudioDecodeError for an empty or undecodable file.
 */
export async function recordingFeaturesFromFile(path: string, name = path, onProgress?: (done: number) => void): Promise<MelFrames> {
  const source = await fileSource(path);
  try {
    return await recordingFeaturesFrom(source, name, onProgress);
  } finally {
    await source.close();
  }
}

/**
 * Speaks the reference in a worker thread and builds it on this one, as its sentences arrive
 * (between the pieces of the recording this thread decodes meanwhile). Rejects with the
 * worker's error, or if no worker thread can start.
 */
function referenceFromWorker(transcript: Transcript, options: AlignTranscriptOptions): Promise<Reference> {
  // From TypeScript sources the worker needs tsx registered inside it first (see reference-worker-tsx.mjs).
  const worker = new Worker(new URL(import.meta.url.endsWith('.ts') ? './reference-worker-tsx.mjs' : './reference-worker.js', import.meta.url), {
    workerData: { transcript, language: options.language, rate: options.rate },
  });
  const { receive, reference } = referenceReceiver(transcript, { onProgress: (d) => options.onProgress?.('synthesizing', d) });
  worker.on('message', receive);
  worker.on('error', (error) => receive({ error: error.message }));
  // Messages posted before the thread ended are delivered first; this only ends a wait for more.
  worker.on('exit', () => setImmediate(() => receive({ error: 'the speech thread stopped before it had spoken the whole text' })));
  // The synthesizer's memory goes as soon as the last sentence is in.
  const stop = () => void worker.terminate();
  reference.then(stop, stop);
  return reference;
}

/** Where the time of one alignment went, in milliseconds from its start. */
export interface AlignTimings {
  /** The recording decoded and its features computed (the reference's features were computed in between). */
  recordingReady: number;
  /** The last sentence of the reference in, its features computed. */
  referenceReady: number;
  /** Matching done, the timed transcript made. */
  aligned: number;
}

/** Aligns a transcript to a recording file. */
export async function alignFile(
  mediaPath: string,
  transcript: Transcript,
  options: AlignTranscriptOptions & { mediaName?: string; worker?: boolean } = {},
): Promise<{ transcript: Transcript; alignment: Alignment; notes: string[]; timings: AlignTimings }> {
  const t0 = performance.now();
  const name = options.mediaName ?? mediaPath;
  const inWorker = async (): Promise<Reference | null> => {
    if (options.worker === false) return null;
    try {
      return await referenceFromWorker(transcript, options);
    } catch (error) {
      if (error instanceof Error && /eSpeak/.test(error.message)) throw error;
      // A worker that cannot start: the reference is made on this thread after decoding.
      if (process.env.PARLEY_DEBUG) process.stderr.write(`parley align: no worker thread (${error instanceof Error ? error.message : String(error)})\n`);
      return null;
    }
  };
  const fromWorker = inWorker();
  // Keep an early synthesis failure from going unhandled while decoding runs.
  fromWorker.catch(() => {});
  const recording = await recordingFeaturesFromFile(mediaPath, name, (d) => options.onProgress?.('decoding', d));
  const recordingReady = performance.now() - t0;
  const reference = (await fromWorker) ?? referenceFor(await Espeak.load(), transcript, options);
  const referenceReady = performance.now() - t0;
  const result = alignToFeatures(transcript, reference, recording, options);
  return { ...result, timings: { recordingReady, referenceReady, aligned: performance.now() - t0 } };
}
