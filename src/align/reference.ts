/**
 * The reference: the transcript spoken by eSpeak-NG in one neutral voice, a turn at a time,
 * turned into features as it is synthesized (the audio itself is never kept), with the span
 * of every spoken word in it.
 */
import type { Espeak, VoiceSettings } from '../speech/espeak.js';
import type { Transcript } from '../model/transcript.js';
import { MfccExtractor, type MelFrames, type MfccOptions } from './mfcc.js';
import type { WordTiming } from './align.js';

export interface Reference {
  /** Mel frames of the synthesized speech. */
  features: MelFrames;
  /** One span per spoken (non-annotation) word of the transcript, in order, in seconds of the reference. */
  words: WordTiming[];
  /** Seconds of synthesized audio. */
  duration: number;
  /**
   * The silences put between sentences and turns and around the text, [start, end) in seconds:
   * where the recording may hold speech the transcript does not have.
   */
  gaps: [number, number][];
}

/** eSpeak voices for BCP 47 language tags whose plain language code is not an eSpeak voice name. */
const VOICE_FOR_LANGUAGE: Record<string, string> = {
  en: 'en-us',
  'en-us': 'en-us',
  'en-gb': 'en-gb',
  zh: 'cmn',
  'zh-cn': 'cmn',
  'zh-tw': 'cmn',
  no: 'nb',
  nb: 'nb',
  fa: 'fa',
  pt: 'pt',
  'pt-br': 'pt-br',
};

/** The eSpeak voice for a language tag ("en", "en-GB", "ru", "pt-BR"). */
export function voiceForLanguage(language: string): string {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  return VOICE_FOR_LANGUAGE[tag] ?? VOICE_FOR_LANGUAGE[tag.split('-')[0]!] ?? tag.split('-')[0]!;
}

/** The spoken words of each sentence of each turn, as written. */
export function spokenSentences(transcript: Transcript): string[][][] {
  return transcript.turns.map((turn) => turn.sentences.map((s) => s.words.filter((w) => !w.annotation).map((w) => w.text)).filter((s) => s.length));
}

/**
 * eSpeak's English dictionary speaks some pairs of words as one ("do not", "in the") and reports
 * one word event for the pair, which leaves the second word with no span of its own in the
 * reference. A zero-width space before each word keeps every word separate.
 */
const WORD_SEPARATOR = '\u200B';

/** Seconds of silence around the reference, between its sentences and between its turns. */
const REFERENCE_PADDING = 0.5;
const SENTENCE_PAUSE = 0.25;
const TURN_PAUSE = 0.5;

export interface ReferenceOptions {
  voice: VoiceSettings;
  mfcc?: Partial<MfccOptions>;
  /** Called after each turn with the share of words done. */
  onProgress?: (done: number) => void;
  /**
   * Only turns from ≤ t < to (to share the work between threads; join the parts with
   * `joinReferences`). Silence pads the start only of a part that starts the transcript and
   * the end only of one that ends it.
   */
  turns?: [number, number];
}

export function synthesizeReference(espeak: Espeak, transcript: Transcript, options: ReferenceOptions): Reference {
  const all = spokenSentences(transcript);
  const [from, to] = options.turns ?? [0, all.length];
  const turns = all.slice(from, to);
  const total = Math.max(1, turns.reduce((n, t) => n + t.reduce((m, s) => m + s.length, 0), 0));
  const extractor = new MfccExtractor(espeak.sampleRate, options.mfcc);
  const words: WordTiming[] = [];
  const silence = (seconds: number) => new Float32Array(Math.round(seconds * espeak.sampleRate));
  // Silence before and after the text: the recording's lead-in and tail are matched to it.
  let offset = 0;
  const gaps: [number, number][] = [];
  if (from === 0) {
    extractor.push(silence(REFERENCE_PADDING));
    offset = REFERENCE_PADDING;
    gaps.push([0, offset]);
  }
  let spoke = from > 0;
  let done = 0;
  const sentencePause = silence(SENTENCE_PAUSE);
  const turnPause = silence(TURN_PAUSE);
  turns.forEach((sentences) => {
    sentences.forEach((sentence, k) => {
      // A pause between sentences and a longer one between turns, where a speaker would take
      // one: eSpeak adds none at the end of what it is given, and a pause in the recording
      // should meet a pause in the reference rather than stretch a word.
      if (spoke) {
        const pause = k > 0 ? sentencePause : turnPause;
        extractor.push(pause);
        gaps.push([offset, offset + pause.length / espeak.sampleRate]);
        offset += pause.length / espeak.sampleRate;
      }
      const s = espeak.synthesizeWords(sentence.map((w) => WORD_SEPARATOR + w), options.voice);
      extractor.push(s.samples);
      for (const w of s.words) words.push({ start: offset + w.start, end: offset + w.end });
      offset += s.samples.length / s.sampleRate;
      spoke = true;
      done += sentence.length;
    });
    options.onProgress?.(done / total);
  });
  if (to === all.length) {
    extractor.push(silence(REFERENCE_PADDING));
    gaps.push([offset, offset + REFERENCE_PADDING]);
    offset += REFERENCE_PADDING;
  }
  return { features: extractor.finish(), words, duration: offset, gaps };
}

/**
 * One reference from two made of consecutive turns. The second's frames follow the first's, so
 * its word times move by the first's frame count × hop (frame k of each part is centred on
 * k × hop of that part).
 */
export function joinReferences(a: Reference, b: Reference): Reference {
  const fa = a.features;
  const fb = b.features;
  if (fa.dims !== fb.dims || fa.hop !== fb.hop) throw new Error('joinReferences: the parts have different features');
  const data = new Int16Array(fa.data.length + fb.data.length);
  data.set(fa.data, 0);
  data.set(fb.data, fa.data.length);
  const energy = new Float32Array(fa.frames + fb.frames);
  energy.set(fa.energy, 0);
  energy.set(fb.energy, fa.frames);
  const shift = fa.frames * fa.hop;
  return {
    features: { frames: fa.frames + fb.frames, dims: fa.dims, hop: fa.hop, data, energy, usable: Math.min(fa.usable ?? fa.dims, fb.usable ?? fb.dims) },
    words: [...a.words, ...b.words.map((w) => ({ start: w.start + shift, end: w.end + shift }))],
    duration: shift + b.duration,
    gaps: [...a.gaps, ...b.gaps.map(([s, e]): [number, number] => [s + shift, e + shift])],
  };
}

/** The turn index that splits the spoken words of a transcript at about `share` of them. */
export function splitTurns(transcript: Transcript, share: number): number {
  const counts = spokenSentences(transcript).map((t) => t.reduce((n, s) => n + s.length, 0));
  const total = counts.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let t = 0; t < counts.length; t++) {
    sum += counts[t]!;
    if (sum >= share * total) return t + 1;
  }
  return counts.length;
}
