/**
 * `npm run bench:align:data`: builds the alignment development set from speech eSpeak-NG did not
 * make (see ./sources.ts), into bench/data/align/ (not committed).
 *
 * Each recording is made of clips joined with pauses of known length, so every phrase start is
 * true by construction: a clip's own speech onset (measured in the clip) plus its offset in the
 * recording. Festival also reports where each word lies in its clip. Variants: noise, 40 s of
 * music and tones before the speech, long and short pauses, a turn cut from the transcript but
 * left in the recording, an aside inserted into the recording, a turn in the transcript that was
 * never spoken. Transcripts are written in several of the formats Parley reads (JSON, WebVTT
 * with rough times, press-release text) and read back to check the truth lines up with them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeWaveToFloat32Channels, encodeWaveFromFloat32Channels } from '@echogarden/wave-codec';
import { readTranscript, writeTranscript } from '../../src/formats/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import { splitSentences } from '../../src/model/segment.js';
import { addNoise, random } from '../align-synth.js';
import { fetchSources, installPeer, SOURCES } from './sources.js';

export const DATA = fileURLToPath(new URL('../data/align/', import.meta.url));
const CACHE = join(DATA, 'cache');
const SET = join(DATA, 'set');
/** Where the peer is installed, apart from Parley's own dependencies. */
export const PEER_FOLDER = join(DATA, 'peer');

/** One spoken clip: its samples, where its speech starts and ends, and (Festival) where each word starts. */
interface Clip {
  samples: Float32Array;
  onset: number;
  end: number;
  words: number[] | null;
  text: string;
}

/** A clip of `samples` saying `text`; its onset is measured unless the synthesizer gave it. */
function spokenClip(samples: Float32Array, rate: number, text: string, onset = speechOnset(samples, rate), words: number[] | null = null): Clip {
  return { samples, onset, end: speechEnd(samples, rate), words, text };
}

/** A clip of text that is never spoken (a turn in the transcript that is not in the recording). */
const unspokenClip = (text: string): Clip => ({ samples: new Float32Array(0), onset: 0, end: 0, words: null, text });

export type Variant = 'clean' | 'noise' | 'music' | 'long' | 'short' | 'cut' | 'aside' | 'unspoken';

export interface Truth {
  /** Start of every spoken word of the transcript, when the source gives word times. */
  words: (number | null)[] | null;
  /** Start of every sentence with spoken words; null for one that was never spoken. */
  phrases: (number | null)[];
  turns: (number | null)[];
  /** Seconds of non-speech (music, tones, noise) before the first word. */
  leadIn: number;
  /** Stretches of the recording that match no text (a cut turn, an aside). */
  unmatched: [number, number][];
  /** Turns of the transcript that are not in the recording. */
  unspokenTurns: number[];
}

export interface Case {
  name: string;
  source: string;
  voice: string;
  /**
   * `new`: a source added after an earlier round's method was tuned (scored since, so seen now);
   * `fresh`: a source added after this round's tuning, kept out of every tuning run and scored once.
   */
  split: 'dev' | 'held-out' | 'new' | 'fresh';
  /** The recording's language (BCP 47). */
  language: string;
  variant: Variant;
  human: boolean;
  audio: string;
  transcript: string;
  truth: string;
  seconds: number;
}

/**
 * The version of the set this builder makes, written into its manifest: a set built by another
 * version is built again (raise it whenever a change to this file changes a recording, a
 * transcript or a truth). 2: onsets kept off a clip's noise floor; later sentences' cues from
 * their share of the clip. 3: an onset goes back through a soft opening consonant. 4: the pauses
 * between clips carry the clips' background.
 */
export const SET_VERSION = 4;

const RATE = 16000;

/**
 * How far a WebVTT cue may lie from its sentence: the set promises at most 1.5 s. A later
 * sentence of a clip has no measured start, only an estimate from its share of the clip's
 * characters, which is up to 0.75 s off where the sentence can be located (the end of a clear
 * pause), so its cue is drawn within 0.7 s of the estimate.
 */
const CUE_ROUGHNESS = 1.5;
const CUE_ROUGHNESS_ESTIMATED = 0.7;

function resample(x: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return x;
  const n = Math.floor((x.length * to) / from);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = (i * from) / to;
    const k = Math.floor(t);
    const f = t - k;
    out[i] = (x[k] ?? 0) * (1 - f) + (x[k + 1] ?? 0) * f;
  }
  return out;
}

