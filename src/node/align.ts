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
import { joinReferences, splitTurns, type Reference } from '../align/reference.js';

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
 * Share of the words the worker thread synthesizes; this thread does the rest after decoding.
 * All of them: a second eSpeak instance costs about 130 MB, and decoding a recording takes about
 * half as long as synthesizing its text, so one synthesizer beside the decoder is the best use
 * of two cores within the memory budget.
 */
const WORKER_SHARE = 1;

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

/** Synthesizes the reference in a worker thread; falls back to this thread if workers cannot load TypeScript. */
function referenceInWorker(transcript: Transcript, turns: [number, number], options: AlignTranscriptOptions): Promise<Reference> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // From TypeScript sources the worker needs tsx registered inside it first (see reference-worker-tsx.mjs).
      worker = new Worker(new URL(import.meta.url.endsWith('.ts') ? './reference-worker-tsx.mjs' : './reference-worker.js', import.meta.url), {
        workerData: { transcript, language: options.language, rate: options.rate, turns },
      });
    } catch (error) {
      reject(error);
      return;
    }
    worker.on('message', (m: { progress?: number; reference?: Reference; error?: string }) => {
      if (m.progress !== undefined) options.onProgress?.('synthesizing', m.progress * WORKER_SHARE);
      else if (m.error) reject(new Error(m.error));
      else if (m.reference) resolve(m.reference);
      if (m.reference || m.error) void worker.terminate();
    });
    worker.on('error', reject);
  });
}

/** Aligns a transcript to a recording file. */
export async function alignFile(
  mediaPath: string,
  transcript: Transcript,
  options: AlignTranscriptOptions & { mediaName?: string; worker?: boolean } = {},
): Promise<{ transcript: Transcript; alignment: Alignment; notes: string[] }> {
  const name = options.mediaName ?? mediaPath;
  const turns = transcript.turns.length;
  // The worker synthesizes the text (see WORKER_SHARE) while this thread decodes the recording.
  const cut = options.worker === false ? 0 : splitTurns(transcript, WORKER_SHARE);
  const synth = async (): Promise<Reference | null> => {
    if (cut === 0) return null;
    try {
      return await referenceInWorker(transcript, [0, cut], options);
    } catch (error) {
      if (error instanceof Error && /eSpeak/.test(error.message)) throw error;
      // A worker that cannot start: synthesize everything on this thread instead.
      if (process.env.PARLEY_DEBUG) process.stderr.write(`parley align: no worker thread (${error instanceof Error ? error.message : String(error)})\n`);
      return null;
    }
  };
  const workerPromise = synth();
  // Keep an early synthesis failure from going unhandled while decoding runs.
  workerPromise.catch(() => {});
  const recording = await recordingFeaturesFromFile(mediaPath, name, (d) => options.onProgress?.('decoding', d));
  const first = await workerPromise;
  let reference: Reference;
  if (first && cut >= turns) reference = first;
  else if (first) {
    const rest = referenceFor(await Espeak.load(), transcript, {
      ...options,
      turns: [cut, turns],
      onProgress: (_s, d) => options.onProgress?.('synthesizing', WORKER_SHARE + d * (1 - WORKER_SHARE)),
    });
    reference = joinReferences(first, rest);
  } else {
    reference = referenceFor(await Espeak.load(), transcript, options);
  }
  return alignToFeatures(transcript, reference, recording, options);
}
