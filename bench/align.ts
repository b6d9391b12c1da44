/**
 * `npm run bench:align`: accuracy, speed and memory of `parley align`.
 *
 * Cases:
 * - demo: the demo recording (a voice per speaker) and its press-release transcript.
 * - harder: the same recording with every pause between sentences and turns stretched ×1.75,
 *   a minute of unrelated sound before it (noise, tones, then unrelated synthetic speech) and
 *   white noise at 20 dB SNR over everything.
 * - 60 min: the demo recording three times over (MP3 frames concatenated, about 63 minutes)
 *   with the transcript repeated, for speed and memory.
 *
 * Each run is a child process (so that its peak RSS is its own) that sees only the recording
 * and the untimed transcript; the ground truth is compared afterwards, here. Times are medians
 * of BENCH_RUNS runs (default 3) and are also given as a ratio to a baseline measured in the
 * same session: decoding the same recording alone, in a child process too.
 * Prints one table and writes bench/results/align.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTranscript, writeTranscript } from '../src/formats/index.js';
import type { Transcript, Word } from '../src/model/transcript.js';
import { median } from '../src/audio/stats.js';

const ROOT = new URL('../', import.meta.url);
const RESULTS = new URL('bench/results/', ROOT);
const path = (u: URL) => fileURLToPath(u);
const MEDIA = new URL('media/press-conference-2007-10-12.mp3', ROOT);
const TEXT = new URL('media/press-conference-2007-10-12.md', ROOT);
const TRUTH = new URL('media/press-conference-2007-10-12.json', ROOT);

export interface ChildResult {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  matchScore?: number;
  /** Milliseconds from the start of `alignFile` to the end of each stage (see `AlignTimings`). */
  timings?: Record<string, number>;
  error?: string;
}

// ---- child: one alignment (or the decode-only baseline), measured from inside ----
async function child(mode: string, media: string, transcriptPath: string, out: string): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result: ChildResult = { wallMs: 0, cpuMs: 0, maxRssMb: 0 };
  try {
    if (mode === 'decode') {
      const { decodeAudio } = await import('../src/audio/decode.js');
      await decodeAudio(new Uint8Array(readFileSync(media)), media);
    } else {
      const { alignFile } = await import('../src/node/align.js');
      const { transcript } = readTranscript(readFileSync(transcriptPath, 'utf8'), { fileName: transcriptPath });
      // 'align-slow-speaker': the reference is spoken at 260 words a minute instead of 175, so that
      // the recording is read about 1.5 times as slowly as it, and the rate pass runs.
      const aligned = await alignFile(media, transcript, mode === 'align-slow-speaker' ? { rate: 260 } : {});
      writeFileSync(out, writeTranscript(aligned.transcript, 'json'));
      result.matchScore = aligned.alignment.matchScore;
      // Older versions of alignFile (a baseline checked out by bench:align-speed) give no timings.
      if (aligned.timings) result.timings = { ...aligned.timings };
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  const cpu = process.cpuUsage(c0);
  result.wallMs = performance.now() - t0;
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  result.maxRssMb = peakRssMb();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * This process's peak resident memory, worker threads included. On Linux from VmHWM, which
 * starts afresh at exec: getrusage's maxRSS does not, and would report the benchmark's own
 * memory at the time it spawned this child.
 */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

export function runChild(mode: string, media: string, transcript: string, out: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path(new URL('bench/align.ts', ROOT)), '--child', mode, media, transcript, out], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as ChildResult;
  } catch {
    return { wallMs: NaN, cpuMs: NaN, maxRssMb: NaN, error: `child failed: ${r.stderr.slice(-500)}` };
  }
}

// ---- cases ----
const spoken = (t: Transcript): Word[] => t.turns.flatMap((x) => x.sentences.flatMap((s) => s.words.filter((w) => !w.annotation)));

function stripTimes(t: Transcript): Transcript {
  return {
    ...t,
    metadata: { ...t.metadata, duration: undefined },
    turns: t.turns.map((x) => ({
      ...x,
      start: null,
      end: null,
      sentences: x.sentences.map((s) => ({ ...s, start: null, end: null, words: s.words.map((w) => ({ ...w, start: null, end: null })) })),
    })),
  };
}

