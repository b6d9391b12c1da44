/**
 * `npm run bench:align-speed -- [--base <commit>]`: how fast `parley align` is, and whether a
 * change to its speed left its results alone.
 *
 * Aligns the demo recording (21 minutes) and the 60-minute input of `bench:align` (the demo three
 * times over; and that hour against a reference spoken faster, as a speaker 1.5 times slower
 * than the reference would read it, which takes the aligner's rate pass) with the working tree and, given `--base`, with that commit checked out in a
 * temporary git worktree, one after the other in each run, so both see the same load. Each
 * alignment is a child process (`bench/align.ts --child`) that reports its wall time, CPU time
 * (user + system, all threads: less sensitive to other work on the machine than the wall time),
 * peak memory and, where the version has them, the times of its stages. Prints medians of
 * BENCH_RUNS runs (default 3), the ratios to the base, the load averages, and the number of words
 * whose start or end differ from the base's (to the millisecond: 0 means the results are equal).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeLong, type ChildResult } from './align.js';
import { median } from '../src/audio/stats.js';
import type { Transcript } from '../src/model/transcript.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** "text start end" of every word. */
const wordTimes = (t: Transcript) => t.turns.flatMap((x) => x.sentences.flatMap((s) => s.words.map((w) => `${w.text} ${w.start} ${w.end}`)));

/** One alignment by the tree at `root`, in a child process of its own. */
function alignWith(root: string, media: string, transcript: string, out: string, mode = 'align'): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/align.ts'), '--child', mode, media, transcript, out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  try {
    return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as ChildResult;
  } catch {
    return { wallMs: NaN, cpuMs: NaN, maxRssMb: NaN, error: `child failed: ${r.stderr.slice(-500)}` };
  }
}

/** A worktree of `commit` in a temporary folder, sharing this tree's node_modules; removed by `dispose`. */
function checkout(commit: string): { root: string; dispose(): void } {
  const root = join(mkdtempSync(join(tmpdir(), 'parley-align-base-')), 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', root, commit], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    dispose: () => {
      execFileSync('git', ['worktree', 'remove', '--force', root], { cwd: ROOT, stdio: 'ignore' });
      rmSync(join(root, '..'), { recursive: true, force: true });
    },
  };
}

const load = () => loadavg().map((v) => v.toFixed(1)).join(' / ');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: 'string' } } });
  mkdirSync(RESULTS, { recursive: true });
  const longMp3 = join(RESULTS, 'align-60min.mp3');
  const longText = join(RESULTS, 'align-60min.json');
  if (!existsSync(longMp3) || !existsSync(longText)) {
    process.stderr.write('Preparing the 60-minute input…\n');
    await makeLong(new URL(`file://${longMp3}`), new URL(`file://${longText}`), new URL(`file://${join(RESULTS, 'align-60min.truth.json')}`));
  }
  const cases = [
    { name: 'demo', media: join(ROOT, 'media/press-conference-2007-10-12.mp3'), transcript: join(ROOT, 'media/press-conference-2007-10-12.md') },
    { name: '60 min', media: longMp3, transcript: longText },
    // The same hour read about 1.5 times as slowly as the reference (which is spoken faster): the
    // aligner's rate pass aligns it a second time. Measured with this tree only (a base may not have the pass).
    { name: '60 min, slow speaker', media: longMp3, transcript: longText, mode: 'align-slow-speaker', treeOnly: true },
  ];
  const base = values.base ? { commit: execFileSync('git', ['rev-parse', '--short', values.base], { cwd: ROOT, encoding: 'utf8' }).trim(), ...checkout(values.base) } : null;
  const trees = [...(base ? [{ name: `base ${base.commit}`, root: base.root }] : []), { name: 'this tree', root: ROOT }];
  console.log(`Load average (1 / 5 / 15 min) at the start: ${load()}`);
  const lines: string[] = [];
  const json: Record<string, unknown>[] = [];
  try {
    for (const c of cases) {
      const caseTrees = 'treeOnly' in c ? trees.filter((t) => t.root === ROOT) : trees;
      const runs = new Map<string, ChildResult[]>(caseTrees.map((t) => [t.name, []]));
      const loads: string[] = [];
      const outs = caseTrees.map((t) => join(RESULTS, `align-speed-${c.name.replace(/\W+/g, '')}-${t.root === ROOT ? 'tree' : 'base'}.json`));
      for (let k = 0; k < RUNS; k++) {
        for (const [i, t] of caseTrees.entries()) {
          loads.push(loadavg()[0]!.toFixed(1));
          process.stderr.write(`${c.name}: ${t.name}, run ${k + 1} of ${RUNS}…\n`);
          const r = alignWith(t.root, c.media, c.transcript, outs[i]!, 'mode' in c ? c.mode : 'align');
          if (r.error) throw new Error(`${c.name}, ${t.name}: ${r.error}`);
          runs.get(t.name)!.push(r);
        }
      }
      const times = outs.map((o) => wordTimes(JSON.parse(readFileSync(o, 'utf8')) as Transcript));
      const differing = base && times.length === 2 ? times[0]!.filter((w, i) => w !== times[1]![i]).length + Math.abs(times[0]!.length - times[1]!.length) : null;
      const first = runs.get(caseTrees[0]!.name)!;
      for (const t of caseTrees) {
        const rs = runs.get(t.name)!;
        const wall = median(rs.map((r) => r.wallMs)) / 1000;
        const cpu = median(rs.map((r) => r.cpuMs)) / 1000;
        const peak = Math.max(...rs.map((r) => r.maxRssMb));
        const stages = rs[0]!.timings ? Object.keys(rs[0]!.timings).map((k) => `${k} ${(median(rs.map((r) => r.timings![k]!)) / 1000).toFixed(1)} s`).join(', ') : '–';
        const vs = t.root === ROOT && base && caseTrees.length === 2 ? ` (${(wall / (median(first.map((r) => r.wallMs)) / 1000)).toFixed(2)} / ${(cpu / (median(first.map((r) => r.cpuMs)) / 1000)).toFixed(2)} of base)` : '';
        lines.push(`| ${c.name} | ${t.name} | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s${vs} | ${peak.toFixed(0)} MB | ${stages} | ${loads.join(', ')} | ${differing ?? '–'} |`);
        json.push({ case: c.name, tree: t.name, wallS: wall, cpuS: cpu, peakMb: peak, runs: rs, loads, differing });
      }
    }
  } finally {
    base?.dispose();
  }
  console.log('| case | code | wall (median) | CPU user+sys (median; ratios wall / CPU to base) | peak RSS (max) | stages, ms from the start (median) | 1-min load at each run | words differing from base |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const l of lines) console.log(l);
  console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; medians of ${RUNS} runs. Load average at the end: ${load()}`);
  writeFileSync(join(RESULTS, 'align-speed.json'), JSON.stringify({ date: new Date().toISOString(), rows: json }, null, 2));
}

await main();