function readWav(path: string, rate: number): Float32Array {
  const w = decodeWaveToFloat32Channels(readFileSync(path));
  return resample(w.audioChannels[0]!, w.sampleRate, rate);
}

/** The constants of `speechOnset` (see docs/alignment.md, "The development set"). */
export const ONSET = {
  /** A frame within this many dB of the clip's loudest can be speech. */
  belowLoudest: 30,
  /** ...and it must stand this many dB above the clip's noise floor (its quietest `floorFrames` frames). */
  aboveFloor: 10,
  floorFrames: 5,
  /** Levels are measured above this frequency: a DC offset and slow drift are no sound at all. */
  highPassHz: 20,
  /** Sound is speech once it comes within this many dB of the loudest... */
  speechWithin: 20,
  /**
   * ...counted from its start, through frames that stand `aboveFloor` above the floor (a soft
   * consonant) and across gaps of at most this many frames below it (a stop, a pause between words).
   */
  gapFrames: 10,
  /**
   * A soft opening consonant ("s", "f", "h" at 8 kHz) can lie more than `belowLoudest` under the
   * loudest for 100 ms and more before the vowel: from the first frame found, the onset goes back
   * through frames within this many dB of the loudest (and `aboveFloor` above the floor)...
   */
  softWithin: 50,
  /** ...across gaps of at most this many frames (a sound set apart by more is not the word's opening). */
  softGapFrames: 3,
};

/** Level in dB of every 10 ms frame of `x`. */
function frameLevels(x: Float32Array, rate: number): number[] {
  const hop = Math.round(rate / 100);
  const db: number[] = [];
  for (let at = 0; at + hop <= x.length; at += hop) {
    let s = 0;
    for (let i = at; i < at + hop; i++) s += x[i]! * x[i]!;
    db.push(10 * Math.log10(s / hop + 1e-12));
  }
  return db;
}

/** `x` through a second-order high-pass filter (Butterworth, cut-off `hz`). */
function highPass(x: Float32Array, rate: number, hz: number): Float32Array {
  const w = (2 * Math.PI * hz) / rate;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) * Math.SQRT1_2;
  const a0 = 1 + alpha;
  const b0 = (1 + cos) / 2 / a0;
  const b1 = -(1 + cos) / a0;
  const a1 = (-2 * cos) / a0;
  const a2 = (1 - alpha) / a0;
  const y = new Float32Array(x.length);
  // Started as if the first sample had always been there, so that a clip's offset is no step.
  let x1 = x[0] ?? 0;
  let x2 = x1;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = b0 * x[i]! + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[i]!;
    y2 = y1;
    y1 = v;
    y[i] = v;
  }
  return y;
}

/**
 * The RMS of the clips' background: the lowest of their noise floors (see noiseFloor). A clip cut
 * tight around its speech has its quietest 50 ms inside a word, so its floor can only be too high;
 * the quietest is the recording's background.
 */
function roomTone(clips: readonly Clip[], rate: number): number {
  const floors = clips.filter((c) => c.samples.length).map((c) => noiseFloor(frameLevels(highPass(c.samples, rate, ONSET.highPassHz), rate)));
  return floors.length ? Math.sqrt(10 ** (Math.min(...floors) / 10)) : 0;
}

/** A clip's noise floor: the level of its quietest 50 ms (five frames, their mean power). */
function noiseFloor(db: number[]): number {
  let quietest = Infinity;
  for (let k = 0; k + ONSET.floorFrames <= db.length; k++) {
    let p = 0;
    for (let j = k; j < k + ONSET.floorFrames; j++) p += 10 ** (db[j]! / 10);
    quietest = Math.min(quietest, 10 * Math.log10(p / ONSET.floorFrames));
  }
  return Number.isFinite(quietest) ? quietest : Math.min(...db);
}

/**
 * Where speech starts in a clip, in seconds: the first 10 ms frame (levels measured above 20 Hz)
 * within 30 dB of the clip's loudest and 10 dB above its own noise floor that begins a stretch of
 * sound coming within 20 dB of the loudest (the stretch goes on while frames stay 10 dB above the
 * floor, and across up to 100 ms below it). In a clean clip this is the first frame within 30 dB
 * of the loudest, as it always was, unless a short sound set apart by more than 100 ms of silence
 * comes first (a breath, a click: it makes no stretch of its own); where hiss or hum lies within
 * 30 dB of the loudest (the LibriVox clips), the floor keeps the onset off it. From that frame
 * the onset goes back through a soft opening consonant: frames within 50 dB of the loudest (and
 * 10 dB above the floor), gaps of up to 30 ms between them. An "s" or "f" on an 8 kHz line lies
 * 30–45 dB under the vowel for 100 ms and more, and the first frame within 30 dB was the vowel.
 */