/** Adds `by` seconds to every time of a transcript. */
function shift(t: Transcript, by: number): Transcript {
  const f = (v: number | null) => (v === null ? null : v + by);
  return {
    ...t,
    turns: t.turns.map((x) => ({
      ...x,
      start: f(x.start),
      end: f(x.end),
      sentences: x.sentences.map((s) => ({ ...s, start: f(s.start), end: f(s.end), words: s.words.map((w) => ({ ...w, start: f(w.start), end: f(w.end) })) })),
    })),
  };
}

/** The harder recording and its truth, made from the demo recording and its truth. */
async function makeHarder(wav: URL, truthOut: URL): Promise<void> {
  const { decodeAudio } = await import('../src/audio/decode.js');
  const { encodeWaveFromFloat32Channels } = await import('@echogarden/wave-codec');
  const { Espeak } = await import('../src/speech/espeak.js');
  const { addNoise, random } = await import('./align-synth.js');
  const audio = await decodeAudio(new Uint8Array(readFileSync(MEDIA)), 'demo');
  const rate = audio.sampleRate;
  const truth = readTranscript(readFileSync(TRUTH, 'utf8'), { fileName: 'truth.json' }).transcript;
  // Every gap between consecutive sentences (across turns too), in recording order.
  const sentences = truth.turns.flatMap((t) => t.sentences).filter((s) => s.start !== null && s.end !== null);
  const pieces: Float32Array[] = [];
  const inserts: { at: number; extra: number }[] = [];
  let from = 0;
  for (let k = 1; k < sentences.length; k++) {
    const gapStart = sentences[k - 1]!.end!;
    const gapEnd = sentences[k]!.start!;
    const gap = gapEnd - gapStart;
    if (gap < 0.05) continue;
    // Stretch the pause ×1.75 by repeating its own middle (room tone stays room tone).
    const mid = Math.round(((gapStart + gapEnd) / 2) * rate);
    const extra = Math.round(gap * 0.75 * rate);
    const src = audio.samples.subarray(Math.round((gapStart + gap * 0.3) * rate), Math.round((gapEnd - gap * 0.3) * rate));
    pieces.push(audio.samples.subarray(from, mid));
    const fill = new Float32Array(extra);
    for (let i = 0; i < extra; i++) fill[i] = src.length ? src[i % src.length]! : 0;
    pieces.push(fill);
    inserts.push({ at: mid / rate, extra: extra / rate });
    from = mid;
  }
  pieces.push(audio.samples.subarray(from));
  // A minute of unrelated sound: 20 s of noise and tones, then 40 s of unrelated speech.
  const rnd = random(2024);
  const lead = new Float32Array(60 * rate);
  for (let i = 0; i < 20 * rate; i++) {
    const t = i / rate;
    const f = [330, 550, 880, 1200][Math.floor(t / 2) % 4]!;
    lead[i] = (rnd() - 0.5) * 0.08 + 0.15 * Math.sin(2 * Math.PI * f * t) * (Math.floor(t) % 2);
  }
  const espeak = await Espeak.load();
  const other = espeak.synthesizeWords(
    ('The weather service expects light rain over the coast tonight, clearing by morning. Traffic on the northern ' +
      'bridge will be reduced to one lane while repairs continue. In sport, the home team won its third match in a ' +
      'row after a late goal. Tickets for the autumn concert series go on sale next week at the city box office. ' +
      'The library will extend its opening hours during the exam period, and the museum opens a new gallery of maps.').split(' '),
    { voice: 'en-gb-x-rp+f3', rate: 165 },
  );
  lead.set(other.samples.subarray(0, Math.min(other.samples.length, 40 * rate)), 20 * rate);
  const total = lead.length + pieces.reduce((n, p) => n + p.length, 0);
  const samples = new Float32Array(total);
  samples.set(lead, 0);
  let at = lead.length;
  for (const p of pieces) {
    samples.set(p, at);
    at += p.length;
  }
  addNoise(samples, 20, rnd);
  writeFileSync(wav, encodeWaveFromFloat32Channels([samples], rate));
  const moved = (v: number | null) => (v === null ? null : 60 + v + inserts.filter((x) => x.at <= v).reduce((s, x) => s + x.extra, 0));
  const out: Transcript = {
    ...truth,
    turns: truth.turns.map((x) => ({
      ...x,
      start: moved(x.start),
      end: moved(x.end),
      sentences: x.sentences.map((s) => ({ ...s, start: moved(s.start), end: moved(s.end), words: s.words.map((w) => ({ ...w, start: moved(w.start), end: moved(w.end) })) })),
    })),
  };
  writeFileSync(truthOut, writeTranscript(out, 'json'));
}

