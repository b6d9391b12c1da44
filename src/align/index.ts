/**
 * Aligning an untimed transcript to its recording: the entry point that runs anywhere
 * (Node or a Web Worker). Hand it samples and a loaded eSpeak; get a timed transcript back.
 */
import type { Espeak } from '../speech/espeak.js';
import { spokenWords, type Transcript } from '../model/transcript.js';
import { alignFeatures, AlignmentError, type Alignment, type AlignOptions, type WordTiming } from './align.js';
import { MfccExtractor, type MelFrames } from './mfcc.js';
import { synthesizeReference, voiceForLanguage } from './reference.js';
import { roundMs } from '../model/media-time.js';

export { AlignmentError, alignFeatures, type Alignment, type AlignOptions, type WordTiming } from './align.js';
export { voiceForLanguage } from './reference.js';

export type AlignStage = 'decoding' | 'synthesizing' | 'features' | 'aligning' | 'writing';

export interface AlignTranscriptOptions extends AlignOptions {
  /** BCP 47 tag of the recording's language; default: the transcript's metadata, else English. */
  language?: string;
  /** eSpeak words per minute of the reference voice. */
  rate?: number;
  /** Synthesize only turns from ≤ t < to (see `joinReferences`). */
  turns?: [number, number];
  onProgress?: (stage: AlignStage, done: number) => void;
}


/**
 * A copy of the transcript with every spoken word timed, and each sentence and turn spanning
 * its words. Annotation words stay untimed.
 */
export function applyWordTimes(transcript: Transcript, times: readonly WordTiming[]): Transcript {
  let k = 0;
  const turns = transcript.turns.map((turn) => {
    const sentences = turn.sentences.map((sentence) => {
      const words = sentence.words.map((w) => {
        if (w.annotation) return { ...w, start: null, end: null };
        const t = times[k++];
        if (!t) throw new Error(`applyWordTimes: ${times.length} times for more spoken words`);
        return { ...w, start: roundMs(t.start), end: roundMs(t.end) };
      });
      const timed = words.filter((w) => w.start !== null);
      return { ...sentence, words, start: timed[0]?.start ?? null, end: timed.at(-1)?.end ?? null };
    });
    const timed = sentences.filter((s) => s.start !== null);
    return { ...turn, sentences, start: timed[0]?.start ?? null, end: timed.at(-1)?.end ?? null };
  });
  if (k !== times.length) throw new Error(`applyWordTimes: ${times.length} times for ${k} spoken words`);
  return { ...transcript, turns };
}

/**
 * Moves aligned word times so that every anchored word (a time written in the transcript, such
 * as "[00:12:34]") starts exactly at its anchor: between two anchors the aligned times are
 * stretched linearly, before the first and after the last they are shifted. The alignment still
 * decides where words fall relative to each other; the transcript's own times win where it has
 * them. An anchor that would run backwards (earlier than an anchor before it) is ignored.
 */
export function respectAnchors(times: readonly WordTiming[], anchors: readonly (number | null)[]): WordTiming[] {
  const knots: { from: number; to: number }[] = [];
  anchors.forEach((to, k) => {
    const from = times[k]?.start;
    if (to === null || from === undefined) return;
    const last = knots.at(-1);
    if (!last || (from > last.from && to > last.to)) knots.push({ from, to });
  });
  if (!knots.length) return [...times];
  const warp = (t: number) => {
    let i = 0;
    while (i < knots.length && knots[i]!.from <= t) i++;
    if (i === 0) return Math.max(0, t + knots[0]!.to - knots[0]!.from);
    const a = knots[i - 1]!;
    const b = knots[i];
    if (!b) return t + a.to - a.from;
    return a.to + ((t - a.from) * (b.to - a.to)) / (b.from - a.from);
  };
  return times.map((w) => {
    const start = warp(w.start);
    return { start, end: Math.max(start, warp(w.end)) };
  });
}

/** Mel frames of a recording given whole (see `MfccExtractor` to feed one in pieces). */
export function recordingFeatures(samples: Float32Array, sampleRate: number): MelFrames {
  const extractor = new MfccExtractor(sampleRate);
  const step = sampleRate * 60;
  for (let at = 0; at < samples.length; at += step) extractor.push(samples.subarray(at, at + step));
  return extractor.finish();
}

/** The reference synthesis of a transcript, ready for `alignToFeatures`. */
export function referenceFor(espeak: Espeak, transcript: Transcript, options: AlignTranscriptOptions = {}) {
  const language = options.language ?? transcript.metadata.language ?? 'en';
  const voice = voiceForLanguage(language);
  return synthesizeReference(espeak, transcript, {
    voice: { voice, rate: options.rate ?? 175 },
    ...(options.turns ? { turns: options.turns } : {}),
    onProgress: (d) => options.onProgress?.('synthesizing', d),
  });
}

/** Aligns a transcript to the features of its recording. */
export function alignToFeatures(
  transcript: Transcript,
  reference: ReturnType<typeof referenceFor>,
  recording: MelFrames,
  options: AlignTranscriptOptions = {},
): { transcript: Transcript; alignment: Alignment } {
  if (reference.words.length === 0) throw new AlignmentError('the transcript has no spoken words to align');
  if ([...spokenWords(transcript)].length !== reference.words.length) throw new Error('reference and transcript disagree');
  options.onProgress?.('aligning', 0);
  const alignment = alignFeatures(reference.features, reference.words, recording, options);
  options.onProgress?.('aligning', 1);
  const anchors = [...spokenWords(transcript)].map((w) => (w.anchor && w.start !== null ? w.start : null));
  const timed = applyWordTimes(transcript, respectAnchors(alignment.words, anchors));
  timed.metadata = { ...timed.metadata, duration: timed.metadata.duration ?? roundMs(recording.frames * recording.hop) };
  return { transcript: timed, alignment };
}

/** Aligns a transcript to a whole recording given as samples. */
export function alignTranscript(
  espeak: Espeak,
  transcript: Transcript,
  samples: Float32Array,
  sampleRate: number,
  options: AlignTranscriptOptions = {},
): { transcript: Transcript; alignment: Alignment } {
  const reference = referenceFor(espeak, transcript, options);
  options.onProgress?.('features', 0);
  const recording = recordingFeatures(samples, sampleRate);
  options.onProgress?.('features', 1);
  return alignToFeatures(transcript, reference, recording, options);
}
