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
import type { OrderMeasures } from '../../src/align/align.js';
import type { Case, Truth } from './build.js';

interface Run {
  name: string;
  /** The transcript aligned, when it is not the recording's own (`name` of its case). */
  transcript?: string;
  /** Start of every spoken word (null: untimed or not paired). */
  words?: (number | null)[];
  /** Match score + share of words out of proportion (the single threshold's measure before). */
  mismatch?: number;
  /** The refusal test's measures (see DEFAULT_ALIGN.maxOrderedMismatch). */
  order?: OrderMeasures;
  notes?: string[];
  error?: string;
  seconds: number;
}

const spokenOf = (t: Transcript) => t.turns.flatMap((x) => x.sentences.flatMap((s) => s.words.filter((w) => !w.annotation)));
const readCase = (path: string) => readTranscript(readFileSync(path, 'utf8'), { fileName: path }).transcript;

/** Unrelated transcripts aligned with each recording for the refusal test. */
export const UNRELATED_TRIES = 3;

/**
 * The transcripts paired with a recording for the refusal test: UNRELATED_TRIES clean ones, each
 * from another source (other voices, and French or Russian among them for English recordings).
 * Fresh sources' transcripts are never among them, so the pairs of the tuned recordings stay
 * the same when fresh sources are added.
 */
export function unrelatedFor(c: Case, cases: Case[]): Case[] {
  const others = cases.filter((x) => x.source !== c.source && x.variant === 'clean' && x.split !== 'fresh');
  const out: Case[] = [];
  for (let k = 0; out.length < UNRELATED_TRIES && k < others.length; k++) {
    const x = others[(cases.indexOf(c) * UNRELATED_TRIES + k) % others.length]!;
    if (!out.some((y) => y.source === x.source)) out.push(x);
  }
  return out;
}

/** Share of a transcript's four-word runs above which it shares text with a recording's own. */
const SHARED_TEXT = 0.02;