/** About 63 minutes: the demo MP3 three times (frame by frame), the transcript three times. */
export async function makeLong(mp3: URL, transcriptOut: URL, truthOut: URL): Promise<void> {
  const bytes = readFileSync(MEDIA);
  const all = new Uint8Array(bytes.length * 3);
  for (let k = 0; k < 3; k++) all.set(bytes, k * bytes.length);
  writeFileSync(mp3, all);
  const { decodeAudio } = await import('../src/audio/decode.js');
  const one = await decodeAudio(new Uint8Array(bytes), 'demo');
  const duration = one.samples.length / one.sampleRate;
  const truth = readTranscript(readFileSync(TRUTH, 'utf8'), { fileName: 'truth.json' }).transcript;
  const repeated = (t: Transcript): Transcript => ({ ...t, turns: [0, 1, 2].flatMap((k) => shift(t, k * duration).turns), questions: [], chapters: [] });
  writeFileSync(truthOut, writeTranscript(repeated(truth), 'json'));
  writeFileSync(transcriptOut, writeTranscript(stripTimes(repeated(truth)), 'json'));
}

// ---- comparison ----
interface Errors {
  median: number;
  p90: number;
  within50: number;
  within100: number;
  within200: number;
  count: number;
}

function errors(found: (number | null)[], truth: (number | null)[]): Errors {
  const e = found.map((f, k) => (f === null || truth[k] === null ? Infinity : Math.abs(f - truth[k]!) * 1000)).sort((a, b) => a - b);
  const q = (p: number) => e[Math.min(e.length - 1, Math.floor(p * (e.length - 1)))]!;
  const share = (ms: number) => (100 * e.filter((x) => x <= ms).length) / e.length;
  return { median: q(0.5), p90: q(0.9), within50: share(50), within100: share(100), within200: share(200), count: e.length };
}

function compare(outPath: URL, truthPath: URL) {
  const found = readTranscript(readFileSync(outPath, 'utf8'), { fileName: 'out.json' }).transcript;
  const truth = readTranscript(readFileSync(truthPath, 'utf8'), { fileName: 'truth.json' }).transcript;
  return {
    turns: errors(found.turns.map((t) => t.start), truth.turns.map((t) => t.start)),
    sentences: errors(
      found.turns.flatMap((t) => t.sentences.filter((s) => s.words.some((w) => !w.annotation)).map((s) => s.start)),
      truth.turns.flatMap((t) => t.sentences.filter((s) => s.words.some((w) => !w.annotation)).map((s) => s.start)),
    ),
    words: errors(spoken(found).map((w) => w.start), spoken(truth).map((w) => w.start)),
  };
}


