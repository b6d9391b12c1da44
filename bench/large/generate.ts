/**
 * Large, deterministic inputs for Parley's scale benchmark and tests: hours-long transcripts
 * with word times, waveform peaks for them, and a silent recording long enough to play them.
 *
 * Everything here is pure (no Node, no DOM) so that browser tests can build the same inputs in
 * the page. The same seed always gives the same transcript, peaks and bytes.
 */
import type { Sentence, Speaker, Transcript, Turn, Word } from '../../src/model/transcript.js';
import { seededRandom } from '../../src/media-gen/random.js';

// The same seeded generator as the demo media: one sequence per seed on every machine.
export { seededRandom };

export interface LargeTranscriptOptions {
  /** Seed of the pseudo-random sequence. */
  seed?: number;
  /** Number of turns. */
  turns: number;
  /** Number of words, approximately (within a few percent). */
  words: number;
  /** Length of the recording in seconds; the word times are stretched to end just before it. */
  duration: number;
  /** Title written into the metadata. */
  title?: string;
}

/** The named sizes the benchmark uses. */
export const SIZES = {
  /** About a 22-turn press conference (used until the demo's own timed transcript exists). */
  demo: { seed: 22, turns: 22, words: 2_600, duration: 24 * 60, title: 'Generated press conference, 22 turns' },
  '1h': { seed: 1, turns: 300, words: 9_000, duration: 3_600, title: 'Generated hearing, 1 hour' },
  '3h': { seed: 3, turns: 900, words: 27_000, duration: 3 * 3_600, title: 'Generated hearing, 3 hours' },
  '10h': { seed: 10, turns: 3_000, words: 90_000, duration: 10 * 3_600, title: 'Generated hearing, 10 hours' },
} as const satisfies Record<string, LargeTranscriptOptions>;
export type SizeName = keyof typeof SIZES;

const SPEAKERS: Speaker[] = [
  { id: 'chair', name: 'Chair Alvarez', fullName: 'Maria Alvarez', role: 'Chair' },
  { id: 'ranking', name: 'Senator Okafor', fullName: 'Daniel Okafor', role: 'Ranking Member' },
  { id: 'witness1', name: 'Secretary Lindqvist', fullName: 'Ingrid Lindqvist', role: 'Witness' },
  { id: 'witness2', name: 'Director Haddad', fullName: 'Samir Haddad', role: 'Witness' },
  { id: 'member1', name: 'Senator Brennan', fullName: 'Patrick Brennan', role: 'Member' },
  { id: 'member2', name: 'Senator Nakamura', fullName: 'Emi Nakamura', role: 'Member' },
  { id: 'member3', name: 'Senator Dubois', fullName: 'Claire Dubois', role: 'Member' },
  { id: 'clerk', name: 'The Clerk', role: 'Clerk' },
];

const WORDS = (
  'the of and to a in that is for it on with as we this be our have are not by at from they will ' +
  'which their has but was an would there been more can its about what so all one these were also ' +
  'program budget committee agreement treaty defense security policy question answer record report ' +
  'year years month time people country countries government department agency funding oversight ' +
  'hearing testimony witness secretary director member chair senator minister colleagues support ' +
  'important clear concern concerns issue issues missile system systems cooperation partners region ' +
  'economic military strategic nuclear energy trade border public information process decision ' +
  'review plan plans future current previous regional international national federal administration ' +
  'discussion discussions progress position response responsibility interest interests proposal ' +
  'proposals framework commitment commitments transparency measures verification inspection data ' +
  'analysis evidence assessment estimate estimates cost costs billion million percent number level ' +
  'levels increase reduce reduction continue continued believe think understand expect remain ' +
  'provide ensure address consider discuss review respond explain describe confirm recognise ' +
  'significant substantial difficult necessary possible appropriate serious specific particular ' +
  'general broad recent following several certain however therefore indeed perhaps frankly simply ' +
  'obviously together already again still today tomorrow yesterday morning afternoon week session'
).split(' ');

