/**
 * eSpeak-NG speech synthesis (compiled to WebAssembly) with the time of every word.
 *
 * eSpeak-NG is GPL-3.0, so it is an optional dependency of Parley: only the aligner and the
 * demo-media generator load it, at run time, and nothing the player page loads imports this file.
 *
 * eSpeak reports a "word" event (text position, audio position in ms) when a word starts and a
 * "phoneme" event as each phoneme starts; a phoneme with an empty name is a pause. A word ends
 * where whatever follows its last sounding phoneme begins.
 */
import { lastAtOrBefore } from '../model/time-index.js';

/** How one voice speaks. */
export interface VoiceSettings {
  /** eSpeak voice, optionally with a variant: "en-us", "en-gb-x-rp+m3", "en-us+f2". */
  voice: string;
  /** Words per minute (eSpeak's default is 175). */
  rate?: number;
  /** Base pitch 0–99 (default 50). */
  pitch?: number;
  /** Pitch range 0–99 (default 50): how much the voice rises and falls. */
  range?: number;
}

/** Where a word was spoken in the synthesized audio, in seconds. */
export interface SpokenSpan {
  start: number;
  end: number;
}

export interface Synthesis {
  /** Mono samples in [-1, 1]. */
  samples: Float32Array;
  sampleRate: number;
  /** One entry per input word: where it was spoken (estimated from neighbours if eSpeak gave no event). */
  words: SpokenSpan[];
}

/** A synthesis with its audio as eSpeak makes it: 16-bit samples. */
export interface Pcm {
  pcm: Int16Array;
  sampleRate: number;
  words: SpokenSpan[];
}

export interface EspeakVoice {
  name: string;
  identifier: string;
  languages: { priority: number; name: string }[];
}

interface EspeakEvent {
  type: string;
  text_position: number;
  word_length: number;
  audio_position: number;
  id?: string | number;
}

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(rate: number): void;
  set_pitch(pitch: number): void;
  set_range(range: number): void;
  readonly samplerate: number;
  list_voices(): EspeakVoice[];
  synthesize(text: string, callback: (pcm: Int16Array | null, events: EspeakEvent[] | null) => number): void;
}

const PACKAGE = '@echogarden/espeak-ng-emscripten';

/** A loaded eSpeak-NG engine. Synthesis is synchronous and not re-entrant: use one per worker. */
export class Espeak {
  private constructor(private readonly worker: EspeakWorker) {}

  /**
   * Loads the WebAssembly engine (about a quarter of a second). `importer` imports the package
   * where a bundler must see the import to include it (the page's alignment worker); in Node the
   * package is found at run time and may be missing. `module` is handed to the Emscripten module
   * (a page passes `getPreloadedPackage` with the voice data it fetched itself).
   */
  static async load(importer: () => Promise<unknown> = () => import(/* @vite-ignore */ PACKAGE), module: Record<string, unknown> = {}): Promise<Espeak> {
    let init: (module: Record<string, unknown>) => Promise<{ eSpeakNGWorker: new () => EspeakWorker }>;
    try {
      ({ default: init } = (await importer()) as { default: typeof init });
    } catch {
      throw new Error(
        `eSpeak-NG is not installed. It is an optional dependency (GPL-3.0) used only for alignment and ` +
          `for making demo media: npm install ${PACKAGE}`,
      );
    }
    const engine = await init(module);
    return new Espeak(new engine.eSpeakNGWorker());
  }

  get sampleRate(): number {
    return this.worker.samplerate;
  }

  voices(): EspeakVoice[] {
    return this.worker.list_voices();
  }

  private configure(settings: VoiceSettings): void {
    if (this.worker.set_voice(settings.voice) !== 0) {
      throw new Error(`eSpeak-NG has no voice "${settings.voice}"`);
    }
    // eSpeak keeps rate and pitch across set_voice calls only sometimes: set them every time.
    this.worker.set_rate(settings.rate ?? 175);
    this.worker.set_pitch(settings.pitch ?? 50);
    this.worker.set_range(settings.range ?? 50);
  }