export function speechOnset(x: Float32Array, rate: number): number {
  const db = frameLevels(highPass(x, rate, ONSET.highPassHz), rate);
  const loud = Math.max(...db);
  const audible = noiseFloor(db) + ONSET.aboveFloor;
  const above = Math.max(loud - ONSET.belowLoudest, audible);
  const frame = Math.round(rate / 100) / rate;
  let start = -1;
  let gap = 0;
  for (let k = 0; k < db.length; k++) {
    if (db[k]! > above && start < 0) start = k;
    if (start < 0) continue;
    if (db[k]! >= loud - ONSET.speechWithin) return softOpening(db, start, Math.max(audible, loud - ONSET.softWithin)) * frame;
    if (db[k]! > audible) gap = 0;
    else if (++gap > ONSET.gapFrames) {
      start = -1;
      gap = 0;
    }
  }
  return Math.max(0, start) * frame;
}

/** The first frame of the sound that leads without a gap (see ONSET.softGapFrames) into frame `from`, all of it above `level`. */
function softOpening(db: number[], from: number, level: number): number {
  let start = from;
  for (let k = from - 1; k >= 0 && start - k <= ONSET.softGapFrames + 1; k--) if (db[k]! > level) start = k;
  return start;
}

/** Where speech ends in a clip, in seconds: its onset measured from the end. */
function speechEnd(x: Float32Array, rate: number): number {
  return x.length / rate - speechOnset(x.slice().reverse(), rate);
}

// ---- synthesizers ----
const scmString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Festival: each sentence a clip, with the start of each of its words. */
function festivalClips(voice: string, sentences: string[], work: string): Clip[] {
  mkdirSync(work, { recursive: true });
  const script = [`(${voice})`];
  sentences.forEach((s, k) => {
    script.push(
      `(set! u (SynthText ${scmString(s)}))`,
      // Relative to the folder festival runs in, so that the script is the same in every checkout.
      `(utt.save.wave u ${scmString(`${k}.wav`)} 'riff)`,
      `(format t "CLIP ${k}\\n")`,
      // A token with no syllables (a dash) has no segments: it is left out, and the counts then disagree.
      `(mapcar (lambda (w) (let ((syl (item.relation.daughter1 w 'SylStructure))) (if syl (let ((seg (item.relation.daughter1 syl 'SylStructure))) (if seg (format t "%f\\n" (item.feat seg "segment_start"))))))) (utt.relation.items u 'Word))`,
    );
  });
  const scm = script.join('\n');
  const cached = join(work, 'output.txt');
  // Synthesis is slow on a busy machine: a clip made from the same script is made once.
  // A script written by an earlier builder named each clip by its full path in that checkout.
  const relative = (text: string) => text.replace(/"[^"]*\/(\d+\.wav)"/g, '"$1"');
  const same = existsSync(cached) && existsSync(join(work, 'script.scm')) && relative(readFileSync(join(work, 'script.scm'), 'utf8')) === scm;
  let out: string;
  if (same) out = readFileSync(cached, 'utf8');
  else {
    writeFileSync(join(work, 'script.scm'), scm);
    out = execFileSync('festival', ['--batch', 'script.scm'], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
    writeFileSync(cached, out);
  }
  const starts: number[][] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('CLIP')) starts.push([]);
    else if (line.trim() && starts.length) starts.at(-1)!.push(Number(line));
  }
  return sentences.map((text, k) => {
    const samples = readWav(join(work, `${k}.wav`), RATE);
    const words = starts[k] ?? [];
    // Festival's tokens are Parley's words when the counts agree ("2+2" becomes three words there).
    const parleyWords = splitSentences(text).flatMap((s) => s.words.filter((w) => !w.annotation));
    return spokenClip(samples, RATE, text, words[0] ?? speechOnset(samples, RATE), words.length === parleyWords.length ? words : null);
  });
}

function fliteClips(voice: string, sentences: string[], work: string): Clip[] {
  mkdirSync(work, { recursive: true });
  return sentences.map((text, k) => {
    const file = join(work, `${k}.wav`);
    const said = join(work, `${k}.txt`);
    if (!existsSync(said) || readFileSync(said, 'utf8') !== `${voice}\n${text}`) {
      execFileSync('flite', ['-voice', voice, '-t', text, '-o', file]);
      writeFileSync(said, `${voice}\n${text}`);
    }
    const samples = readWav(file, RATE);
    return spokenClip(samples, RATE, text);
  });
}

