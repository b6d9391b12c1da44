/**
 * Parley and echogarden (`dtw`) on the development set of ./build.ts, in the same run: word,
 * phrase and turn starts against the truth, refusals, the two distributions of the refusal test
 * (each recording with its own transcript and with another source's), and what each reports
 * of speech with no text and text with no speech.
 *
 * Each system runs in a child process of its own (`--child parley|echogarden`) over all cases.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTranscript } from '../../src/formats/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { Case, Truth } from './build.js';

interface Run {
  name: string;
  /** Start of every spoken word (null: untimed or not paired). */
  words?: (number | null)[];
  /** The refusal test's measure (see DEFAULT_ALIGN.maxMismatch). */
  mismatch?: number;
  notes?: string[];
  error?: string;
  seconds: number;
}

const spokenOf = (t: Transcript) => t.turns.flatMap((x) => x.sentences.flatMap((s) => s.words.filter((w) => !w.annotation)));
const readCase = (path: string) => readTranscript(readFileSync(path, 'utf8'), { fileName: path }).transcript;

/** The transcript paired with a recording for the refusal test: one from another source. */
export function unrelatedFor(c: Case, cases: Case[]): Case {
  // The source added after tuning is not paired with the others, so their pairs stay as they were.
  const others = cases.filter((x) => x.source !== c.source && x.variant === 'clean' && x.split !== 'new');
  return others[cases.indexOf(c) % others.length]!;
}

// ---- children ----
async function parleyChild(cases: Case[], all: Case[], unrelated: boolean): Promise<Run[]> {
  const { alignFile } = await import('../../src/node/align.js');
  const out: Run[] = [];
  for (const c of cases) {
    const t = unrelated ? unrelatedFor(c, all) : c;
    const t0 = performance.now();
    try {
      // Never refuse here: the refusal is judged from the measure, below, against its threshold.
      const r = await alignFile(c.audio, readCase(t.transcript), { maxMismatch: Infinity, worker: false, language: t.language ?? 'en' });
      out.push({ name: c.name, words: spokenOf(r.transcript).map((w) => w.start), mismatch: r.alignment.mismatch, notes: r.notes, seconds: (performance.now() - t0) / 1000 });
    } catch (error) {
      out.push({ name: c.name, error: error instanceof Error ? error.message : String(error), seconds: (performance.now() - t0) / 1000 });
    }
    process.stderr.write('.');
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Pairs echogarden's words with the transcript's spoken words by their text, in order. */
function pairWords(ours: string[], theirs: { text: string; startTime: number }[]): (number | null)[] {
  const out: (number | null)[] = ours.map(() => null);
  let j = 0;
  for (let i = 0; i < ours.length && j < theirs.length; i++) {
    const want = norm(ours[i]!);
    for (let d = 0; d < 4 && j + d < theirs.length; d++) {
      if (norm(theirs[j + d]!.text) === want) {
        out[i] = theirs[j + d]!.startTime;
        j += d + 1;
        break;
      }
    }
  }
  return out;
}

async function echogardenChild(cases: Case[]): Promise<Run[]> {
  const { installPeer } = await import('./sources.js');
  const { PEER_FOLDER } = await import('./build.js');
  const entry = installPeer(PEER_FOLDER, (line) => process.stderr.write(`${line}\n`));
  const eg = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as unknown as {
    align: (audio: unknown, text: string, options: Record<string, unknown>) => Promise<{ wordTimeline: { text: string; startTime: number }[] }>;
  };
  const { decodeWaveToFloat32Channels } = await import('@echogarden/wave-codec');
  const out: Run[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    try {
      const wav = decodeWaveToFloat32Channels(readFileSync(c.audio));
      const transcript = readCase(c.transcript);
      const words = spokenOf(transcript).map((w) => w.text);
      const text = transcript.turns.map((t) => t.sentences.map((s) => s.words.filter((w) => !w.annotation).map((w) => w.text).join(' ')).join(' ')).join('\n\n');
      const r = await eg.align({ audioChannels: wav.audioChannels, sampleRate: wav.sampleRate }, text, { engine: 'dtw', language: c.language ?? 'en' });
      out.push({ name: c.name, words: pairWords(words, r.wordTimeline), seconds: (performance.now() - t0) / 1000 });
    } catch (error) {
      out.push({ name: c.name, error: error instanceof Error ? error.message : String(error), seconds: (performance.now() - t0) / 1000 });
    }
    process.stderr.write('.');
  }
  return out;
}

export async function setChild(kind: string, manifest: string, outPath: string, only?: string): Promise<void> {
  const all = (JSON.parse(readFileSync(manifest, 'utf8')) as { cases: Case[] }).cases;
  // A subset (`only`: names, comma-separated) keeps the pairs of the refusal test of the whole set.
  const names = only ? new Set(only.split(',')) : null;
  const cases = names ? all.filter((c) => names.has(c.name)) : all;
  // echogarden's progress lines go to the console; keep them off this process's output.
  if (kind === 'echogarden') console.log = () => {};
  const runs = kind === 'echogarden' ? await echogardenChild(cases) : await parleyChild(cases, all, kind === 'parley-unrelated');
  writeFileSync(outPath, JSON.stringify(runs));
}

// ---- scoring ----
interface Score {
  word50: number[];
  phrase100: number[];
  phrase200: number[];
  leadTurn200: number[];
}

function within(found: (number | null)[], truth: (number | null)[], ms: number): number[] {
  const out: number[] = [];
  truth.forEach((t, k) => {
    if (t === null) return;
    const f = found[k];
    out.push(f !== null && f !== undefined && Math.abs(f - t) * 1000 <= ms ? 1 : 0);
  });
  return out;
}

/** Starts of every sentence with spoken words and of every turn, from word starts. */
function firstStarts(t: Transcript, words: (number | null)[]) {
  let k = 0;
  const phrases: (number | null)[] = [];
  const turns: (number | null)[] = [];
  for (const turn of t.turns) {
    let firstOfTurn = true;
    for (const s of turn.sentences) {
      const n = s.words.filter((w) => !w.annotation).length;
      if (!n) continue;
      phrases.push(words[k] ?? null);
      if (firstOfTurn) turns.push(words[k] ?? null);
      firstOfTurn = false;
      k += n;
    }
    if (firstOfTurn) turns.push(null);
  }
  return { phrases, turns };
}

function score(c: Case, run: Run | undefined): Score {
  const truth = JSON.parse(readFileSync(c.truth, 'utf8')) as Truth;
  const t = readCase(c.transcript);
  const words = run?.words ?? spokenOf(t).map(() => null);
  const { phrases, turns } = firstStarts(t, words);
  return {
    word50: truth.words ? within(words, truth.words, 50) : [],
    phrase100: within(phrases, truth.phrases, 100),
    phrase200: within(phrases, truth.phrases, 200),
    leadTurn200: truth.leadIn >= 10 ? within(turns, truth.turns, 200) : [],
  };
}

const pct = (v: number[]) => (v.length ? `${((100 * v.reduce((a, b) => a + b, 0)) / v.length).toFixed(1)} %` : '–');
const share = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);

function runChild(kind: string, manifest: string, out: string, only?: string): Promise<Run[]> {
  return new Promise((resolve, reject) => {
    const args = [process.execPath, '--import', 'tsx', fileURLToPath(new URL('../align.ts', import.meta.url)), '--set-child', kind, manifest, out];
    const child = spawn('nice', only ? [...args, only] : args, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(out, 'utf8')) as Run[]) : reject(new Error(`the ${kind} run failed`))));
  });
}