function fourWordRuns(t: Transcript): Set<string> {
  const words = spokenOf(t).map((w) => w.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  return new Set(words.slice(0, -3).map((_w, i) => words.slice(i, i + 4).join(' ')));
}

/**
 * Unrelated pairs the refusal test was never chosen on (`--unseen`): for each recording up to
 * UNRELATED_TRIES more clean transcripts of other sources, fresh sources' among them, none of
 * those `unrelatedFor` gives it, and none that shares text with its own (Festival's and Flite's
 * recordings read passages of the same press conference: those pairs are partial matches).
 */
export function unseenFor(c: Case, cases: Case[]): Case[] {
  const seen = new Set(unrelatedFor(c, cases).map((x) => x.name));
  const own = fourWordRuns(readCase(c.transcript));
  const pool = cases.filter((x) => {
    if (x.source === c.source || x.variant !== 'clean' || seen.has(x.name)) return false;
    const runs = [...fourWordRuns(readCase(x.transcript))];
    return runs.filter((r) => own.has(r)).length <= SHARED_TEXT * runs.length;
  });
  const out: Case[] = [];
  for (let k = 0; out.length < UNRELATED_TRIES && k < pool.length; k++) {
    const x = pool[(cases.indexOf(c) * 5 + k) % pool.length]!;
    if (!out.some((y) => y.source === x.source)) out.push(x);
  }
  return out;
}

// ---- children ----
async function parleyChild(cases: Case[], all: Case[], pairs: 'own' | 'unrelated' | 'unseen'): Promise<Run[]> {
  const { alignFile } = await import('../../src/node/align.js');
  const out: Run[] = [];
  for (const c of cases) {
    for (const t of pairs === 'unrelated' ? unrelatedFor(c, all) : pairs === 'unseen' ? unseenFor(c, all) : [c]) {
      const t0 = performance.now();
      const transcript = t === c ? {} : { transcript: t.name };
      try {
        // Never refuse here: the refusal is judged from the measures, below, against the threshold.
        const r = await alignFile(c.audio, readCase(t.transcript), { maxOrderedMismatch: Infinity, worker: false, language: t.language ?? 'en' });
        const { mismatch, order } = r.alignment;
        out.push({ name: c.name, ...transcript, words: spokenOf(r.transcript).map((w) => w.start), mismatch, order, notes: r.notes, seconds: (performance.now() - t0) / 1000 });
      } catch (error) {
        out.push({ name: c.name, ...transcript, error: error instanceof Error ? error.message : String(error), seconds: (performance.now() - t0) / 1000 });
      }
      process.stderr.write('.');
    }
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
  const runs = kind === 'echogarden' ? await echogardenChild(cases) : await parleyChild(cases, all, kind === 'parley-unrelated' ? 'unrelated' : kind === 'parley-unseen' ? 'unseen' : 'own');
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
  /** Sources by name (`festival`, `flite`, `allison`, `librivox`, `june`, `ivrvoice`, `carlo`, `allison-es`). */
  sources?: string[];
  /** Splits: `dev`, `held-out`, `new`, `fresh`. */
  sets?: string[];
  /** Parley with its own transcripts only: no echogarden, no unrelated transcripts (quick, for tuning). */
  parleyOnly?: boolean;
  /** Parley with its own and with unrelated transcripts, without echogarden (for tuning the refusal test). */
  noPeer?: boolean;
  /** Also the refusal test on unrelated pairs it was never chosen on (see `unseenFor`), to check that its choice generalises. */
  unseen?: boolean;
}

/** The refusal test's measure: the match score in order less 3 × the order gain (see `OrderMeasures`). */
const orderedOf = (r: Run) => r.order?.orderedMismatch ?? NaN;
/** The order gain: how much better the text matches in its own order than shuffled. */
const gainOf = (r: Run) => (r.order ? r.order.shuffled - r.order.inOrder : NaN);
/** Whether the test refuses a run (a failed run counts as refused). */
const refusedBy = (maxOrderedMismatch: number) => (r: Run | undefined) => !r || !!r.error || !(orderedOf(r) <= maxOrderedMismatch);
/** The single threshold this test replaced, still measured for comparison. */
const OLD_MAX_MISMATCH = 0.775;
const refusedBefore = (r: Run | undefined) => !r || !!r.error || !(r.mismatch! <= OLD_MAX_MISMATCH);

export async function benchSet(manifest: string, results: URL, test: { maxOrderedMismatch: number }, subset: SetSubset = {}): Promise<{ lines: string[]; json: unknown }> {
  const refused = refusedBy(test.maxOrderedMismatch);
  const all = (JSON.parse(readFileSync(manifest, 'utf8')) as { cases: Case[] }).cases;
  const cases = all.filter((c) => (!subset.sources || subset.sources.includes(c.source)) && (!subset.sets || subset.sets.includes(c.split)));
  if (!cases.length) throw new Error(`no recording of the set is from ${subset.sources?.join(', ') ?? 'any source'} in ${subset.sets?.join(', ') ?? 'any split'}`);
  const only = cases.length < all.length ? cases.map((c) => c.name).join(',') : undefined;
  const file = (n: string) => fileURLToPath(new URL(n, results));
  const none = async (): Promise<Run[]> => [];
  process.stderr.write(`Development set: ${cases.length} recordings; ${subset.parleyOnly ? 'Parley only' : subset.noPeer ? 'Parley, and Parley with unrelated transcripts, side by side' : 'Parley, Parley with unrelated transcripts and echogarden dtw side by side'}`);
  // The three runs share the machine the same way, so their times stay comparable.
  const [parley, unrelated, peer, unseen] = await Promise.all([
    runChild('parley', manifest, file('set-parley.json'), only),
    subset.parleyOnly ? none() : runChild('parley-unrelated', manifest, file('set-unrelated.json'), only),
    subset.parleyOnly || subset.noPeer ? none() : runChild('echogarden', manifest, file('set-echogarden.json'), only),
    subset.unseen ? runChild('parley-unseen', manifest, file('set-unseen.json'), only) : none(),
  ]);
  process.stderr.write('\n');

  const lines: string[] = [];
  const rows: unknown[] = [];
  const groups = [...new Set(cases.map((c) => `${c.source}|${c.split}`))];
  lines.push(
    '| source | set | recordings | minutes | word ≤50 ms (Parley / echogarden (ratio)) | phrase ≤100 ms | phrase ≤200 ms | turn after lead-in ≤200 ms | own text refused (single threshold before) | unrelated refused (before) | Parley s / echogarden s |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
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
    const own = cs.map((c) => parley.find((x) => x.name === c.name));
    const others = unrelated.filter((r) => cs.some((c) => c.name === r.name));
    const count = (runs: (Run | undefined)[], f: (r: Run | undefined) => boolean) => runs.filter(f).length;
    const refusals = {
      own: count(own, refused),
      ownBefore: count(own, refusedBefore),
      unrelated: count(others, refused),
      unrelatedBefore: count(others, refusedBefore),
      unrelatedTries: others.length,
    };
    // Parley / echogarden, and their ratio (above 1: Parley ahead).
    type Key = 'word50' | 'phrase100' | 'phrase200' | 'leadTurn200';
    const both = (k: Key) => {
      if (subset.parleyOnly || subset.noPeer) return `${p.text[k]} / not run`;
      const ratio = p[k] / e[k];
      return `${p.text[k]} / ${e.text[k]}${Number.isFinite(ratio) ? ` (${ratio.toFixed(2)}×)` : p[k] > 0 && e[k] === 0 ? ' (∞)' : ''}`;
    };
    lines.push(
      `| ${source} | ${split} | ${cs.length} | ${(cs.reduce((n, c) => n + c.seconds, 0) / 60).toFixed(1)} | ${both('word50')} | ${both('phrase100')} | ${both('phrase200')} | ${both('leadTurn200')} | ${refusals.own} of ${cs.length} (${refusals.ownBefore}) | ${others.length ? `${refusals.unrelated} of ${others.length} (${refusals.unrelatedBefore})` : '–'} | ${p.seconds.toFixed(1)} / ${e.seconds.toFixed(1)} |`,
    );
    rows.push({ source, split, parley: p, echogarden: e, refusals });
  }
  // The refusal test's two distributions, and those of the single threshold it replaced.
  const q = (v: number[], p: number) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1)))]!;
  const dist = (v: number[]) =>
    `min ${v[0]!.toFixed(3)}, 5th percentile ${q(v, 0.05).toFixed(3)}, median ${q(v, 0.5).toFixed(3)}, 95th percentile ${q(v, 0.95).toFixed(3)}, max ${v.at(-1)!.toFixed(3)}`;
  const sorted = (runs: Run[], f: (r: Run) => number) => runs.map(f).filter(Number.isFinite).sort((a, b) => a - b);
  const failed = (runs: Run[], f: (r: Run) => number) => runs.filter((r) => !Number.isFinite(f(r))).length;
  lines.push('');
  const own = parley.filter((r) => !r.error);
  const fraction = (n: number, of: number) => `${n} of ${of} (${((100 * n) / of).toFixed(1)} %)`;
  const measured = (runs: Run[], f: (r: Run) => number, label: string, n: number) =>
    `${label} (${n}${failed(runs, f) ? `; ${failed(runs, f)} not measured` : ''}): ${sorted(runs, f).length ? dist(sorted(runs, f)) : 'none'}`;
  const ownOrdered = sorted(own, orderedOf);
  const otherOrdered = sorted(unrelated, orderedOf);
  lines.push(measured(own, orderedOf, 'Match score in order less 3 × the order gain, own transcript', own.length));
  if (unrelated.length) lines.push(measured(unrelated, orderedOf, `The same, another source's transcript (tries, ${UNRELATED_TRIES} a recording)`, unrelated.length));
  lines.push(
    `Refusal test: refused above ${test.maxOrderedMismatch}: own transcripts refused ${fraction(parley.filter(refused).length, parley.length)}` +
      (unrelated.length ? `; unrelated refused ${fraction(unrelated.filter(refused).length, unrelated.length)}` : ''),
  );
  if (subset.unseen) {
    lines.push(
      measured(unseen, orderedOf, 'The same, unrelated pairs the test was never chosen on (--unseen)', unseen.length) +
        `; accepted ${fraction(unseen.filter((r) => !refused(r)).length, unseen.length)}`,
    );
  }
  lines.push(measured(own, gainOf, 'Order gain (match score shuffled − in order), own transcript', own.length));
  if (unrelated.length) lines.push(measured(unrelated, gainOf, "Order gain, another source's transcript", unrelated.length));
  const ownMismatch = sorted(own, (r) => r.mismatch ?? NaN);
  const otherMismatch = sorted(unrelated, (r) => r.mismatch ?? NaN);
  if (ownMismatch.length) lines.push(`Mismatch (sound + share of words out of proportion), own transcript (${ownMismatch.length}): ${dist(ownMismatch)}`);
  if (otherMismatch.length) lines.push(`Mismatch, another source's transcript (${otherMismatch.length}): ${dist(otherMismatch)}`);
  lines.push(
    `The single threshold before (mismatch at most ${OLD_MAX_MISMATCH}): own transcripts refused ${fraction(parley.filter(refusedBefore).length, parley.length)}` +
      (unrelated.length ? `; unrelated refused ${fraction(unrelated.filter(refusedBefore).length, unrelated.length)}` : ''),
  );
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
  return { lines, json: { rows, test, ownOrdered, otherOrdered, ownMismatch, otherMismatch, parley, unrelated, unseen, echogarden: peer } };
}