const OPENERS = ['Thank you', 'Well', 'Yes', 'No', 'Senator', 'Madam Chair', 'Mr. Director', 'Let me say', 'First', 'Again', 'Finally', 'Indeed'];
const QUESTION_OPENERS = ['Can you tell us', 'Would you agree that', 'Is it true that', 'How do you explain', 'What is', 'Why has', 'When will', 'Do you believe'];
const SHORT_TURNS = ['Thank you.', 'Thank you, Madam Chair.', 'Yes.', 'No, Senator.', 'The Senator is recognised.', 'Without objection, so ordered.', 'I yield back.', 'Please proceed.'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** A normal deviate (Box–Muller) from the PRNG. */
function gauss(rnd: () => number): number {
  const u = 1 - rnd();
  const v = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Sentence lengths in words: log-normal around 14, between 3 and 45. */
function sentenceLength(rnd: () => number): number {
  return Math.max(3, Math.min(45, Math.round(Math.exp(2.55 + 0.5 * gauss(rnd)))));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Text of one sentence as words (no times yet). */
function sentenceWords(rnd: () => number, length: number, question: boolean): string[] {
  const words: string[] = [];
  const opener = question ? pick(rnd, QUESTION_OPENERS) : rnd() < 0.25 ? `${pick(rnd, OPENERS)},` : '';
  if (opener) words.push(...opener.split(' '));
  while (words.length < length) {
    let w = pick(rnd, WORDS);
    if (words.length === 0) w = capitalise(w);
    if (words.length > 2 && words.length < length - 2 && rnd() < 0.06) w += ',';
    words.push(w);
  }
  words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '') + (question ? '?' : '.');
  return words;
}

/** Seconds a word takes to say: longer words take longer, with some spread. */
function wordSeconds(rnd: () => number, text: string): number {
  return 0.12 + 0.042 * text.replace(/[^\p{L}\p{N}]/gu, '').length + 0.06 * rnd();
}

/**
 * A hearing-like transcript: several speakers, mostly alternating between members and witnesses,
 * sentences of realistic lengths, some questions and short procedural turns, pauses between
 * words, sentences and turns, every word timed. Word times are stretched so that the last word
 * ends about 5 seconds before `duration`.
 */
export function largeTranscript(options: LargeTranscriptOptions): Transcript {
  const rnd = seededRandom(options.seed ?? 1);
  const meanTurnWords = options.words / options.turns;
  const turns: Turn[] = [];
  let t = 1.5;
  let wordsLeft = options.words;
  for (let k = 0; k < options.turns; k++) {
    const turnsLeft = options.turns - k;
    const speaker =
      k === 0 ? 'chair' : k % 2 === 1 ? pick(rnd, ['chair', 'ranking', 'member1', 'member2', 'member3', 'chair']) : pick(rnd, ['witness1', 'witness2', 'witness1', 'clerk']);
    const asking = k % 2 === 1 && speaker !== 'chair';
    // Short procedural turns now and then; otherwise a length around what is left per turn.
    const short = speaker === 'clerk' || rnd() < 0.08;
    const target = short ? 0 : Math.max(4, Math.round((wordsLeft / turnsLeft) * Math.exp(0.6 * gauss(rnd)) * (meanTurnWords > 40 ? 1 : 1.04)));
    const sentences: Sentence[] = [];
    const texts: string[][] = [];
    if (short) texts.push(pick(rnd, SHORT_TURNS).split(' '));
    else {
      let n = 0;
      while (n < target) {
        const len = Math.min(sentenceLength(rnd), Math.max(3, target - n));
        const question = asking ? rnd() < 0.45 : rnd() < 0.04;
        const words = sentenceWords(rnd, len, question);
        texts.push(words);
        n += words.length;
      }
    }
    const turnStart = t;
    texts.forEach((texts1, s) => {
      const words: Word[] = [];
      for (const text of texts1) {
        const start = t;
        t += wordSeconds(rnd, text);
        words.push({ text, start, end: t });
        t += 0.02 + 0.06 * rnd() + (text.endsWith(',') ? 0.15 + 0.2 * rnd() : 0);
      }
      sentences.push({
        text: texts1.join(' '),
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        words,
        ...(s > 0 && rnd() < 0.12 ? { paragraph: true } : {}),
      });
      t += 0.25 + 0.5 * rnd();
    });
    wordsLeft -= texts.reduce((a, w) => a + w.length, 0);
    turns.push({ speaker, start: turnStart, end: sentences[sentences.length - 1]!.end, annotations: [], sentences });
    t += 0.5 + 1.8 * rnd();
  }
  // Stretch (or squeeze) every time so that the recording's length is used.
  const scale = (options.duration - 5) / t;
  const at = (x: number | null) => (x === null ? null : Math.round(x * scale * 1000) / 1000);
  for (const turn of turns) {
    turn.start = at(turn.start);
    turn.end = at(turn.end);
    for (const sentence of turn.sentences) {
      sentence.start = at(sentence.start);
      sentence.end = at(sentence.end);
      for (const word of sentence.words) {
        word.start = at(word.start);
        word.end = at(word.end);
      }
    }
  }
  const used = new Set(turns.map((x) => x.speaker));
  return {
    metadata: { title: options.title ?? 'Generated hearing', language: 'en', duration: options.duration },
    speakers: SPEAKERS.filter((s) => used.has(s.id)),
    turns,
    questions: [],
    chapters: [],
  };
}

/** Number of words of a transcript (annotations included: they are in the page too). */
export function countWords(transcript: Transcript): number {
  let n = 0;
  for (const turn of transcript.turns) for (const s of turn.sentences) n += s.words.length;
  return n;
}

// ---- Peaks ----------------------------------------------------------------------------------

/** Pixels per second of the generated peaks: 8000 Hz / 400 samples per pixel = 20 px/s. */
export const PEAKS_SAMPLE_RATE = 8_000;
export const PEAKS_SAMPLES_PER_PIXEL = 400;

export interface AudiowaveformJson {
  version: 2;
  channels: 1;
  sample_rate: number;
  samples_per_pixel: number;
  bits: 8;
  length: number;
  data: number[];
}

/**
 * Waveform peaks (audiowaveform JSON, 8 bits) that look like the speech of a transcript: loud
 * where a word is spoken, near silence in pauses. Made from the word times, not from audio, so
 * that a 10-hour waveform takes no decoding anywhere.
 */
export function transcriptPeaks(transcript: Transcript, duration: number, seed = 7): AudiowaveformJson {
  const rnd = seededRandom(seed);
  const pps = PEAKS_SAMPLE_RATE / PEAKS_SAMPLES_PER_PIXEL;
  const length = Math.ceil(duration * pps);
  const level = new Float32Array(length);
  for (const turn of transcript.turns) {
    const loud = 0.45 + 0.35 * rnd();
    for (const s of turn.sentences) {
      for (const w of s.words) {
        if (w.start === null || w.end === null) continue;
        const a = Math.floor(w.start * pps);
        const b = Math.min(length, Math.ceil(w.end * pps));
        for (let i = a; i < b; i++) level[i] = Math.max(level[i]!, loud * (0.55 + 0.45 * rnd()));
      }
    }
  }
  const data = new Array<number>(length * 2);
  for (let i = 0; i < length; i++) {
    const v = Math.max(1, Math.round((level[i]! || 0.01 + 0.02 * rnd()) * 127));
    data[2 * i] = -v;
    data[2 * i + 1] = v;
  }
  return { version: 2, channels: 1, sample_rate: PEAKS_SAMPLE_RATE, samples_per_pixel: PEAKS_SAMPLES_PER_PIXEL, bits: 8, length, data };
}

/** The peaks as audiowaveform writes them: one JSON object, data on one line. */
export function peaksJson(peaks: AudiowaveformJson): string {
  const { data, ...header } = peaks;
  return `${JSON.stringify(header).slice(0, -1)},"data":[${data.join(',')}]}\n`;
}

// ---- Silent audio ---------------------------------------------------------------------------

/**
 * A silent MP3 of at least `seconds`: MPEG-2.5 Layer III, 8 kHz mono at 8 kbit/s, built by
 * repeating one silent frame (4-byte header, 9 bytes of zero side information, zero padding).
 * Each frame is 72 bytes and lasts 576 samples = 72 ms, so an hour takes 3.6 MB and ten hours
 * 36 MB; the stream is constant bit rate, so the browser knows its duration and seeks in it from
 * the file size alone, with range requests. An 8 kHz 8-bit WAV would take 288 MB for ten hours.
 */
export const MP3_FRAME_BYTES = 72;
export const MP3_FRAME_SECONDS = 576 / 8_000;

export function silentMp3(seconds: number): Uint8Array {
  const frames = Math.ceil(seconds / MP3_FRAME_SECONDS);
  const out = new Uint8Array(frames * MP3_FRAME_BYTES);
  // 0xFFE3: sync, MPEG-2.5, Layer III, no CRC. 0x18: 8 kbit/s, 8000 Hz, no padding. 0xC0: mono.
  const header = [0xff, 0xe3, 0x18, 0xc0];
  for (let f = 0; f < frames; f++) out.set(header, f * MP3_FRAME_BYTES);
  return out;
}
