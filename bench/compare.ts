/**
 * Parley beside Hyperaudio Lite 2.6.4 (`npm run bench:player`): the same transcripts and silent
 * recordings, the same probe (bench/compare-probe.ts), the same browser, in one run, so that each
 * figure can be read as a ratio however loaded the machine is.
 *
 * Main-thread time comes from a Chromium trace: the CPU time of every task of the renderer's main
 * thread, summed per 1/60 s, median and 95th percentile over the window measured.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { median } from '../src/audio/stats.js';

const FRAME_MS = 1000 / 60;

export type PageKind = 'parley' | 'hyperaudio';

/** Timed words of a Parley JSON file, named `turn:k` as the probe names them. */
export function wordTable(jsonPath: string): { starts: number[]; ends: number[]; keys: string[] } {
  const data = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    turns: { sentences: { words: { text: string; start?: number | null; end?: number | null; annotation?: boolean }[] }[] }[];
  };
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  data.turns.forEach((turn, t) => {
    let k = 0;
    for (const s of turn.sentences) {
      for (const w of s.words) {
        if (!w.annotation && w.start != null && w.end != null) {
          starts.push(w.start);
          ends.push(w.end);
          keys.push(`${t}:${k}`);
        }
        k += w.text.split(/\s+/).filter(Boolean).length;
      }
    }
  });
  return { starts, ends, keys };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `during` under a trace; the renderer main thread's CPU time per 1/60 s. */
async function busyPerFrame(cdp: CDPSession, during: () => Promise<unknown>): Promise<{ median: number; p95: number; mean: number }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  const emitter = cdp as unknown as { on(n: string, f: (e: never) => void): void; off(n: string, f: (e: never) => void): void };
  emitter.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' } as never);
  const t0 = Date.now();
  await during();
  const wallMs = Date.now() - t0;
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  emitter.off('Tracing.dataCollected', onData);
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') || !mains.has(key)) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (!tasks.length) return { median: NaN, p95: NaN, mean: NaN };
  const first = Math.min(...tasks.map((t) => t.ts));
  const bins = new Float64Array(Math.max(1, Math.ceil(wallMs / FRAME_MS)));
  for (const t of tasks) {
    const i = Math.floor((t.ts - first) / 1000 / FRAME_MS);
    if (i < bins.length) bins[i]! += (t.tdur ?? t.dur ?? 0) / 1000;
  }
  const sorted = Array.from(bins).sort((a, b) => a - b);
  // The mean is all the main thread's time while it ran, spread over the frames: the median of a page that works only
  // now and then is the frames in which it did nothing, whatever the work in the others cost.
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { median: sorted[sorted.length >> 1]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]!, mean };
}

const call = <T>(page: Page, method: string, ...a: unknown[]): Promise<T> =>
  page.evaluate(([m, rest]) => ((window as unknown as { __compare: Record<string, (...x: unknown[]) => unknown> }).__compare[m as string]!)(...(rest as unknown[])), [
    method,
    a,
  ] as const) as Promise<T>;

export interface CompareDurations {
  idle: number;
  play1: number;
  play3: number;
  right: number;
  storm: number;
}

/** A navigation measured for its load figures (the rows of LOAD_KEYS): alone, or the start of `compareOnce`. */
export async function loadOnce(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto(url, { waitUntil: 'commit' });
  const load = await call<Record<string, number>>(page, 'loaded', 1000, 60_000);
  return {
    interactiveMs: load['interactive']!,
    takenOverMs: load['takenOver'] ?? NaN,
    mediaKnownMs: load['mediaKnown'] ?? NaN,
    wiredMs: load['wired'] ?? NaN,
    firstFrameMs: load['firstFrame'] ?? NaN,
    longtasksToTakenOver: load['longtasksToTakenOver'] ?? NaN,
    longestToTakenOver: load['longestToTakenOver'] ?? NaN,
    allInPageMs: load['allInPage']!,
    turns: load['turns']!,
    longtasksToInteractive: load['longtasksToInteractive']!,
    longestToInteractive: load['longestToInteractive']!,
    longtasksToAll: load['longtasksToAll']!,
    longestToAll: load['longestToAll']!,
  };
}

