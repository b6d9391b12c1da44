/**
 * Speaking a transcript: every sentence synthesized on its own with its speaker's voice, laid on a
 * timeline with pauses of our choosing, over room tone. Because we place every sentence, each
 * word's time in the recording is the synthesizer's own word time plus where we put the sentence:
 * measured, not estimated.
 *
 * Pure apart from the synthesizer it is given: the same transcript, synthesizer and seed give the
 * same samples and times.
 */
import type { Sentence, Transcript, Turn, Word } from '../model/transcript.js';
import type { Synthesis, VoiceSettings } from '../speech/espeak.js';
import { seededRandom, uniform } from './random.js';
import { roomTone } from './room-tone.js';
import { castTurns } from './voices.js';

/** What speaks a list of words (eSpeak-NG in the generator, a stand-in in tests). */
export interface Synthesizer {
  synthesizeWords(words: readonly string[], settings: VoiceSettings): Synthesis;
}

export interface RenderOptions {
  /** Seed of the pause lengths and the room tone. */
  seed: number;
  /** Silence (room tone only) before the first word, in seconds. */
  leadIn: number;
  /** Room tone after the last word, in seconds. */
  tail: number;
  /** Range of the pause between sentences of a turn, in seconds (uniform, seeded). */
  sentencePause: readonly [number, number];
  /** Range of the pause between turns, in seconds (uniform, seeded). */
  turnPause: readonly [number, number];
  /** RMS level of the room tone, dBFS. */
  roomToneDb: number;
  /** Gain applied to the synthesized speech (eSpeak's own output reaches full scale). */
  speechGain: number;
  /** The voice of each turn; by default the cast of voices.ts. */
  voices?: readonly VoiceSettings[];
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  seed: 20071012,
  leadIn: 1,
  tail: 1.5,
  sentencePause: [0.3, 0.6],
  turnPause: [0.8, 1.5],
  roomToneDb: -58,
  speechGain: 0.7,
};

export interface Pause {
  kind: 'sentence' | 'turn';
  /** Seconds between the end of one word and the start of the next. */
  seconds: number;
}

export interface Rendered {
  /** Mono samples in [-1, 1]. */
  samples: Float32Array;
  sampleRate: number;
  /** The transcript with every spoken word, sentence and turn timed (seconds, full precision). */
  transcript: Transcript;
  /** The voice each turn was spoken with. */
  voices: VoiceSettings[];
  /** Every pause between two spoken sentences, in order. */
  pauses: Pause[];
}

/**
 * eSpeak's English dictionary speaks some pairs of words as one ("of the", "in the", "do not") and
 * reports a single word event for the pair, which would leave the second word without a time of
 * its own. A zero-width space before each word keeps every word separate (measured on the 2007
 * press conference: 138 of 3,408 words merged without it, none with it, and the total length
 * changes by 0.4 %); only the weak forms of those function words change.
 */
const WORD_SEPARATOR = '\u200B';

interface Placed {
  synthesis: Synthesis;
  /** Sample at which the synthesis's sample 0 lands in the recording. */
  offset: number;
}

/** Speaks a transcript. Throws if the synthesizer's sample rate changes between sentences. */
export function renderTranscript(transcript: Transcript, synthesizer: Synthesizer, options: RenderOptions = DEFAULT_RENDER_OPTIONS): Rendered {
  const random = seededRandom(options.seed);
  const voices = options.voices ? [...options.voices] : castTurns(transcript);
  if (voices.length !== transcript.turns.length) throw new RangeError(`${voices.length} voices for ${transcript.turns.length} turns`);
  let sampleRate = 0;
  let cursor = 0; // samples: where the next spoken word starts
  let spokeBefore = false;
  const placed: Placed[] = [];
  const pauses: Pause[] = [];
  const turns: Turn[] = transcript.turns.map((turn, t) => {
    let firstInTurn = true;
    const sentences = turn.sentences.map((sentence): Sentence => {
      const spoken = sentence.words.filter((w) => !w.annotation);
      if (!spoken.length) return { ...sentence, start: null, end: null, words: sentence.words.map(untimed) };
      const synthesis = synthesizer.synthesizeWords(
        spoken.map((w) => WORD_SEPARATOR + w.text),
        voices[t]!,
      );
      if (sampleRate && synthesis.sampleRate !== sampleRate) throw new Error(`sample rate changed from ${sampleRate} to ${synthesis.sampleRate} Hz`);
      sampleRate = synthesis.sampleRate;
      if (!spokeBefore) cursor = Math.round(options.leadIn * sampleRate);
      else {
        const kind = firstInTurn ? 'turn' : 'sentence';
        const [min, max] = kind === 'turn' ? options.turnPause : options.sentencePause;
        const gap = Math.round(uniform(random, min, max) * sampleRate);
        pauses.push({ kind, seconds: gap / sampleRate });
        cursor += gap;
      }
      spokeBefore = true;
      firstInTurn = false;
      // Place the sentence so that its first word starts at the cursor.
      const offset = cursor - Math.round(synthesis.words[0]!.start * sampleRate);
      placed.push({ synthesis, offset });
      const at = (seconds: number) => (offset + seconds * sampleRate) / sampleRate;
      let k = 0;
      const words = sentence.words.map((w): Word => {
        if (w.annotation) return untimed(w);
        const span = synthesis.words[k++]!;
        return { ...w, start: at(span.start), end: at(span.end) };
      });
      cursor = offset + Math.round(synthesis.words.at(-1)!.end * sampleRate);
      const timed = words.filter((w) => !w.annotation);
      return { ...sentence, words, start: timed[0]!.start, end: timed.at(-1)!.end };
    });
    const timed = sentences.filter((s) => s.start !== null);
    return { ...turn, sentences, start: timed[0]?.start ?? null, end: timed.at(-1)?.end ?? null };
  });
  if (!sampleRate) throw new Error('the transcript has no words to speak');
  const length = Math.max(cursor + Math.round(options.tail * sampleRate), ...placed.map((p) => p.offset + p.synthesis.samples.length));
  // The room tone's seed differs from the pauses' so that changing one does not shift the other.
  const samples = roomTone(length, options.roomToneDb, (options.seed ^ 0x5bd1e995) >>> 0);
  for (const { synthesis, offset } of placed) {
    const s = synthesis.samples;
    for (let i = Math.max(0, -offset); i < s.length; i++) samples[offset + i]! += s[i]! * options.speechGain;
  }
  return { samples, sampleRate, transcript: { ...transcript, turns }, voices, pauses };
}

function untimed(w: Word): Word {
  return { ...w, start: null, end: null };
}