// ---- texts ----
/** Turns of the press conference (speaker name, sentences): real text, not written for Parley. */
function pressTurns(): { speaker: string; sentences: string[] }[] {
  const path = fileURLToPath(new URL('../../media/press-conference-2007-10-12.md', import.meta.url));
  const t = readTranscript(readFileSync(path, 'utf8'), { fileName: path }).transcript;
  const name = (id: string) => t.speakers.find((s) => s.id === id)?.name ?? 'Speaker';
  return t.turns
    .map((turn) => ({
      speaker: name(turn.speaker),
      sentences: turn.sentences
        .map((s) => s.words.filter((w) => !w.annotation).map((w) => w.text).join(' '))
        .filter((s) => s.split(' ').length >= 3 && /^[A-Za-z ,.;'?!-]+$/.test(s)),
    }))
    .filter((t) => t.sentences.length)
    .map((t) => ({ ...t, sentences: t.sentences.slice(0, 3) }));
}

/** The Asterisk prompts with ordinary sentences (no tones, digits or fragments) of one language's package. */
function asteriskPrompts(root: string, language: 'en' | 'fr' | 'ru' | 'it' | 'es', voice: string): { file: string; text: string }[] {
  const list = gunzipSync(readFileSync(join(root, `usr/share/doc/asterisk-core-sounds-${language}/core-sounds-${language}.txt.gz`))).toString('utf8');
  const dir = join(root, 'usr/share/asterisk/sounds', voice);
  const out: { file: string; text: string }[] = [];
  for (const line of list.split('\n')) {
    const m = /^([a-z0-9_/-]+): (.+)$/.exec(line.trim());
    if (!m) continue;
    const said = m[2]!.replace(/\s+/g, ' ').trim();
    const text = said.charAt(0).toUpperCase() + said.slice(1);
    const letters = language === 'en' ? /^[A-Za-z ,.'?!]+$/ : /^[\p{L} ,.'?!]+$/u;
    if (!letters.test(text) || text.split(' ').length < 3) continue;
    // A question mark inside a line stands for a letter the list lost (Italian "sar? esattamente" for "sarà").
    if (/\?./.test(text)) continue;
    const file = [join(dir, `${m[1]}.wav`), join(root, 'usr/share/asterisk/sounds', `${m[1]}.wav`)].find(existsSync);
    if (!file) continue;
    // Every prompt a sentence of its own, as it is spoken: a reader joins a line without a full stop to the next.
    out.push({ file, text: /[.?!]$/.test(text) ? text : `${text}.` });
  }
  return out;
}

function librivox(root: string): { file: string; text: string }[] {
  const dir = join(root, 'usr/share/pocketsphinx/test/data/librivox');
  return readFileSync(join(dir, 'transcription'), 'utf8')
    .split('\n')
    .map((l) => /<s> (.+) <\/s> \((.+)\)/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ file: join(dir, `${m[2]}.wav`), text: `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)}.` }));
}

const ASIDE = [
  'Sorry, could somebody close the door at the back, please.',
  'We will take a short break now and come back in a few minutes.',
  'Can everyone hear me at the back of the room?',
];

// ---- assembling a recording ----
interface TurnPlan {
  speaker: string;
  clips: Clip[];
}

function music(seconds: number, rate: number, rnd: () => number): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  const notes = [220, 262, 330, 392, 440, 523, 330, 262];
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const beat = Math.floor(t * 2);
    const f = notes[beat % notes.length]!;
    const env = Math.exp(-3 * (t * 2 - beat));
    let v = 0;
    for (let h = 1; h <= 4; h++) v += Math.sin(2 * Math.PI * f * h * t) / h;
    // A tone section, then a drum-like noise burst on every beat.
    out[i] = 0.12 * env * v + (t % 0.5 < 0.04 ? (rnd() - 0.5) * 0.2 : 0) + (t > seconds / 2 ? 0.08 * Math.sin(2 * Math.PI * 1000 * t) * (beat % 2) : 0);
  }
  return out;
}