/**
 * The load figures, which move by tens of milliseconds from one navigation to the next: their
 * medians are taken over every navigation, the full runs' and the load-only ones (`loadOnce`).
 */
const LOAD_KEYS = new Set([
  'interactiveMs', 'takenOverMs', 'mediaKnownMs', 'wiredMs', 'firstFrameMs', 'longtasksToTakenOver', 'longestToTakenOver',
  'allInPageMs', 'longtasksToInteractive', 'longestToInteractive', 'longtasksToAll', 'longestToAll',
]);

/** One page load and its measurements. */
export async function compareOnce(page: Page, cdp: CDPSession, url: string, table: ReturnType<typeof wordTable>, D: CompareDurations): Promise<Record<string, number>> {
  const load = await loadOnce(page, url);
  // The page's own heap, before the probe is given its table of every word (several MB at ten
  // hours, the same in both pages: it would hide most of the difference between them).
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await call(page, 'setTable', table);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const nodes = await call<number>(page, 'countNodes');
  const idle = await busyPerFrame(cdp, () => call(page, 'idle', D.idle));
  const play1 = await busyPerFrame(cdp, () => call(page, 'play', 1, D.play1));
  const play3 = await busyPerFrame(cdp, () => call(page, 'play', 3, D.play3));
  const right1 = await call<{ right: number; frames: number }>(page, 'rightWord', 1, D.right);
  const right3 = await call<{ right: number; frames: number }>(page, 'rightWord', 3, D.right);
  const storm = await call<{ longtasks: number; longest: number; caughtUp: number; seeks: number }>(page, 'seekStorm', 50, D.storm, 777);
  await call(page, 'pause');
  return {
    ...load,
    heapMB: heap.usedSize / 2 ** 20,
    cdpNodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN,
    nodes,
    idleMedian: idle.median,
    idleP95: idle.p95,
    idleMean: idle.mean,
    play1Median: play1.median,
    play1P95: play1.p95,
    play1Mean: play1.mean,
    play3Median: play3.median,
    play3P95: play3.p95,
    play3Mean: play3.mean,
    right1: (100 * right1.right) / Math.max(1, right1.frames),
    right3: (100 * right3.right) / Math.max(1, right3.frames),
    stormLongtasks: storm.longtasks,
    stormLongest: storm.longest,
    stormCaughtUp: storm.caughtUp,
  };
}

/**
 * The floor under every page of the same run: a blank page's first frame, and a page holding
 * nothing but the input's `<audio preload="metadata">` (or that and Parley's first screenful as
 * static HTML), when its duration is known, and the long tasks before then. No page that plays
 * that recording can be interactive sooner than the second.
 */
