/**
 * Measurements of the demo recording, so that claims about it ("the speakers sound different",
 * "the pace is natural") are numbers: per speaker and voice, the talking time, words per minute,
 * median pitch (F0) and spectral centroid inside their words; the pauses between sentences and
 * between turns; the level of the words against the room tone.
 */
import { framePitch, rmsDb, spectralCentroid } from '../audio/analysis.js';
import { median, percentile } from '../audio/stats.js';
import type { Transcript, Word } from '../model/transcript.js';
import type { VoiceSettings } from '../speech/espeak.js';

/** A word is pronounced when it has a letter or a digit ("--" is punctuation eSpeak does not say). */
export function isPronounced(word: Word): boolean {
  return !word.annotation && /[\p{L}\p{N}]/u.test(word.text);
}

export interface VoiceStats {
  speaker: string;
  speakerName: string;
  voice: VoiceSettings;
  turns: number;
  words: number;
  /** Sum over the turns of (last word end − first word start), seconds. */
  talkSeconds: number;
  /** Words per minute of talking time (pauses between sentences included). */
  wordsPerMinute: number;
  /** Median F0 in Hz over voiced 40 ms frames inside the words. */
  medianF0: number | null;
  /** Median spectral centroid in Hz over 40 ms frames inside the words. */
  medianCentroid: number | null;
  voicedFrames: number;
}

export interface GapStats {
  count: number;
  min: number;
  median: number;
  max: number;
  p10: number;
  p90: number;
}

export interface DemoReport {
  durationSeconds: number;
  /** Sum of all turns' talking time. */
  talkSeconds: number;
  /** Sum of all words' spans. */
  wordSeconds: number;
  words: number;
  voices: VoiceStats[];
  sentenceGaps: GapStats;
  turnGaps: GapStats;
  /** RMS of the room tone measured in the gaps between turns, dBFS (median over gaps). */
  roomToneDb: number;
  /** Share of pronounced words whose RMS is at least 20 dB above the room tone. */
  wordsAboveRoomTone: number;
}

function gapStats(values: number[]): GapStats {
  return {
    count: values.length,
    min: values.length ? Math.min(...values) : 0,
    median: values.length ? median(values) : 0,
    max: values.length ? Math.max(...values) : 0,
    p10: values.length ? percentile(values, 0.1) : 0,
    p90: values.length ? percentile(values, 0.9) : 0,
  };
}

/** Pauses between consecutive spoken sentences, split into within-turn and between-turn gaps. */
export function measureGaps(transcript: Transcript): { sentence: number[]; turn: number[] } {
  const sentence: number[] = [];
  const turn: number[] = [];
  let previousEnd: number | null = null;
  for (const t of transcript.turns) {
    let first = true;
    for (const s of t.sentences) {
      if (s.start === null || s.end === null) continue;
      if (previousEnd !== null) (first ? turn : sentence).push(s.start - previousEnd);
      previousEnd = s.end;
      first = false;
    }
  }
  return { sentence, turn };
}