function build(plan: TurnPlan[], variant: Variant, rate: number, seed: number, aside: Clip | null, extraTurn: TurnPlan | null) {
  const rnd = random(seed);
  const pieces: Float32Array[] = [];
  let length = 0;
  const push = (a: Float32Array) => {
    pieces.push(a);
    length += a.length;
  };
  const now = () => length / rate;
  // The pauses between clips carry the clips' own background (their quietest noise floor), as a
  // recording's pauses do: digital silence between clips recorded over hiss or hum would make a
  // step in level at every join that no recording has.
  // (From a sequence of its own, so that every other random choice of the recording stays the same.)
  const room = roomTone(plan.flatMap((t) => t.clips).concat(aside ? [aside] : []), rate);
  const roomRnd = random(seed + 4099);
  const silence = (seconds: number) => {
    const out = new Float32Array(Math.round(seconds * rate));
    for (let i = 0; i < out.length; i++) out[i] = (roomRnd() * 2 - 1) * room * Math.sqrt(3);
    return out;
  };
  const pause = (range: [number, number]) => push(silence(range[0] + (range[1] - range[0]) * rnd()));
  const sentencePause: [number, number] = variant === 'long' ? [1.5, 3] : variant === 'short' ? [0.08, 0.2] : [0.3, 0.8];
  const turnPause: [number, number] = variant === 'long' ? [3, 5] : variant === 'short' ? [0.15, 0.3] : [0.7, 1.6];
  let leadIn = 0.4;
  if (variant === 'music') {
    push(music(40, rate, rnd));
    leadIn = 40;
  }
  push(silence(0.4));
  const cutTurn = variant === 'cut' ? Math.floor(plan.length / 2) : -1;
  const asideAfter = variant === 'aside' ? Math.floor(plan.length / 2) : -1;
  const truthTurns: {
    speaker: string;
    text: string[];
    start: number | null;
    /** Where each clip's speech starts (the phrase start of its first sentence) and ends. */
    phrases: (number | null)[];
    ends: (number | null)[];
    words: (number | null)[] | null;
  }[] = [];
  const unmatched: [number, number][] = [];
  plan.forEach((turn, t) => {
    if (t > 0) pause(turnPause);
    const phrases: number[] = [];
    const ends: number[] = [];
    const words: (number | null)[] = [];
    const start = now();
    turn.clips.forEach((clip, k) => {
      if (k > 0) pause(sentencePause);
      phrases.push(now() + clip.onset);
      ends.push(now() + clip.end);
      if (clip.words) words.push(...clip.words.map((w) => now() + w));
      else words.push(...splitSentences(clip.text).flatMap((s) => s.words.filter((w) => !w.annotation).map(() => null)));
      push(clip.samples);
    });
    if (t === cutTurn) unmatched.push([start + turn.clips[0]!.onset, now()]);
    else truthTurns.push({ speaker: turn.speaker, text: turn.clips.map((c) => c.text), start: phrases[0]!, phrases, ends, words: words.some((w) => w !== null) ? words : null });
    if (t === asideAfter && aside) {
      pause(turnPause);
      const a = now() + aside.onset;
      push(aside.samples);
      unmatched.push([a, now()]);
    }
  });
  push(silence(0.6));
  const unspokenTurns: number[] = [];
  if (variant === 'unspoken' && extraTurn?.clips.length) {
    const at = Math.floor(truthTurns.length / 2);
    truthTurns.splice(at, 0, { speaker: extraTurn.speaker, text: extraTurn.clips.map((c) => c.text), start: null, phrases: extraTurn.clips.map(() => null), ends: extraTurn.clips.map(() => null), words: null });
    unspokenTurns.push(at);
  }
  const samples = new Float32Array(length);
  let at = 0;
  for (const p of pieces) {
    samples.set(p, at);
    at += p.length;
  }
  if (variant === 'noise') addNoise(samples, 15, rnd);
  else addNoise(samples, 45, rnd); // a faint floor: no recording is digitally silent
  return { samples, truthTurns, unmatched, unspokenTurns, leadIn };
}