export async function floorOnce(page: Page, url: string, media: boolean): Promise<{ firstFrameMs: number; mediaKnownMs: number; longtasksToKnown: number; longestToKnown: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  for (let i = 0; i < 500; i++) {
    const m = await call<{ firstFrame: number; mediaKnown: number }>(page, 'milestones');
    if (Number.isFinite(m.firstFrame) && (!media || Number.isFinite(m.mediaKnown))) {
      // A long task is reported after it ends, and may end after the frame that saw the duration.
      await new Promise((r) => setTimeout(r, 300));
      const settled = await call<{ longtasksToKnown: number; longestToKnown: number }>(page, 'milestones');
      return { firstFrameMs: m.firstFrame, mediaKnownMs: m.mediaKnown ?? NaN, longtasksToKnown: media ? settled.longtasksToKnown : NaN, longestToKnown: media ? settled.longestToKnown : NaN };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the floor page ${url} did not ${media ? 'learn its duration' : 'paint'} in 10 s`);
}

/** The rows printed, with whether less is better (for the ratio's reading). */
const ROWS: [string, string, number][] = [
  ['navigation → interactive (ms)', 'interactiveMs', 0],
  ['navigation → the media element knows its duration (ms)', 'mediaKnownMs', 0],
  ['navigation → turns answer a click (ms)', 'wiredMs', 0],
  ['navigation → first frame (ms)', 'firstFrameMs', 0],
  ['navigation → every turn in the page (ms)', 'allInPageMs', 0],
  ["navigation → the player's own turns (took over the first screenful) (ms)", 'takenOverMs', 0],
  ['  long tasks before it (count)', 'longtasksToTakenOver', 0],
  ['  longest of them (ms)', 'longestToTakenOver', 0],
  ['long tasks to interactive (count)', 'longtasksToInteractive', 0],
  ['  longest of them (ms)', 'longestToInteractive', 0],
  ['  navigations with one (count, not a median)', 'navigationsWithLongTaskToInteractive', 0],
  ['long tasks to every turn (count)', 'longtasksToAll', 0],
  ['  longest of them (ms)', 'longestToAll', 0],
  ['main thread per frame, paused: median (ms)', 'idleMedian', 2],
  ['  p95 (ms)', 'idleP95', 2],
  ['  mean (ms: all its time ÷ frames)', 'idleMean', 2],
  ['main thread per frame, playing 1×: median (ms)', 'play1Median', 2],
  ['  p95 (ms)', 'play1P95', 2],
  ['  mean (ms: all its time ÷ frames)', 'play1Mean', 2],
  ['main thread per frame, playing 3×: median (ms)', 'play3Median', 2],
  ['  p95 (ms)', 'play3P95', 2],
  ['  mean (ms: all its time ÷ frames)', 'play3Mean', 2],
  ['right word shown, 1× (% of frames)', 'right1', 1],
  ['right word shown, 3× (% of frames)', 'right3', 1],
  ['seek storm, 50 in 5 s: long tasks', 'stormLongtasks', 0],
  ['  longest (ms)', 'stormLongest', 0],
  ['  highlights caught up before the next seek (of 50)', 'stormCaughtUp', 0],
  ['JS heap after GC (MB)', 'heapMB', 1],
  ['DOM nodes (CDP)', 'cdpNodes', 0],
];

export type CompareResults = Record<string, Record<PageKind, Record<string, number>[]>>;

/** `loads`: the load-only navigations (see `loadOnce`), whose load figures join the full runs'. */
export function summariseCompare(results: CompareResults, loads: CompareResults = {}): Record<string, Record<PageKind, Record<string, number>>> {
  const out: Record<string, Record<PageKind, Record<string, number>>> = {};
  for (const [input, byKind] of Object.entries(results)) {
    const s = {} as Record<PageKind, Record<string, number>>;
    for (const kind of ['parley', 'hyperaudio'] as PageKind[]) {
      const runs = byKind[kind] ?? [];
      const navigations = [...runs, ...(loads[input]?.[kind] ?? [])];
      s[kind] = Object.fromEntries(ROWS.map(([, key]) => [key, median((LOAD_KEYS.has(key) ? navigations : runs).map((r) => r[key]!))]));
      s[kind]['navigationsWithLongTaskToInteractive'] = navigations.filter((r) => r['longtasksToInteractive']! > 0).length;
      s[kind]['runs'] = runs.length;
      s[kind]['loads'] = navigations.length;
    }
    out[input] = s;
  }
  return out;
}

export function printCompare(summary: ReturnType<typeof summariseCompare>): void {
  const fmt = (v: number | undefined, d: number) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(d));
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) ? '–' : b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2);
  const names = Object.keys(summary);
  const header = ['figure (median of runs)', ...names.flatMap((n) => [`${n}: Parley`, 'Hyperaudio Lite', 'ratio'])];
  const rows = ROWS.map(([label, key, d]) => [
    label,
    ...names.flatMap((n) => {
      const p = summary[n]!.parley[key];
      const h = summary[n]!.hyperaudio[key];
      return [fmt(p, d), fmt(h, d), ratio(p, h)];
    }),
  ]);
  rows.push(['runs', ...names.flatMap((n) => [String(summary[n]!.parley['runs']), String(summary[n]!.hyperaudio['runs']), ''])]);
  rows.push(['navigations (the rows from navigation: medians over all)', ...names.flatMap((n) => [String(summary[n]!.parley['loads']), String(summary[n]!.hyperaudio['loads']), ''])]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log();
  console.log('Parley beside Hyperaudio Lite 2.6.4 (same inputs, same run; ratio = Parley ÷ Hyperaudio Lite)');
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