async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  mkdirSync(RESULTS, { recursive: true });
  console.log(`Load when starting: ${loadAverage()}`);
  // The development set: speech eSpeak did not make, with Parley and echogarden side by side.
  if (process.env.BENCH_ALIGN_SET !== '0') {
    const { buildSet, loadSet, DATA } = await import('./align/build.js');
    if (!loadSet()) await buildSet();
    const { benchSet } = await import('./align/set.js');
    const { DEFAULT_ALIGN } = await import('../src/align/align.js');
    const subset = setSubset(process.argv.slice(2));
    const set = await benchSet(`${DATA}set/manifest.json`, RESULTS, DEFAULT_ALIGN, subset);
    for (const line of set.lines) console.log(line);
    console.log('');
    // A subset is for tuning: its results do not replace the whole set's, and the speed cases are not run.
    const whole = !subset.sources && !subset.sets && !subset.parleyOnly && !subset.noPeer;
    if (whole) writeFileSync(new URL('align-set.json', RESULTS), JSON.stringify(set.json, null, 2));
    if (process.env.BENCH_ALIGN_DEMO === '0' || !whole) return;
  }
  const harderWav = new URL('align-harder.wav', RESULTS);
  const harderTruth = new URL('align-harder.truth.json', RESULTS);
  const longMp3 = new URL('align-60min.mp3', RESULTS);
  const longText = new URL('align-60min.json', RESULTS);
  const longTruth = new URL('align-60min.truth.json', RESULTS);
  process.stderr.write('Preparing the harder case and the 60-minute input…\n');
  await makeHarder(harderWav, harderTruth);
  await makeLong(longMp3, longText, longTruth);

  const cases = [
    { name: 'demo', media: MEDIA, transcript: TEXT, truth: TRUTH, runs },
    { name: 'harder', media: harderWav, transcript: TEXT, truth: harderTruth, runs: 1 },
    { name: '60 min', media: longMp3, transcript: longText, truth: longTruth, runs },
  ];
  const rows = [];
  for (const c of cases) {
    const out = new URL(`align-${c.name.replace(/\s+/g, '')}.out.json`, RESULTS);
    const measured: ChildResult[] = [];
    const baseline: ChildResult[] = [];
    for (let r = 0; r < c.runs; r++) {
      process.stderr.write(`${c.name}: run ${r + 1} of ${c.runs}…\n`);
      measured.push(runChild('align', path(c.media), path(c.transcript), path(out)));
      baseline.push(runChild('decode', path(c.media), '', ''));
    }
    const failed = measured.find((m) => m.error);
    if (failed) {
      rows.push({ case: c.name, error: failed.error });
      continue;
    }
    // The aligner writes the recording's duration into the transcript it returns.
    const found = readTranscript(readFileSync(out, 'utf8'), { fileName: 'out.json' }).transcript;
    const audioMinutes = found.metadata.duration! / 60;
    const wall = median(measured.map((m) => m.wallMs)) / 1000;
    rows.push({
      case: c.name,
      audioMinutes,
      ...compare(out, c.truth),
      seconds: wall,
      cpuSeconds: median(measured.map((m) => m.cpuMs)) / 1000,
      secondsPerMinute: wall / audioMinutes,
      decodeBaselineSeconds: median(baseline.map((m) => m.wallMs)) / 1000,
      ratioToDecode: wall / (median(baseline.map((m) => m.wallMs)) / 1000),
      peakRssMb: Math.max(...measured.map((m) => m.maxRssMb)),
      matchScore: measured[0]!.matchScore,
      runs: c.runs,
    });
  }
  const f0 = (v: number) => v.toFixed(0);
  const f1 = (v: number) => v.toFixed(1);
  const header = ['case', 'audio', 'turn ≤100/≤200 ms', 'sentence median', 'word median', 'word p90', 'word ≤50/≤100/≤200 ms', 'time (cpu)', 's per audio min', '× decode', 'peak RSS'];
  const lines = rows.map((r) =>
    'error' in r
      ? [r.case, `failed: ${r.error}`]
      : [
          r.case,
          `${f1(r.audioMinutes!)} min`,
          `${f1(r.turns!.within100)} / ${f1(r.turns!.within200)} %`,
          `${f0(r.sentences!.median)} ms`,
          `${f0(r.words!.median)} ms`,
          `${f0(r.words!.p90)} ms`,
          `${f1(r.words!.within50)} / ${f1(r.words!.within100)} / ${f1(r.words!.within200)} %`,
          `${f1(r.seconds!)} s (${f1(r.cpuSeconds!)} s)`,
          `${r.secondsPerMinute!.toFixed(2)} s`,
          `${r.ratioToDecode!.toFixed(2)}`,
          `${f0(r.peakRssMb!)} MB`,
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; times are medians of ${runs} runs; "× decode" is the time over decoding the same file alone.`);
  console.log(`Load when done: ${loadAverage()}`);
  writeFileSync(new URL('align.json', RESULTS), JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, rows }, null, 2));
}

/**
 * `--sources festival,flite --sets dev --parley-only` (or `--no-peer`): score only part of the development set
 * (see `SetSubset`).
 */
function setSubset(args: string[]): import('./align/set.js').SetSubset {
  const value = (name: string) => {
    const k = args.indexOf(name);
    if (k < 0) return undefined;
    const v = args[k + 1];
    if (!v || v.startsWith('--')) throw new Error(`${name} needs a comma-separated list`);
    return v.split(',');
  };
  const unknown = args.find((a) => a.startsWith('--') && !['--sources', '--sets', '--parley-only', '--no-peer', '--unseen'].includes(a));
  if (unknown) throw new Error(`unknown option ${unknown} (known: --sources a,b --sets dev,held-out,new,fresh --parley-only --no-peer)`);
  return { sources: value('--sources'), sets: value('--sets'), parleyOnly: args.includes('--parley-only'), noPeer: args.includes('--no-peer'), unseen: args.includes('--unseen') };
}

/** The machine's load averages (1, 5, 15 minutes): the figures move with other work on it. */
function loadAverage(): string {
  return loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');
}

// Run, not imported (bench/align-page.ts uses the 60-minute input and the measured child run).
if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]!);
else if (process.argv[2] === '--set-child') {
  const { setChild } = await import('./align/set.js');
  await setChild(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
