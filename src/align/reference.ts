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
}

export function synthesizeReference(espeak: Espeak, transcript: Transcript, options: ReferenceOptions): Reference {
  const turns = spokenSentences(transcript);
  const total = turns.reduce((n, t) => n + t.reduce((m, s) => m + s.length, 0), 0);
  const extractor = new MfccExtractor(espeak.sampleRate, options.mfcc);
  const words: WordTiming[] = [];
  const silence = (seconds: number) => new Float32Array(Math.round(seconds * espeak.sampleRate));
  // Silence before and after the text: the recording's lead-in and tail are matched to it.
  extractor.push(silence(REFERENCE_PADDING));
  let offset = REFERENCE_PADDING;
  let done = 0;
  const sentencePause = silence(SENTENCE_PAUSE);
  const turnPause = silence(TURN_PAUSE);
  turns.forEach((sentences, t) => {
    sentences.forEach((sentence, k) => {
      // A pause between sentences and a longer one between turns, where a speaker would take
      // one: eSpeak adds none at the end of what it is given, and a pause in the recording
      // should meet a pause in the reference rather than stretch a word.
      if (t > 0 || k > 0) {
        const pause = k > 0 ? sentencePause : turnPause;
        extractor.push(pause);
        offset += pause.length / espeak.sampleRate;
      }
      const s = espeak.synthesizeWords(sentence.map((w) => WORD_SEPARATOR + w), options.voice);
      extractor.push(s.samples);
      for (const w of s.words) words.push({ start: offset + w.start, end: offset + w.end });
      offset += s.samples.length / s.sampleRate;
      done += sentence.length;
    });
    options.onProgress?.(done / total);
  });
  extractor.push(silence(REFERENCE_PADDING));
  return { features: extractor.finish(), words, duration: offset + REFERENCE_PADDING };
}