  /**
   * Speaks words (joined by spaces, punctuation kept so that intonation and pauses follow it)
   * and returns the audio and where each word was spoken.
   */
  synthesizeWords(words: readonly string[], settings: VoiceSettings): Synthesis {
    const { pcm, sampleRate, words: spans } = this.speakWords(words, settings);
    return { samples: pcmToFloat(pcm), sampleRate, words: spans };
  }

  /**
   * `synthesizeWords` with the audio as eSpeak makes it, 16-bit samples: half the size, for
   * handing to another thread (turn them into samples with `pcmToFloat`).
   */
  speakWords(words: readonly string[], settings: VoiceSettings): Pcm {
    this.configure(settings);
    // Character ranges of each word in the text handed to eSpeak, to map its events back.
    const offsets: number[] = [];
    let text = '';
    for (const word of words) {
      if (text) text += ' ';
      offsets.push(text.length);
      text += word;
    }
    const chunks: Int16Array[] = [];
    const events: EspeakEvent[] = [];
    this.worker.synthesize(text, (pcm, evs) => {
      if (pcm && pcm.length) chunks.push(new Int16Array(pcm));
      if (evs) for (const e of evs) events.push({ ...e });
      return 0;
    });
    const length = chunks.reduce((n, c) => n + c.length, 0);
    const pcm = new Int16Array(length);
    let at = 0;
    for (const chunk of chunks) {
      pcm.set(chunk, at);
      at += chunk.length;
    }
    const sampleRate = this.worker.samplerate;
    return { pcm, sampleRate, words: wordSpans(events, offsets, length / sampleRate) };
  }
}

/** 16-bit samples as samples in [-1, 1), into `out` if given (at least as long), else a new array. */
export function pcmToFloat(pcm: Int16Array, out = new Float32Array(pcm.length)): Float32Array {
  for (let i = 0; i < pcm.length; i++) out[i] = pcm[i]! / 32768;
  return out.length === pcm.length ? out : out.subarray(0, pcm.length);
}

/** Turns eSpeak's event stream into a start and end for every input word. */
export function wordSpans(events: readonly EspeakEvent[], offsets: readonly number[], duration: number): SpokenSpan[] {
  const starts: (number | null)[] = offsets.map(() => null);
  const ends: (number | null)[] = offsets.map(() => null);
  let current = -1;
  let lastSoundingPhoneme = -1;
  const close = (at: number) => {
    if (current >= 0 && lastSoundingPhoneme >= 0) {
      // The word ends where the event after its last sounding phoneme begins.
      const next = events[lastSoundingPhoneme + 1];
      const end = next ? next.audio_position / 1000 : duration;
      ends[current] = Math.max(ends[current] ?? 0, Math.min(end, at));
    }
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'word') {
      // The word whose text range contains eSpeak's (1-based) text position.
      const w = lastAtOrBefore(offsets, e.text_position - 1);
      if (w < 0) continue;
      if (w !== current) {
        close(e.audio_position / 1000);
        current = w;
        lastSoundingPhoneme = -1;
        if (starts[w] === null) starts[w] = e.audio_position / 1000;
      }
    } else if (e.type === 'phoneme' && current >= 0) {
      if (e.id !== '' && e.id !== undefined) lastSoundingPhoneme = i;
    }
  }
  close(duration);
  return fillGaps(starts, ends, duration);
}

/** Words eSpeak gave no event for share the time between their neighbours evenly. */
function fillGaps(starts: (number | null)[], ends: (number | null)[], duration: number): SpokenSpan[] {
  const n = starts.length;
  const out: SpokenSpan[] = [];
  let i = 0;
  while (i < n) {
    if (starts[i] !== null) {
      const start = starts[i]!;
      const nextStart = starts.slice(i + 1).find((s) => s !== null) ?? duration;
      out.push({ start, end: Math.max(start, Math.min(ends[i] ?? nextStart, nextStart)) });
      i++;
      continue;
    }
    let j = i;
    while (j < n && starts[j] === null) j++;
    const from = i > 0 ? out[i - 1]!.end : 0;
    const to = j < n ? starts[j]! : duration;
    const step = (to - from) / (j - i);
    for (let k = i; k < j; k++) out.push({ start: from + step * (k - i), end: from + step * (k - i + 1) });
    i = j;
  }
  return out;
}