/** Which part of the set to score (all of it when empty). */
export interface SetSubset {
  /** Sources by name (`festival`, `flite`, `allison`, `librivox`, `june`, `ivrvoice`). */
  sources?: string[];
  /** Splits: `dev`, `held-out`, `new`. */
  sets?: string[];
  /** Parley with its own transcripts only: no echogarden, no unrelated transcripts (quick, for tuning). */
  parleyOnly?: boolean;
}

export async function benchSet(manifest: string, results: URL, maxMismatch: number, subset: SetSubset = {}): Promise<{ lines: string[]; json: unknown }> {
  const all = (JSON.parse(readFileSync(manifest, 'utf8')) as { cases: Case[] }).cases;
  const cases = all.filter((c) => (!subset.sources || subset.sources.includes(c.source)) && (!subset.sets || subset.sets.includes(c.split)));
  if (!cases.length) throw new Error(`no recording of the set is from ${subset.sources?.join(', ') ?? 'any source'} in ${subset.sets?.join(', ') ?? 'any split'}`);
  const only = cases.length < all.length ? cases.map((c) => c.name).join(',') : undefined;
  const file = (n: string) => fileURLToPath(new URL(n, results));
  const none = async (): Promise<Run[]> => [];
  process.stderr.write(`Development set: ${cases.length} recordings; ${subset.parleyOnly ? 'Parley only' : 'Parley, Parley with unrelated transcripts and echogarden dtw side by side'}`);
  // The three runs share the machine the same way, so their times stay comparable.
  const [parley, unrelated, peer] = await Promise.all([
    runChild('parley', manifest, file('set-parley.json'), only),
    subset.parleyOnly ? none() : runChild('parley-unrelated', manifest, file('set-unrelated.json'), only),
    subset.parleyOnly ? none() : runChild('echogarden', manifest, file('set-echogarden.json'), only),
  ]);
  process.stderr.write('\n');

  const lines: string[] = [];
  const rows: unknown[] = [];
  const groups = [...new Set(cases.map((c) => `${c.source}|${c.split}`))];
  lines.push('| source | set | recordings | minutes | word ≤50 ms (Parley / echogarden (ratio)) | phrase ≤100 ms | phrase ≤200 ms | turn after lead-in ≤200 ms | refused (own text) | Parley s / echogarden s |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const g of groups) {
    const [source, split] = g.split('|') as [string, string];
    const cs = cases.filter((c) => c.source === source && c.split === split);
    const sum = (runs: Run[]) => {
      const s = cs.map((c) => score(c, runs.find((r) => r.name === c.name)));
      return {
        word50: share(s.flatMap((x) => x.word50)),
        phrase100: share(s.flatMap((x) => x.phrase100)),
        phrase200: share(s.flatMap((x) => x.phrase200)),
        leadTurn200: share(s.flatMap((x) => x.leadTurn200)),
        text: {
          word50: pct(s.flatMap((x) => x.word50)),
          phrase100: pct(s.flatMap((x) => x.phrase100)),
          phrase200: pct(s.flatMap((x) => x.phrase200)),
          leadTurn200: pct(s.flatMap((x) => x.leadTurn200)),
        },
        seconds: cs.reduce((n, c) => n + (runs.find((r) => r.name === c.name)?.seconds ?? 0), 0),
      };
    };
    const p = sum(parley);
    const e = sum(peer);
    const refused = cs.filter((c) => {
      const r = parley.find((x) => x.name === c.name);
      return !r || r.error || !(r.mismatch! <= maxMismatch);
    }).length;
    // Parley / echogarden, and their ratio (above 1: Parley ahead).
    type Key = 'word50' | 'phrase100' | 'phrase200' | 'leadTurn200';
    const both = (k: Key) => {
      if (subset.parleyOnly) return `${p.text[k]} / not run`;
      const ratio = p[k] / e[k];
      return `${p.text[k]} / ${e.text[k]}${Number.isFinite(ratio) ? ` (${ratio.toFixed(2)}×)` : p[k] > 0 && e[k] === 0 ? ' (∞)' : ''}`;
    };
    lines.push(
      `| ${source} | ${split} | ${cs.length} | ${(cs.reduce((n, c) => n + c.seconds, 0) / 60).toFixed(1)} | ${both('word50')} | ${both('phrase100')} | ${both('phrase200')} | ${both('leadTurn200')} | ${refused} of ${cs.length} | ${p.seconds.toFixed(1)} / ${e.seconds.toFixed(1)} |`,
    );
    rows.push({ source, split, parley: p, echogarden: e, refused });
  }
  // The refusal test's two distributions.
  const own = parley.filter((r) => r.mismatch !== undefined).map((r) => r.mismatch!).sort((a, b) => a - b);
  const other = unrelated.map((r) => r.mismatch ?? 1).sort((a, b) => a - b);
  const q = (v: number[], p: number) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1)))]!;
  const dist = (v: number[]) => `min ${v[0]!.toFixed(3)}, 5th percentile ${q(v, 0.05).toFixed(3)}, median ${q(v, 0.5).toFixed(3)}, 95th percentile ${q(v, 0.95).toFixed(3)}, max ${v.at(-1)!.toFixed(3)}`;
  lines.push('');
  if (own.length) lines.push(`Mismatch (sound + share of words out of proportion), own transcript (${own.length}): ${dist(own)}`);
  if (other.length) {
    lines.push(`Mismatch, another source's transcript (${other.length}): ${dist(other)}`);
    lines.push(
      `Threshold ${maxMismatch}: own transcripts refused ${own.filter((v) => v > maxMismatch).length} of ${own.length}; ` +
        `unrelated refused ${other.filter((v) => v > maxMismatch).length} of ${other.length} (${((100 * other.filter((v) => v > maxMismatch).length) / other.length).toFixed(1)} %)`,
    );
  }
  // What was reported for the cases with speech that has no text, or text that was never spoken.
  lines.push('');
  for (const c of cases.filter((x) => ['cut', 'aside', 'unspoken'].includes(x.variant))) {
    const truth = JSON.parse(readFileSync(c.truth, 'utf8')) as Truth;
    const r = parley.find((x) => x.name === c.name);
    const expected = [
      ...truth.unmatched.map(([a, b]) => `${a.toFixed(1)}–${b.toFixed(1)} s has no text`),
      ...truth.unspokenTurns.map((t) => `turn ${t + 1} unspoken`),
    ].join('; ');
    lines.push(`- ${c.name}: truth ${expected}; Parley reported: ${r?.notes?.length ? r.notes.join('; ') : r?.error ? `error: ${r.error}` : 'nothing'}`);
  }
  return { lines, json: { rows, own, other, maxMismatch, parley, unrelated, echogarden: peer } };
}
