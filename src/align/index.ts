/**
 * Aligning an untimed transcript to its recording: the entry point that runs anywhere
 * (Node or a Web Worker). Hand it samples and a loaded eSpeak; get a timed transcript back.
 */
import type { Espeak } from '../speech/espeak.js';
import { spokenWords, type Transcript } from '../model/transcript.js';
import { alignFeatures, AlignmentError, DEFAULT_ALIGN, type Alignment, type AlignOptions, type WordTiming } from './align.js';
import { MfccExtractor, type MelFrames } from './mfcc.js';
import { referenceVoice, synthesizeReference } from './reference.js';
import { roundMs } from '../model/media-time.js';

export { AlignmentError, alignFeatures, type Alignment, type AlignOptions, type ReferenceLayout, type WordTiming } from './align.js';
export { voiceForLanguage } from './reference.js';

export type AlignStage = 'decoding' | 'synthesizing' | 'features' | 'aligning' | 'writing';

export interface AlignTranscriptOptions extends AlignOptions {
  /** BCP 47 tag of the recording's language; default: the transcript's metadata, else English. */
  language?: string;
  /** eSpeak words per minute of the reference voice. */
  rate?: number;
  onProgress?: (stage: AlignStage, done: number) => void;
  /**
   * Align even when the refusal test judges that the recording does not hold the text (a person
   * who knows it does): the times are written, with a note saying the test's doubt.
   */
  force?: boolean;
}


/**
 * A copy of the transcript with every spoken word timed, and each sentence and turn spanning
 * its words. Annotation words stay untimed.
 */