/** Mean of adjacent pairs: halves the rate for the pitch search (speech F0 is far below 5.5 kHz). */
function halve(frame: Float32Array): Float32Array {
  const out = new Float32Array(frame.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (frame[2 * i]! + frame[2 * i + 1]!) / 2;
  return out;
}

/**
 * Measures the recording against its ground truth. `voices` is the voice of each turn.
 * Pitch and centroid use 40 ms frames that lie wholly inside one pronounced word.
 */
export function measureDemo(transcript: Transcript, voices: readonly VoiceSettings[], samples: Float32Array, sampleRate: number): DemoReport {
  const frame = Math.round(0.04 * sampleRate);
  const gaps = measureGaps(transcript);
  // Room tone: the middle of each gap between turns (away from the speech on either side).
  const roomLevels: number[] = [];
  let previousEnd: number | null = null;
  for (const t of transcript.turns) {
    if (t.start !== null && previousEnd !== null && t.start - previousEnd > 0.4) {
      roomLevels.push(rmsDb(samples, (previousEnd + 0.15) * sampleRate, (t.start - 0.15) * sampleRate));
    }
    if (t.end !== null) previousEnd = t.end;
  }
  const roomToneDb = roomLevels.length ? median(roomLevels) : -Infinity;

  const byVoice = new Map<string, { stats: VoiceStats; f0: number[]; centroid: number[] }>();
  let pronounced = 0;
  let loud = 0;
  let wordSeconds = 0;
  let words = 0;
  transcript.turns.forEach((turn, t) => {
    const voice = voices[t]!;
    const key = `${turn.speaker} ${voice.voice}`;
    let entry = byVoice.get(key);
    if (!entry) {
      const name = transcript.speakers.find((s) => s.id === turn.speaker)?.name ?? turn.speaker;
      entry = {
        stats: { speaker: turn.speaker, speakerName: name, voice, turns: 0, words: 0, talkSeconds: 0, wordsPerMinute: 0, medianF0: null, medianCentroid: null, voicedFrames: 0 },
        f0: [],
        centroid: [],
      };
      byVoice.set(key, entry);
    }
    entry.stats.turns++;
    if (turn.start !== null && turn.end !== null) entry.stats.talkSeconds += turn.end - turn.start;
    for (const sentence of turn.sentences) {
      for (const word of sentence.words) {
        if (word.annotation || word.start === null || word.end === null) continue;
        entry.stats.words++;
        words++;
        wordSeconds += word.end - word.start;
        if (!isPronounced(word)) continue;
        pronounced++;
        if (rmsDb(samples, word.start * sampleRate, word.end * sampleRate) >= roomToneDb + 20) loud++;
        for (let at = Math.ceil(word.start * sampleRate); at + frame <= word.end * sampleRate; at += frame) {
          const f = samples.subarray(at, at + frame);
          if (rmsDb(f) < roomToneDb + 20) continue;
          const pitch = framePitch(halve(f), sampleRate / 2, { minHz: 60, maxHz: 400, threshold: 0.6 });
          if (pitch !== null) entry.f0.push(pitch);
          const c = spectralCentroid(f, sampleRate);
          if (c !== null) entry.centroid.push(c);
        }
      }
    }
  });
  const stats = [...byVoice.values()].map(({ stats, f0, centroid }) => ({
    ...stats,
    wordsPerMinute: stats.talkSeconds > 0 ? stats.words / (stats.talkSeconds / 60) : 0,
    medianF0: f0.length ? median(f0) : null,
    medianCentroid: centroid.length ? median(centroid) : null,
    voicedFrames: f0.length,
  }));
  return {
    durationSeconds: samples.length / sampleRate,
    talkSeconds: stats.reduce((n, s) => n + s.talkSeconds, 0),
    wordSeconds,
    words,
    voices: stats,
    sentenceGaps: gapStats(gaps.sentence),
    turnGaps: gapStats(gaps.turn),
    roomToneDb,
    wordsAboveRoomTone: pronounced ? loud / pronounced : 0,
  };
}

/**
 * How far apart the closest two voices are: for each pair, the larger of their relative
 * differences in median F0 and in median spectral centroid (|a − b| ÷ the smaller); the minimum
 * over all pairs, with the pair. 0.15 means every pair differs by at least 15 % in one of the two.
 */
export function closestVoices(voices: readonly Pick<VoiceStats, 'speakerName' | 'voice' | 'medianF0' | 'medianCentroid'>[]): {
  separation: number;
  pair: [string, string];
} {
  const rel = (a: number | null, b: number | null) => (a === null || b === null ? 0 : Math.abs(a - b) / Math.min(a, b));
  let best = { separation: Infinity, pair: ['', ''] as [string, string] };
  for (let i = 0; i < voices.length; i++) {
    for (let j = i + 1; j < voices.length; j++) {
      const a = voices[i]!;
      const b = voices[j]!;
      const separation = Math.max(rel(a.medianF0, b.medianF0), rel(a.medianCentroid, b.medianCentroid));
      if (separation < best.separation) best = { separation, pair: [`${a.speakerName} (${a.voice.voice})`, `${b.speakerName} (${b.voice.voice})`] };
    }
  }
  return best;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A speaker's name, numbered by voice when one speaker has several (the reporters). */
function label(voices: readonly VoiceStats[], i: number): string {
  const v = voices[i]!;
  const same = voices.filter((o) => o.speaker === v.speaker);
  return same.length > 1 ? `${v.speakerName} (voice ${same.indexOf(v) + 1})` : v.speakerName;
}

/** The report as Markdown tables, ready for docs/demo-media.md. */
export function formatReport(report: DemoReport): string {
  const f = (x: number | null, digits = 0) => (x === null ? '–' : x.toFixed(digits));
  const lines = [
    `| Speaker | eSpeak-NG voice | Rate | Pitch | Turns | Words | Talking time | Words/min | Median F0 (Hz) | Median spectral centroid (Hz) |`,
    `|---|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...report.voices.map(
      (v, i) =>
        `| ${label(report.voices, i)} | \`${v.voice.voice}\` | ${v.voice.rate ?? 175} | ${v.voice.pitch ?? 50} | ${v.turns} | ${v.words} | ${clock(v.talkSeconds)} | ${f(v.wordsPerMinute)} | ${f(v.medianF0)} | ${f(v.medianCentroid)} |`,
    ),
    '',
    `| Pauses (s) | Count | Min | 10th pct | Median | 90th pct | Max |`,
    `|---|---:|---:|---:|---:|---:|---:|`,
    ...(
      [
        ['Between sentences of a turn', report.sentenceGaps],
        ['Between turns', report.turnGaps],
      ] as const
    ).map(([label, g]) => `| ${label} | ${g.count} | ${f(g.min, 2)} | ${f(g.p10, 2)} | ${f(g.median, 2)} | ${f(g.p90, 2)} | ${f(g.max, 2)} |`),
    '',
    `- Duration ${clock(report.durationSeconds)} (${report.durationSeconds.toFixed(3)} s); talking time ${clock(report.talkSeconds)}; ` +
      `words spoken ${report.words}, their spans add up to ${clock(report.wordSeconds)}.`,
    `- Room tone between turns: ${report.roomToneDb.toFixed(1)} dBFS RMS; ` +
      `${(report.wordsAboveRoomTone * 100).toFixed(1)} % of pronounced words are at least 20 dB above it.`,
  ];
  return `${lines.join('\n')}\n`;
}
