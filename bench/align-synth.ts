/**
 * Synthetic recordings with known word times, for the aligner's tests and benchmark:
 * each turn in its own eSpeak voice and rate (none of them the aligner's reference voice),
 * pauses of varying length between sentences and turns, optional lead-in sound and noise.
 */
import type { Espeak, VoiceSettings } from '../src/speech/espeak.js';
import type { Transcript } from '../src/model/transcript.js';
import { splitSentences } from '../src/model/segment.js';

/** Voices unlike the reference ("en-us" at 175 wpm): other accents, variants, rates and pitches. */
export const TEST_VOICES: VoiceSettings[] = [
  { voice: 'en-gb-x-rp+m3', rate: 160, pitch: 40 },
  { voice: 'en-us+f2', rate: 195, pitch: 65 },
  { voice: 'en-gb-scotland+m1', rate: 150, pitch: 35 },
  { voice: 'en-us+f4', rate: 185, pitch: 55, range: 70 },
  { voice: 'en-029', rate: 170, pitch: 45 },
];

/** A deterministic pseudo-random sequence in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A transcript from paragraphs, one turn each, speakers alternating. */
export function transcriptFromParagraphs(paragraphs: string[], speakers = 3): Transcript {
  return {
    metadata: { language: 'en' },
    speakers: Array.from({ length: speakers }, (_, k) => ({ id: `s${k}`, name: `Speaker ${k + 1}` })),
    turns: paragraphs.map((p, k) => ({ speaker: `s${k % speakers}`, start: null, end: null, annotations: [], sentences: splitSentences(p) })),
    questions: [],
    chapters: [],
  };
}

export interface SynthRecording {
  samples: Float32Array;
  sampleRate: number;
  /** Ground truth per spoken word: start and end in seconds. */
  words: { start: number; end: number }[];
  /** Ground truth start of each turn and sentence (index of their first spoken word). */
  turnFirstWord: number[];
  sentenceFirstWord: number[];
}

export interface SynthOptions {
  seed?: number;
  /** Seconds of lead-in before the first word. */
  leadIn?: number;
  /** 'silence', 'noise' (white noise) or 'tones' (noise and tones). */
  leadInKind?: 'silence' | 'noise' | 'tones';
  /** Signal-to-noise ratio in dB of white noise added throughout; none when undefined. */
  snr?: number;
  /** Pause lengths between sentences and between turns, [min, max] seconds. */
  sentencePause?: [number, number];
  turnPause?: [number, number];
  voices?: VoiceSettings[];
}

export function synthesizeRecording(espeak: Espeak, transcript: Transcript, options: SynthOptions = {}): SynthRecording {
  const rnd = random(options.seed ?? 7);
  const voices = options.voices ?? TEST_VOICES;
  const sampleRate = espeak.sampleRate;
  const parts: Float32Array[] = [];
  let length = 0;
  const words: { start: number; end: number }[] = [];
  const turnFirstWord: number[] = [];
  const sentenceFirstWord: number[] = [];
  const push = (a: Float32Array) => {
    parts.push(a);
    length += a.length;
  };
  const silence = (s: number) => push(new Float32Array(Math.round(s * sampleRate)));
  const lead = options.leadIn ?? 0;
  if (lead > 0) {
    const a = new Float32Array(Math.round(lead * sampleRate));
    if (options.leadInKind && options.leadInKind !== 'silence') {
      for (let i = 0; i < a.length; i++) a[i] = (rnd() - 0.5) * 0.1;
      if (options.leadInKind === 'tones') {
        for (let i = 0; i < a.length; i++) {
          const t = i / sampleRate;
          const f = [440, 660, 880, 1320][Math.floor(t / 1.5) % 4]!;
          a[i]! += 0.2 * Math.sin(2 * Math.PI * f * t) * (Math.floor(t / 0.75) % 2);
        }
      }
    }
    push(a);
  }
  const [sMin, sMax] = options.sentencePause ?? [0.15, 0.7];
  const [tMin, tMax] = options.turnPause ?? [0.5, 1.5];
  transcript.turns.forEach((turn, t) => {
    const voice = voices[t % voices.length]!;
    if (t > 0) silence(tMin + (tMax - tMin) * rnd());
    turnFirstWord.push(words.length);
    turn.sentences.forEach((sentence, k) => {
      const spoken = sentence.words.filter((w) => !w.annotation).map((w) => w.text);
      if (!spoken.length) return;
      if (k > 0) silence(sMin + (sMax - sMin) * rnd());
      sentenceFirstWord.push(words.length);
      const s = espeak.synthesizeWords(spoken, voice);
      const at = length / sampleRate;
      for (const w of s.words) words.push({ start: at + w.start, end: at + w.end });
      push(s.samples);
    });
  });
  const samples = new Float32Array(length);
  let at = 0;
  for (const p of parts) {
    samples.set(p, at);
    at += p.length;
  }
  if (options.snr !== undefined) addNoise(samples, options.snr, rnd);
  return { samples, sampleRate, words, turnFirstWord, sentenceFirstWord };
}

/** Adds white noise at a signal-to-noise ratio measured over the samples louder than −50 dBFS. */
export function addNoise(samples: Float32Array, snr: number, rnd: () => number): void {
  let power = 0;
  let n = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    if (Math.abs(x) > 0.003) {
      power += x * x;
      n++;
    }
  }
  const noiseRms = Math.sqrt(power / Math.max(1, n) / 10 ** (snr / 10));
  // Uniform noise of amplitude a has RMS a/√3.
  const a = noiseRms * Math.sqrt(3);
  for (let i = 0; i < samples.length; i++) samples[i]! += (rnd() * 2 - 1) * a;
}

/**
 * The samples as a telephone line passes them: band-limited below 3.4 kHz (a Hamming-windowed
 * sinc of 101 taps) and resampled to 8 kHz. Synthetic voices matched against the reference
 * through such a line come as close to unrelated speech as real telephone recordings do.
 */
export function toTelephone(samples: Float32Array, sampleRate: number): { samples: Float32Array; sampleRate: number } {
  const taps = 101;
  const half = (taps - 1) / 2;
  const cutoff = 3400 / sampleRate;
  const h = new Float32Array(taps);
  let gain = 0;
  for (let k = 0; k < taps; k++) {
    const m = k - half;
    const sinc = m === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * m) / (Math.PI * m);
    h[k] = sinc * (0.54 - 0.46 * Math.cos((2 * Math.PI * k) / (taps - 1)));
    gain += h[k]!;
  }
  const rate = 8000;
  const out = new Float32Array(Math.floor((samples.length * rate) / sampleRate));
  // The filtered signal at sample i of the input.
  const filtered = (i: number) => {
    let s = 0;
    for (let k = 0; k < taps; k++) {
      const j = i + half - k;
      if (j >= 0 && j < samples.length) s += samples[j]! * h[k]!;
    }
    return s / gain;
  };
  for (let n = 0; n < out.length; n++) {
    const t = (n * sampleRate) / rate;
    const k = Math.floor(t);
    const f = t - k;
    out[n] = filtered(k) * (1 - f) + filtered(k + 1) * f;
  }
  return { samples: out, sampleRate: rate };
}