export function applyWordTimes(transcript: Transcript, times: readonly (WordTiming | null)[]): Transcript {
  let k = 0;
  const turns = transcript.turns.map((turn) => {
    const sentences = turn.sentences.map((sentence) => {
      const words = sentence.words.map((w) => {
        if (w.annotation) return { ...w, start: null, end: null };
        if (k >= times.length) throw new Error(`applyWordTimes: ${times.length} times for more spoken words`);
        const t = times[k++];
        // A word that was not found in the recording stays untimed.
        if (!t) return { ...w, start: null, end: null };
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
export function respectAnchors<T extends WordTiming | null>(times: readonly T[], anchors: readonly (number | null)[]): T[] {
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
  // A word that was not found stays untimed.
  return times.map((w) => {
    if (!w) return w;
    const start = warp(w.start);
    return { start, end: Math.max(start, warp(w.end)) } as T;
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
  return synthesizeReference(espeak, transcript, {
    voice: referenceVoice(transcript, options),
    onProgress: (d) => options.onProgress?.('synthesizing', d),
  });
}

/**
 * Times the transcript already gives, as anchors for its spoken words: a word's own start, else
 * (for the first spoken word of each) its sentence's or its turn's. A WebVTT or SRT file's cue
 * times and a text's inline times arrive this way; the aligner refines them. Word times the reader
 * estimated between cue times are left out: they are guesses, not times the file gave.
 */
export function knownStarts(transcript: Transcript): (number | null)[] {
  const out: (number | null)[] = [];
  for (const turn of transcript.turns) {
    let firstOfTurn = true;
    for (const sentence of turn.sentences) {
      let firstOfSentence = true;
      for (const w of sentence.words) {
        if (w.annotation) continue;
        // An estimated time (spread between two cue times by syllables) is a guess, not a given time.
        const given = w.estimated ? null : w.start;
        out.push(given ?? (firstOfSentence ? sentence.start : null) ?? (firstOfTurn ? turn.start : null) ?? null);
        firstOfSentence = false;
        firstOfTurn = false;
      }
    }
  }
  return out;
}

/** Index of the first spoken word of each turn that has spoken words. */
export function turnStarts(transcript: Transcript): number[] {
  const out: number[] = [];
  let k = 0;
  for (const turn of transcript.turns) {
    const n = turn.sentences.reduce((m, s) => m + s.words.filter((w) => !w.annotation).length, 0);
    if (n) out.push(k);
    k += n;
  }
  return out;
}

const clock = (t: number) => {
  const s = Math.round(t);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
};

/**
 * What did not match, in words a person can act on: recorded speech with no text, and turns or
 * sentences of the transcript that were not found in the recording.
 */
export function mismatchNotes(transcript: Transcript, alignment: Alignment): string[] {
  const notes = alignment.unmatched.map(([a, b]) => `${clock(a)}–${clock(b)} of the recording matches no text`);
  let k = 0;
  transcript.turns.forEach((turn, t) => {
    const found = turn.sentences.map((s) => {
      const spoken = s.words.filter((w) => !w.annotation);
      const times = spoken.map(() => alignment.words[k++]);
      return spoken.length === 0 ? null : times.some((x) => x !== null);
    });
    const speaker = transcript.speakers.find((s) => s.id === turn.speaker)?.name;
    const who = speaker ? ` (${speaker})` : '';
    if (found.every((f) => f !== true) && found.some((f) => f === false)) notes.push(`turn ${t + 1}${who} was not found in the recording`);
    else found.forEach((f, n) => f === false && notes.push(`turn ${t + 1}${who}, sentence ${n + 1} was not found in the recording`));
  });
  return notes;
}

/** Aligns a transcript to the features of its recording. */
export function alignToFeatures(
  transcript: Transcript,
  reference: ReturnType<typeof referenceFor>,
  recording: MelFrames,
  options: AlignTranscriptOptions = {},
): { transcript: Transcript; alignment: Alignment; notes: string[] } {
  if (reference.words.length === 0) throw new AlignmentError('the transcript has no spoken words to align');
  if ([...spokenWords(transcript)].length !== reference.words.length) throw new Error('reference and transcript disagree');
  options.onProgress?.('aligning', 0);
  const limit = options.maxOrderedMismatch ?? DEFAULT_ALIGN.maxOrderedMismatch;
  const alignment = alignFeatures(reference.features, reference.words, recording, options.force ? { ...options, maxOrderedMismatch: Infinity } : options, {
    gaps: reference.gaps,
    anchors: knownStarts(transcript),
    turns: turnStarts(transcript),
  });
  options.onProgress?.('aligning', 1);
  // Exact anchors (times the transcript writes as such) win: words start at them exactly.
  const anchors = [...spokenWords(transcript)].map((w) => (w.anchor && w.start !== null ? w.start : null));
  const timed = applyWordTimes(transcript, respectAnchors(alignment.words, anchors));
  const notes = mismatchNotes(transcript, alignment);
  // Aligned with `force` although the refusal test doubts the recording holds the text.
  const measure = alignment.order.orderedMismatch;
  if (!(measure <= limit)) {
    const value = Number.isFinite(measure) ? measure.toFixed(2) : 'not measurable';
    notes.unshift(`the recording may not contain the transcript's text (the refusal test measures ${value}, above the limit, ${limit}): aligned anyway, as asked; check the times`);
  }
  // Notes from an earlier alignment are replaced, the transcript's own are kept.
  const kept = (timed.metadata.notes ?? []).filter((n) => !/ of the recording matches no text$| was not found in the recording$|: aligned anyway, as asked; check the times$/.test(n));
  timed.metadata = {
    ...timed.metadata,
    duration: timed.metadata.duration ?? roundMs(recording.frames * recording.hop),
    ...(kept.length || notes.length ? { notes: [...kept, ...notes] } : {}),
  };
  return { transcript: timed, alignment, notes };
}

/** Aligns a transcript to a whole recording given as samples. */
export function alignTranscript(
  espeak: Espeak,
  transcript: Transcript,
  samples: Float32Array,
  sampleRate: number,
  options: AlignTranscriptOptions = {},
): { transcript: Transcript; alignment: Alignment; notes: string[] } {
  const reference = referenceFor(espeak, transcript, options);
  options.onProgress?.('features', 0);
  const recording = recordingFeatures(samples, sampleRate);
  options.onProgress?.('features', 1);
  return alignToFeatures(transcript, reference, recording, options);
}