/** Writes the transcript in a format Parley reads and the truth lined up with what is read back. */
function writeCase(c: Omit<Case, 'audio' | 'transcript' | 'truth' | 'seconds'>, built: ReturnType<typeof build>, rate: number, format: 'json' | 'vtt' | 'press', seed: number): Case {
  const speakers = [...new Set(built.truthTurns.map((t) => t.speaker))];
  const id = (name: string) => `s${speakers.indexOf(name)}`;
  const phraseOf = (t: (typeof built.truthTurns)[number]) => {
    // A clip may hold more than one of Parley's sentences: later ones have no measured start.
    const out: (number | null)[] = [];
    t.text.forEach((s, j) => splitSentences(s).forEach((_x, n) => out.push(n === 0 ? t.phrases[j] ?? null : null)));
    return out;
  };
  /**
   * Where each sentence is likely spoken, for rough cues: a clip's first sentence at its measured
   * start; a later one (no measured start) that far into the clip's speech as the characters
   * before it are into the clip's text.
   */
  const likelyStartOf = (t: (typeof built.truthTurns)[number]) => {
    const out: { at: number | null; measured: boolean }[] = [];
    t.text.forEach((text, j) => {
      const sentences = splitSentences(text).map((x) => x.words.map((w) => w.text).join(' ').length + 1);
      const [from, to] = [t.phrases[j] ?? null, t.ends[j] ?? null];
      const total = sentences.reduce((a, b) => a + b, 0);
      let before = 0;
      for (const length of sentences) {
        out.push({ at: from === null || to === null ? null : from + ((to - from) * before) / total, measured: before === 0 });
        before += length;
      }
    });
    return out;
  };
  const rnd = random(seed + 99);
  // Later sentences draw from a sequence of their own, so the cues of first sentences are as they were.
  const rndLater = random(seed + 199);
  const rough = ({ at, measured }: { at: number | null; measured: boolean }) =>
    at === null
      ? null
      : Math.max(0, Math.round((at + ((measured ? rnd() : rndLater()) * 2 - 1) * (measured ? CUE_ROUGHNESS : CUE_ROUGHNESS_ESTIMATED)) * 10) / 10);
  const transcript: Transcript = {
    metadata: { language: c.language },
    speakers: speakers.map((name, k) => ({ id: `s${k}`, name })),
    turns: built.truthTurns.map((t) => {
      const sentences = t.text.flatMap((s) => splitSentences(s));
      return { speaker: id(t.speaker), start: null, end: null, annotations: [], sentences };
    }),
    questions: [],
    chapters: [],
  };
  if (format === 'vtt') {
    // Rough times, as a captioner's file would have: every cue up to 1.5 s off, in order.
    let last = 0;
    built.truthTurns.forEach((t, k) => {
      if (t.start === null) return;
      const starts = likelyStartOf(t);
      transcript.turns[k]!.sentences.forEach((s, j) => {
        s.start = Math.max(last, rough(starts[j]!) ?? last);
        s.end = s.start + 0.5;
        last = s.end;
      });
    });
  }
  const base = join(SET, c.name);
  let text: string;
  if (format === 'json') text = writeTranscript(transcript, 'json');
  else if (format === 'vtt') text = writeTranscript(transcript, 'vtt');
  else text = built.truthTurns.map((t) => `${t.speaker.toUpperCase()}: ${t.text.join(' ')}`).join('\n\n');
  const transcriptPath = `${base}.${format === 'press' ? 'txt' : format}`;
  writeFileSync(transcriptPath, text);
  // The truth is indexed by what a reader gives back; check it gives back what was spoken.
  const back = readTranscript(text, { fileName: transcriptPath }).transcript;
  const spokenBack = back.turns.map((t) => t.sentences.filter((s) => s.words.some((w) => !w.annotation)).length);
  const spokenHere = transcript.turns.map((t) => t.sentences.length);
  if (JSON.stringify(spokenBack) !== JSON.stringify(spokenHere)) {
    throw new Error(`${c.name}: the ${format} reader gives back other sentences than were written (${spokenBack} for ${spokenHere})`);
  }
  const wordsKnown = built.truthTurns.every((t) => t.words !== null || t.start === null);
  const truth: Truth = {
    words: wordsKnown ? built.truthTurns.flatMap((t, k) => t.words ?? back.turns[k]!.sentences.flatMap((s) => s.words.filter((w) => !w.annotation).map(() => null))) : null,
    phrases: built.truthTurns.flatMap(phraseOf),
    turns: built.truthTurns.map((t) => t.start),
    leadIn: built.leadIn,
    unmatched: built.unmatched,
    unspokenTurns: built.unspokenTurns,
  };
  const spokenCount = back.turns.reduce((n, t) => n + t.sentences.reduce((m, s) => m + s.words.filter((w) => !w.annotation).length, 0), 0);
  if (truth.words && truth.words.length !== spokenCount) truth.words = null;
  writeFileSync(`${base}.truth.json`, JSON.stringify(truth));
  writeFileSync(`${base}.wav`, encodeWaveFromFloat32Channels([built.samples], rate));
  return { ...c, audio: `${base}.wav`, transcript: transcriptPath, truth: `${base}.truth.json`, seconds: built.samples.length / rate };
}



