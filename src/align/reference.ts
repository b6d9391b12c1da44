/**
 * The reference: the transcript spoken by eSpeak-NG in one neutral voice, a turn at a time,
 * turned into features as it is synthesized (the audio itself is never kept), with the span
 * of every spoken word in it.
 */
import { pcmToFloat, type Espeak, type Pcm, type VoiceSettings } from '../speech/espeak.js';
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

/** eSpeak's words per minute for the reference unless asked otherwise. */
const REFERENCE_RATE = 175;

/** The reference voice for a transcript: its language (or the one asked for) at the reference rate. */
export function referenceVoice(transcript: Transcript, options: { language?: string; rate?: number } = {}): VoiceSettings {
  const language = options.language ?? transcript.metadata.language ?? 'en';
  return { voice: voiceForLanguage(language), rate: options.rate ?? REFERENCE_RATE };
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

/** One sentence as eSpeak is given it: its words, and whether it begins a turn. */
export interface ScriptSentence {
  words: string[];
  firstOfTurn: boolean;
  /** Spoken words of the transcript up to the end of this sentence's turn, if it ends one. */
  endsTurnAt?: number;
}

/** The sentences of the reference, in the order they are spoken. */
export function referenceScript(transcript: Transcript): ScriptSentence[] {
  const out: ScriptSentence[] = [];
  let done = 0;
  for (const sentences of spokenSentences(transcript)) {
    sentences.forEach((sentence, k) => {
      done += sentence.length;
      out.push({
        words: sentence.map((w) => WORD_SEPARATOR + w),
        firstOfTurn: k === 0,
        ...(k === sentences.length - 1 ? { endsTurnAt: done } : {}),
      });
    });
  }
  return out;
}

/** A sentence as eSpeak spoke it (what `Espeak.speakWords` returns). */
export type SpokenSentence = Pcm;

/**
 * Builds the reference from its sentences as they are spoken, in order: silences around and
 * between them, their features and the span of every word. The sentences may be spoken in
 * another thread (see `speakReference`): the features depend only on the samples and their
 * order, so they are the same wherever the synthesizer ran.
 */
export class ReferenceBuilder {
  readonly script: ScriptSentence[];
  private readonly extractor: MfccExtractor;
  private readonly words: WordTiming[] = [];
  private readonly gaps: [number, number][] = [];
  private readonly total: number;
  private readonly sentencePause: Float32Array;
  private readonly turnPause: Float32Array;
  private offset = 0;
  private next = 0;
  /** The samples of the sentence being added (the extractor copies what it keeps). */
  private scratch = new Float32Array(0);

  constructor(
    transcript: Transcript,
    private readonly sampleRate: number,
    private readonly options: Omit<ReferenceOptions, 'voice'> = {},
  ) {
    this.script = referenceScript(transcript);
    this.total = Math.max(1, this.script.reduce((n, s) => n + s.words.length, 0));
    this.extractor = new MfccExtractor(sampleRate, options.mfcc);
    this.sentencePause = this.silence(SENTENCE_PAUSE);
    this.turnPause = this.silence(TURN_PAUSE);
    // Silence before and after the text: the recording's lead-in and tail are matched to it.
    this.extractor.push(this.silence(REFERENCE_PADDING));
    this.offset = REFERENCE_PADDING;
    this.gaps.push([0, this.offset]);
  }

  private silence(seconds: number): Float32Array {
    return new Float32Array(Math.round(seconds * this.sampleRate));
  }

  /** Whether every sentence of the script has been added. */
  get complete(): boolean {
    return this.next === this.script.length;
  }

  /** Adds the next sentence of the script, as spoken. */
  add(spoken: SpokenSentence): void {
    const sentence = this.script[this.next];
    if (!sentence) throw new Error('ReferenceBuilder: more sentences than the script has');
    if (spoken.sampleRate !== this.sampleRate) throw new Error('ReferenceBuilder: a sentence at another sample rate');
    // A pause between sentences and a longer one between turns, where a speaker would take
    // one: eSpeak adds none at the end of what it is given, and a pause in the recording
    // should meet a pause in the reference rather than stretch a word.
    if (this.next > 0) {
      const pause = sentence.firstOfTurn ? this.turnPause : this.sentencePause;
      this.extractor.push(pause);
      this.gaps.push([this.offset, this.offset + pause.length / this.sampleRate]);
      this.offset += pause.length / this.sampleRate;
    }
    if (this.scratch.length < spoken.pcm.length) this.scratch = new Float32Array(spoken.pcm.length * 2);
    this.extractor.push(pcmToFloat(spoken.pcm, this.scratch));
    for (const w of spoken.words) this.words.push({ start: this.offset + w.start, end: this.offset + w.end });
    this.offset += spoken.pcm.length / spoken.sampleRate;
    this.next++;
    if (sentence.endsTurnAt !== undefined) this.options.onProgress?.(sentence.endsTurnAt / this.total);
  }

  /** The reference, once every sentence has been added. */
  finish(): Reference {
    if (!this.complete) throw new Error(`ReferenceBuilder: ${this.script.length - this.next} sentences missing`);
    this.extractor.push(this.silence(REFERENCE_PADDING));
    this.gaps.push([this.offset, this.offset + REFERENCE_PADDING]);
    this.offset += REFERENCE_PADDING;
    return { features: this.extractor.finish(), words: this.words, duration: this.offset, gaps: this.gaps };
  }
}

/** The reference, spoken and built in this thread. */
export function synthesizeReference(espeak: Espeak, transcript: Transcript, options: ReferenceOptions): Reference {
  const builder = new ReferenceBuilder(transcript, espeak.sampleRate, options);
  for (const sentence of builder.script) builder.add(espeak.speakWords(sentence.words, options.voice));
  return builder.finish();
}

/**
 * What a thread that speaks the reference sends to the thread that builds it (see
 * `speakReference` and `referenceReceiver`): its sample rate, then each sentence in order.
 */
export type SpeechMessage = { sampleRate: number } | { sentence: SpokenSentence } | { error: string };

/**
 * Speaks the script of a transcript's reference and hands over each sentence as soon as it is
 * spoken, its samples transferred rather than copied. The thread that builds the reference
 * computes its features meanwhile, so the speaking thread does nothing but speak.
 */
export function speakReference(espeak: Espeak, transcript: Transcript, voice: VoiceSettings, post: (message: SpeechMessage, transfer: ArrayBuffer[]) => void): void {
  post({ sampleRate: espeak.sampleRate }, []);
  for (const sentence of referenceScript(transcript)) {
    const spoken = espeak.speakWords(sentence.words, voice);
    post({ sentence: spoken }, [spoken.pcm.buffer as ArrayBuffer]);
  }
}

/**
 * The building side of `speakReference`: feed it the messages in the order they came; `reference`
 * resolves when the last sentence is in, or rejects on an error message.
 */
export function referenceReceiver(transcript: Transcript, options: Omit<ReferenceOptions, 'voice'> = {}): { receive(message: SpeechMessage): void; reference: Promise<Reference> } {
  let builder: ReferenceBuilder | null = null;
  let settle!: { resolve(r: Reference): void; reject(e: Error): void };
  const reference = new Promise<Reference>((resolve, reject) => (settle = { resolve, reject }));
  const receive = (message: SpeechMessage) => {
    try {
      if ('error' in message) throw new Error(message.error);
      if ('sampleRate' in message) builder = new ReferenceBuilder(transcript, message.sampleRate, options);
      else if (!builder) throw new Error('the speech thread sent a sentence before its sample rate');
      else builder.add(message.sentence);
      if (builder.complete) settle.resolve(builder.finish());
    } catch (error) {
      settle.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return { receive, reference };
}