export async function buildSet(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<Case[]> {
  const root = fetchSources(CACHE, log);
  installPeer(PEER_FOLDER, log);
  rmSync(SET, { recursive: true, force: true });
  mkdirSync(SET, { recursive: true });
  const work = join(CACHE, 'work');
  const cases: Case[] = [];
  const press = pressTurns();
  let seed = 1;
  const asideClip = (synth: (s: string[]) => Clip[]) => synth([ASIDE[seed % ASIDE.length]!])[0]!;
  // Synthesizers: each voice reads eight turns of the press conference, a window of its own.
  const synths = [
    { source: 'festival', voice: 'voice_kal_diphone', split: 'dev' as const, variants: ['clean', 'music', 'cut'] as Variant[], format: 'json' as const },
    { source: 'festival', voice: 'voice_cmu_us_slt_arctic_hts', split: 'dev' as const, variants: ['noise', 'aside', 'long'] as Variant[], format: 'vtt' as const },
    { source: 'festival', voice: 'voice_ked_diphone', split: 'held-out' as const, variants: ['clean', 'music'] as Variant[], format: 'json' as const },
    { source: 'flite', voice: 'awb', split: 'dev' as const, variants: ['clean', 'music', 'unspoken'] as Variant[], format: 'press' as const },
    { source: 'flite', voice: 'slt', split: 'dev' as const, variants: ['noise', 'short'] as Variant[], format: 'json' as const },
    { source: 'flite', voice: 'rms', split: 'held-out' as const, variants: ['clean'] as Variant[], format: 'vtt' as const },
  ];
  let window = 0;
  for (const s of synths) {
    for (const variant of s.variants) {
      const turns = press.slice(window % (press.length - 9), (window % (press.length - 9)) + 9);
      window += 7;
      const clipsOf = (sentences: string[], tag: string) =>
        s.source === 'festival' ? festivalClips(s.voice, sentences, join(work, tag)) : fliteClips(s.voice, sentences, join(work, tag));
      const name = `${s.source}-${s.voice.replace(/^voice_/, '').replace(/_.*/, '')}-${variant}`;
      log(`Building ${name}…`);
      const plan = turns.slice(0, 6).map((t, k) => ({ speaker: t.speaker, clips: clipsOf(t.sentences, `${name}-${k}`) }));
      const other = s.source === 'festival' ? (x: string[]) => fliteClips('rms', x, join(work, `${name}-aside`)) : (x: string[]) => festivalClips('voice_kal_diphone', x, join(work, `${name}-aside`));
      const extra = { speaker: turns[6]!.speaker, clips: turns[6]!.sentences.map(unspokenClip) };
      const built = build(plan, variant, RATE, seed, variant === 'aside' ? asideClip(other) : null, extra);
      const src = SOURCES.find((x) => x.id === s.source)!;
      cases.push(writeCase({ name, source: s.source, voice: s.voice, split: s.split, variant, human: src.human, language: 'en' }, built, RATE, s.format, seed));
      seed++;
    }
  }
  // Real speech: Allison's prompts, three to a turn; the last 36 are held out.
  const prompts = asteriskPrompts(root, 'en', 'en_US_f_Allison');
  const devCount = prompts.length - 36;
  const allison: { split: 'dev' | 'held-out'; variant: Variant; format: 'json' | 'vtt' | 'press' }[] = [
    { split: 'dev', variant: 'clean', format: 'json' },
    { split: 'dev', variant: 'noise', format: 'vtt' },
    { split: 'dev', variant: 'music', format: 'json' },
    { split: 'dev', variant: 'short', format: 'press' },
    { split: 'dev', variant: 'cut', format: 'json' },
    { split: 'dev', variant: 'aside', format: 'json' },
    { split: 'dev', variant: 'unspoken', format: 'json' },
    { split: 'held-out', variant: 'clean', format: 'json' },
    { split: 'held-out', variant: 'music', format: 'vtt' },
  ];
  const used = { dev: 0, 'held-out': devCount };
  const take = (split: 'dev' | 'held-out', n: number) => {
    const from = used[split];
    used[split] += n;
    const limit = split === 'dev' ? devCount : prompts.length;
    if (used[split] > limit) throw new Error(`not enough Asterisk prompts for the ${split} set`);
    return prompts.slice(from, from + n);
  };
  const A_RATE = 8000;
  const clip = (p: { file: string; text: string }, rate: number): Clip => spokenClip(readWav(p.file, rate), rate, p.text);
  for (const a of allison) {
    const name = `allison-${a.split === 'dev' ? 'dev' : 'held'}-${a.variant}`;
    log(`Building ${name}…`);
    const plan = Array.from({ length: 6 }, (_, k) => ({ speaker: k % 2 ? 'Operator' : 'Receptionist', clips: take(a.split, 3).map((p) => clip(p, A_RATE)) }));
    const asidePrompt = a.variant === 'aside' ? clip(take(a.split, 1)[0]!, A_RATE) : null;
    const unspoken = a.variant === 'unspoken' ? take(a.split, 2) : [];
    const extra = { speaker: 'Operator', clips: unspoken.map((p) => unspokenClip(p.text)) };
    const built = build(plan, a.variant, A_RATE, seed, asidePrompt, extra);
    cases.push(writeCase({ name, source: 'allison', voice: 'Allison Smith', split: a.split, variant: a.variant, human: true, language: 'en' }, built, A_RATE, a.format, seed));
    seed++;
  }
  // LibriVox: five read sentences, held out.
  const clips = librivox(root);
  for (const variant of ['clean'] as Variant[]) {
    const name = `librivox-held-${variant}`;
    log(`Building ${name}…`);
    const plan = clips.map((p, k) => ({ speaker: k % 2 ? 'Reader' : 'Narrator', clips: [clip(p, RATE)] }));
    const built = build(plan, variant, RATE, seed, null, null);
    cases.push(writeCase({ name, source: 'librivox', voice: 'LibriVox reader', split: 'held-out', variant, human: true, language: 'en' }, built, RATE, 'json', seed));
    seed++;
  }
  // Sources added after the method was tuned, kept aside and scored once (split `new`): human
  // speech in other languages, read by other speakers, against eSpeak-NG's voice for the language.
  const newSource = (source: string, voice: string, prompts: { file: string; text: string }[], speakers: [string, string], language: string, split: 'new' | 'fresh' = 'new') => {
    let next = 0;
    for (const j of [
      { variant: 'clean' as Variant, format: 'json' as const },
      { variant: 'music' as Variant, format: 'vtt' as const },
      { variant: 'cut' as Variant, format: 'press' as const },
    ]) {
      const name = `${source}-${split}-${j.variant}`;
      log(`Building ${name}…`);
      const plan = Array.from({ length: 6 }, (_, k) => ({ speaker: speakers[k % 2]!, clips: prompts.slice(next + 3 * k, next + 3 * k + 3).map((p) => clip(p, A_RATE)) }));
      next += 18;
      if (next > prompts.length) throw new Error(`not enough Asterisk prompts for ${source}`);
      const built = build(plan, j.variant, A_RATE, seed, null, null);
      cases.push(writeCase({ name, source, voice, split, variant: j.variant, human: true, language }, built, A_RATE, j.format, seed));
      seed++;
    }
  };
  // French, June Wallack: added after an earlier round's tuning.
  newSource('june', 'June Wallack', asteriskPrompts(root, 'fr', 'fr_CA_f_June'), ['Accueil', 'Standardiste'], 'fr');
  // Russian, the IVRvoice.ru speaker: added after June had been scored more than once, as a fresh check.
  newSource('ivrvoice', 'IVRvoice.ru female speaker', asteriskPrompts(root, 'ru', 'ru_RU_f_IvrvoiceRU'), ['Секретарь', 'Оператор'], 'ru');
  // Kept out of every tuning run of the refusal test that replaced the single threshold, scored once
  // (split `fresh`): a male voice no tuning has seen (Italian), and the English source's speaker
  // in another language (Spanish, Mexico).
  newSource('carlo', 'Carlo Flora', asteriskPrompts(root, 'it', 'it_IT_m_Carlo'), ['Centralino', 'Operatore'], 'it', 'fresh');
  newSource('allison-es', 'Allison Smith (Spanish)', asteriskPrompts(root, 'es', 'es_MX_f_Allison'), ['Recepción', 'Operadora'], 'es', 'fresh');
  writeFileSync(join(SET, 'manifest.json'), JSON.stringify({ version: SET_VERSION, sources: SOURCES, cases }, null, 2));
  log(`${cases.length} recordings, ${(cases.reduce((n, c) => n + c.seconds, 0) / 60).toFixed(1)} minutes, in ${SET}`);
  return cases;
}

/** The set as built, or null when it is missing or was built by another version of this builder. */
export function loadSet(): Case[] | null {
  const m = join(SET, 'manifest.json');
  if (!existsSync(m)) return null;
  const manifest = JSON.parse(readFileSync(m, 'utf8')) as { version?: number; cases: Case[] };
  return manifest.version === SET_VERSION ? manifest.cases : null;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSet();
