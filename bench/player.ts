/**
 * `npm run bench:player`: how the player holds up with hours-long transcripts.
 *
 * Builds a page that mounts `<parley-player>` (bench/player/index.html) with `vite build`, serves
 * it with `vite preview` (cross-origin isolated, so that timers are precise to 5 µs), and drives it
 * in headless Chromium with playwright-core, for the 22-turn demo and the 1-hour and 10-hour
 * generated hearings (and loads the 3-hour one for its waveform). Several runs; medians are
 * printed as one table and written to bench/results/player.json.
 *
 * Each input is measured beside Hyperaudio Lite 2.6.4 (the peer, a dev dependency) on the same
 * page load metrics, per-frame main-thread time, word accuracy, seek storm and memory; `--detail`
 * adds Parley's own detailed figures (the sync's cost per call, highlight lateness, traces).
 *
 *   npm run bench:player [-- --runs 3] [--loads 12] [--sizes demo,1h,10h] [--quick] [--detail]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { build, preview } from 'vite';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { installProbe } from './player-probe.js';
import { installCompareProbe } from './compare-probe.js';
import { compareOnce, floorOnce, loadOnce, printCompare, summariseCompare, wordTable, type CompareResults, type PageKind } from './compare.js';
import { BENCH_BODY_STYLE, hyperaudioPage } from './peer/hyperaudio-page.js';
import { prerenderedBenchPage } from './player/prerendered-page.js';
import { firstScript } from '../vite.config.js';
import { copyFileSync } from 'node:fs';
import { jsSizes } from './js-sizes.js';
import { wordsInPage } from './support/words-in-page.js';
import { buildBenchSite } from './support/bench-site.js';
import { stem, writeSize } from './large/write-data.js';
import { SIZES, type SizeName } from './large/generate.js';
import { median, percentile } from '../src/audio/stats.js';
import { escapeHtml } from '../src/formats/html/index.js';
import { firstScreenfulHtml, readTranscript } from '../src/prerender/index.js';

// scripts/chromium.mjs is plain JavaScript without types.
const CHROMIUM_MODULE: string = '../scripts/chromium.mjs';
const { chromiumPath, CHROMIUM_ARGS } = (await import(CHROMIUM_MODULE)) as { chromiumPath: () => string; CHROMIUM_ARGS: string[] };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/results');
const SITE = join(OUT, 'site');

// ---- Options ----------------------------------------------------------------------------------

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const QUICK = args.includes('--quick');
const DETAIL = args.includes('--detail');
const RUNS = Number(option('runs', QUICK ? '1' : '3'));
/** Navigations per page and input measured for the load figures alone, beside the full runs' (see compare.ts, LOAD_KEYS). */
const LOAD_RUNS = Number(option('loads', QUICK ? '0' : '12'));
const SIZE_LIST = option('sizes', 'demo,1h,10h').split(',') as (SizeName | 'demo')[];
const WAVEFORM_ONLY: SizeName[] = ['3h'];
const D = QUICK
  ? { play1: 8_000, play3: 4_000, base: 3_000, late: 3_000, seeks: 10, storm: 50, stormMs: 5_000, traced: 4_000 }
  : { play1: 30_000, play3: 10_000, base: 5_000, late: 5_000, seeks: 20, storm: 50, stormMs: 5_000, traced: 10_000 };
/** Durations (ms) of the side-by-side measurements. */
const C = QUICK ? { idle: 2_000, play1: 4_000, play3: 3_000, right: 3_000, storm: 5_000 } : { idle: 3_000, play1: 8_000, play3: 5_000, right: 5_000, storm: 5_000 };

// ---- Statistics ------------------------------------------------------------------------------

const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), xs.length ? -Infinity : NaN);

// ---- Inputs ------------------------------------------------------------------------------------

interface Input {
  name: string;
  media: string;
  transcript: string;
  peaks: string;
  /** The Parley JSON file on disk (for the peer's page and the word table), or null. */
  jsonPath: string | null;
  /** The words of each turn, read straight from the file (not through Parley's readers). */
  turnWords: string[][] | null;
  turns: number;
  words: number;
  generated: boolean;
}

function wordsOfParleyJson(path: string): string[][] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { turns: { sentences: { words: { text: string }[] }[] }[] };
  return data.turns.map((t) => t.sentences.flatMap((s) => s.words.flatMap((w) => w.text.split(/\s+/).filter(Boolean))));
}

function generatedInput(size: SizeName): Input {
  const files = writeSize(size, { log: (l) => console.log(`bench:data ${l}`) });
  const turnWords = wordsOfParleyJson(files.json);
  const name = stem(size);
  return {
    name: size === 'demo' ? 'demo (generated, 22 turns)' : `${size} (${SIZES[size].turns} turns)`,
    media: `/data/${name}.mp3`,
    transcript: `/data/${name}.json`,
    peaks: `/data/${name}.peaks.json`,
    jsonPath: files.json,
    turnWords,
    turns: turnWords.length,
    words: turnWords.reduce((a, t) => a + t.length, 0),
    generated: true,
  };
}

/** The demo's own recording and timed transcript once they exist, else a generated 22-turn one. */
function demoInput(): Input {
  const base = 'press-conference-2007-10-12';
  const audio = ['mp3', 'opus', 'ogg', 'm4a', 'wav'].map((e) => `${base}.${e}`).find((f) => existsSync(join(ROOT, 'media', f)));
  const transcript = ['json', 'vtt'].map((e) => `${base}.${e}`).find((f) => existsSync(join(ROOT, 'media', f)));
  const peaks = [`${base}.peaks.json`, `${base}.json.peaks`].find((f) => existsSync(join(ROOT, 'media', f)));
  if (audio && transcript) {
    let turnWords: string[][] | null = null;
    if (transcript.endsWith('.json')) {
      try {
        turnWords = wordsOfParleyJson(join(ROOT, 'media', transcript));
      } catch {
        turnWords = null;
      }
    }
    return {
      name: 'demo (press conference)',
      media: `/media/${audio}`,
      transcript: `/media/${transcript}`,
      peaks: peaks ? `/media/${peaks}` : '',
      jsonPath: transcript.endsWith('.json') ? join(ROOT, 'media', transcript) : null,
      turnWords,
      turns: turnWords?.length ?? 0,
      words: turnWords?.reduce((a, t) => a + t.length, 0) ?? 0,
      generated: false,
    };
  }
  return generatedInput('demo');
}

// ---- Build and serve ---------------------------------------------------------------------------

const DEMO_DIST = join(OUT, 'demo-dist');
/** Every script file the bench page loaded, in any run (the player and the chunks it loads on demand). */
const loadedScripts = new Set<string>();

function loadedJsSizes(): ReturnType<typeof jsSizes> {
  const files = [...loadedScripts].filter((f) => existsSync(join(SITE, f))).map((file) => {
    const body = readFileSync(join(SITE, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0), bytes: files.reduce((a, f) => a + f.bytes, 0) };
}

/** Builds the demo page (index.html) as `vite build` does, into bench/results/demo-dist, for its JavaScript sizes. */
async function buildDemo(): Promise<{ page: ReturnType<typeof jsSizes>; lazyGzip: number } | null> {
  if (!existsSync(join(ROOT, 'index.html'))) return null;
  rmSync(DEMO_DIST, { recursive: true, force: true });
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: DEMO_DIST, emptyOutDir: true } });
  const page = jsSizes(readFileSync(join(DEMO_DIST, 'index.html'), 'utf8'), DEMO_DIST);
  const loaded = new Set(page.files.map((f) => f.file));
  const lazy = readdirSync(join(DEMO_DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !loaded.has(`assets/${f}`))
    .reduce((a, f) => a + gzipSync(readFileSync(join(DEMO_DIST, 'assets', f)), { level: 9 }).length, 0);
  return { page, lazyGzip: lazy };
}

/** Runs `npm run bench:search` (another module's benchmark) when it exists, and keeps its slowest query. */
function searchFigure(): { buildMs: number; worstQueryMs: number; medianQueryMs: number } | null {
  if (!existsSync(join(ROOT, 'bench/search.ts'))) return null;
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/search.ts')], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    const build = /build index: ([\d.]+) ms/.exec(out);
    const queries = [...out.matchAll(/^"(?:[^"\\]|\\.)*"\s+([\d.]+)\s+\d+$/gm)].map((m) => Number(m[1]));
    if (!queries.length) return null;
    return { buildMs: build ? Number(build[1]) : NaN, worstQueryMs: max(queries), medianQueryMs: median(queries) };
  } catch {
    return null;
  }
}

async function buildSite(): Promise<void> {
  await buildBenchSite(SITE);
}

/** Writes Hyperaudio Lite's page for each input into the site, with its script; returns each page's path. */
function writePeerPages(inputs: Input[]): Map<Input, string> {
  const dir = join(SITE, 'peer');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'node_modules/hyperaudio-lite/js/hyperaudio-lite.js'), join(dir, 'hyperaudio-lite.js'));
  const pages = new Map<Input, string>();
  inputs.forEach((input, i) => {
    if (!input.jsonPath) return;
    const file = `peer/input-${i}.html`;
    writeFileSync(join(SITE, file), hyperaudioPage(input.jsonPath, input.media, '/peer/hyperaudio-lite.js'));
    pages.set(input, file);
  });
  return pages;
}

/**
 * The floor's pages (see `floorOnce`): a blank page; for each input a page holding nothing but its
 * `<audio preload="metadata">`, as both pages have it; and one holding that `<audio>` and Parley's
 * first screenful of the input as static HTML, in the bench pages' surroundings, with no script:
 * no page that shows that text knows the recording's duration sooner (laying the text out delays it).
 */
function writeFloorPages(inputs: Input[]): { blank: string; audio: Map<Input, string>; text: Map<Input, string> } {
  mkdirSync(join(SITE, 'floor'), { recursive: true });
  const page = (body: string) => `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Floor</title>\n<p>Floor.</p>\n${body}\n`;
  writeFileSync(join(SITE, 'floor/blank.html'), page(''));
  const audio = new Map<Input, string>();
  const text = new Map<Input, string>();
  inputs.forEach((input, i) => {
    const file = `floor/audio-${i}.html`;
    const element = `<audio preload="metadata" src="${escapeHtml(input.media)}"></audio>`;
    writeFileSync(join(SITE, file), page(element));
    audio.set(input, file);
    if (!input.jsonPath) return;
    const { transcript } = readTranscript(readFileSync(input.jsonPath, 'utf8'), { fileName: input.jsonPath });
    const withText = `floor/audio-text-${i}.html`;
    writeFileSync(join(SITE, withText), page(`<style>${BENCH_BODY_STYLE}</style><parley-player>${element}${firstScreenfulHtml(transcript)}</parley-player>`));
    text.set(input, withText);
  });
  return { blank: 'floor/blank.html', audio, text };
}

/**
 * Writes Parley's page for each input with the first screenful in its HTML (as a site built with
 * Parley writes it); returns each page's path. The side-by-side runs load these; the page that
 * writes the player from the query (bench/player/index.html) serves the detailed runs.
 */
async function writePrerenderedPages(inputs: Input[]): Promise<Map<Input, string>> {
  const built = readFileSync(join(SITE, 'bench/player/index.html'), 'utf8');
  const code = await firstScript();
  const pages = new Map<Input, string>();
  for (const [i, input] of inputs.entries()) {
    if (!input.jsonPath) continue;
    const file = `bench/player/input-${i}.html`;
    writeFileSync(join(SITE, file), await prerenderedBenchPage(built, { ...input, jsonPath: input.jsonPath }, code));
    pages.set(input, file);
  }
  return pages;
}

// ---- One run -------------------------------------------------------------------------------------

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
function perFrame(a: Metrics, b: Metrics, frames: number) {
  const d = (k: string) => (((b[k] ?? 0) - (a[k] ?? 0)) * 1000) / Math.max(1, frames);
  return { script: d('ScriptDuration'), style: d('RecalcStyleDuration'), layout: d('LayoutDuration'), task: d('TaskDuration') };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `during` under a Chromium trace and returns the renderer main thread's tasks with their
 * wall and CPU (thread) time. On a loaded machine a task's wall time includes the time the thread
 * waited for a core; its CPU time is the work the page really asked for.
 */
async function traced<T>(cdp: CDPSession, during: () => Promise<T>): Promise<{ result: T; tasks: { wallMs: number; cpuMs: number }[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  const emitter = cdp as unknown as { on(name: string, f: (e: never) => void): void; off(name: string, f: (e: never) => void): void };
  emitter.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' } as never);
  const result = await during();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  emitter.off('Tracing.dataCollected', onData);
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, { wallMs: number; cpuMs: number }[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') || !mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 });
    byThread.set(key, list);
  }
  // The page's renderer is the busiest main thread.
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return { result, tasks };
}

function cpuSummary(tasks: { wallMs: number; cpuMs: number }[], frames: number) {
  const cpu = tasks.map((t) => t.cpuMs);
  return {
    tasks: tasks.length,
    cpuPerFrameMs: cpu.reduce((a, b) => a + b, 0) / Math.max(1, frames),
    longestCpuMs: max(cpu),
    longestWallMs: max(tasks.map((t) => t.wallMs)),
    over50Cpu: cpu.filter((x) => x > 50).length,
    over50Wall: tasks.filter((t) => t.wallMs > 50).length,
  };
}

interface Probe {
  [k: string]: (...a: never[]) => unknown;
}
const call = <T>(page: Page, method: string, ...a: unknown[]): Promise<T> =>
  page.evaluate(([m, rest]) => ((window as unknown as { __probe: Probe }).__probe[m as string] as (...x: unknown[]) => unknown)(...(rest as unknown[])), [
    method,
    a,
  ] as const) as Promise<T>;

type Loaf = { start: number; duration: number; blocking?: number; render?: number; styleLayout?: number; scripts?: string[] };
/** The three longest animation frames, with where their time went. */
function worstFrames(loafs: Loaf[]) {
  return loafs
    .slice()
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((l) => ({ ms: Math.round(l.duration), renderMs: Math.round(l.render ?? 0), styleLayoutMs: Math.round(l.styleLayout ?? 0), scripts: l.scripts ?? [] }));
}

interface LatenessRun {
  rate: number;
  samples: number[];
  marks: number[];
  crossed: [number, number][];
}
/** How late each word's highlight came after the media clock crossed the word's start. */
function analyseLateness(r: LatenessRun) {
  const s = r.samples;
  const walls: number[] = [];
  const medias: number[] = [];
  for (let i = 0; i < s.length; i += 2) {
    walls.push(s[i]!);
    medias.push(s[i + 1]!);
  }
  const intervals = walls.slice(1).map((w, i) => w - walls[i]!);
  const frame = median(intervals);
  const firstMark = new Map<number, number>();
  for (let i = 0; i < r.marks.length; i += 2) if (!firstMark.has(r.marks[i + 1]!)) firstMark.set(r.marks[i + 1]!, r.marks[i]!);
  const late: number[] = [];
  // Frames that began after the word started and still showed the old highlight (a frame's
  // callbacks run within a couple of milliseconds, whichever of the player and the probe runs first).
  const lateFrames: number[] = [];
  let missed = 0;
  let j = 1;
  for (const [pos, start] of r.crossed) {
    while (j < medias.length && medias[j]! < start) j++;
    if (j >= medias.length) break;
    const m0 = medias[j - 1]!;
    const m1 = medias[j]!;
    if (m1 < m0 || walls[j]! - walls[j - 1]! > 4 * frame) continue; // a clock jump: not comparable
    const crossedAt = walls[j - 1]! + ((start - m0) / Math.max(1e-9, m1 - m0)) * (walls[j]! - walls[j - 1]!);
    const at = firstMark.get(pos);
    if (at === undefined) {
      missed++;
      continue;
    }
    late.push(at - crossedAt);
    let k = j;
    while (k > 0 && walls[k - 1]! > crossedAt) k--;
    let n = 0;
    for (; k < walls.length && walls[k]! < at - 2; k++) if (walls[k]! > crossedAt) n++;
    lateFrames.push(n);
  }
  return {
    rate: r.rate,
    words: late.length,
    missed,
    frameMs: frame,
    medianMs: median(late),
    maxMs: max(late),
    /** Worst lateness in frame intervals (ms ÷ the median frame interval). */
    maxFrames: max(late) / frame,
    /** Worst count of frames shown with the old highlight after the word began. */
    maxStaleFrames: max(lateFrames),
    overOneFrame: lateFrames.filter((x) => x > 1).length,
  };
}

async function runOnce(page: Page, cdp: CDPSession, base: string, input: Input, mode: 'full' | 'load') {
  const url = `${base}bench/player/index.html?media=${encodeURIComponent(input.media)}&transcript=${encodeURIComponent(input.transcript)}${
    input.peaks ? `&peaks=${encodeURIComponent(input.peaks)}` : ''
  }`;
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const turns = input.turns || (await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.turnCount() as number).then((h) => h.jsonValue()));
  const ready = await call<{
    allTurns: number;
    updated: number;
    interactive: number;
    firstTurnPainted: number;
    lastLongTaskEnd: number;
    rebuilds: { start: number; end: number; painted: number }[];
  }>(page, 'ready', turns, 1000, 60_000);
  const fetched = await page.evaluate((t) => {
    const e = performance.getEntriesByType('resource').find((x) => x.name.includes(t)) as PerformanceResourceTiming | undefined;
    return e ? e.responseEnd : NaN;
  }, input.transcript);
  const rebuild = ready.rebuilds.filter((r) => r.end - r.start > 0).at(-1) ?? ready.rebuilds.at(-1);
  const waveform = await page
    .waitForFunction(
      () => {
        const wf = document.querySelector('parley-player')?.shadowRoot?.querySelector('parley-waveform');
        const wave = wf?.shadowRoot?.querySelector('.wave');
        const host = wave?.firstElementChild;
        const canvases = host?.shadowRoot?.querySelectorAll('canvas').length ?? wave?.querySelectorAll('canvas').length ?? 0;
        return canvases > 0 ? performance.now() : 0;
      },
      undefined,
      { timeout: 30_000, polling: 20 },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => NaN);
  const decodes = await page.evaluate(() => (window as unknown as { __decodes?: number }).__decodes ?? 0);
  const mediaBytes = await page.evaluate((m) => {
    return performance
      .getEntriesByType('resource')
      .filter((x) => x.name.includes(m))
      .reduce((a, x) => a + (x as PerformanceResourceTiming).transferSize, 0);
  }, input.media);

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const m0 = await metrics(cdp);
  const nodes = await call<{ all: number; transcript: number }>(page, 'countNodes');
  const turnWords = input.turnWords ?? (await call<string[][]>(page, 'turnWords'));
  const words0 = await call<{ result: ReturnType<typeof wordsInPage>; hiddenTurns: number; turnsInPage: number }>(page, 'checkWords', wordsInPage.toString(), turnWords);
  const media = await call<{ duration: number }>(page, 'media');

  const out: Record<string, unknown> = {
    input: input.name,
    firstTurnPaintedMs: ready.firstTurnPainted,
    transcriptFetchedMs: fetched,
    renderMs: ready.firstTurnPainted - fetched,
    rebuildJsMs: rebuild ? rebuild.end - rebuild.start : NaN,
    rebuildToPaintMs: rebuild ? rebuild.painted - rebuild.start : NaN,
    allTurnsMs: ready.allTurns,
    interactiveMs: ready.interactive,
    waveformMs: waveform,
    decodes,
    mediaBytes,
    mediaDuration: media.duration,
    heapMB: heap.usedSize / 2 ** 20,
    cdpNodes: m0['Nodes'],
    domNodes: nodes.all,
    transcriptNodes: nodes.transcript,
    everyWordAfterRender: words0.result.ok && words0.hiddenTurns === 0,
    wordsFound: words0.result.found,
    wordsExpected: words0.result.words,
    turnsInPage: words0.turnsInPage,
  };
  if (mode === 'load') return out;

  // Baseline: the same playback with the transcript's per-frame work switched off.
  let a = await metrics(cdp);
  const base0 = await call<{ frames: number }>(page, 'playFor', 1, D.base, { disableSync: true });
  let b = await metrics(cdp);
  out.baselinePerFrame = perFrame(a, b, base0.frames);

  type Play = { frames: number; syncTimes: number[]; longtasks: { duration: number }[]; loafs: Loaf[]; wall: number; media: number };
  const play = async (rate: number, ms: number) => {
    a = await metrics(cdp);
    const p = await call<Play>(page, 'playFor', rate, ms);
    b = await metrics(cdp);
    return {
      rate,
      frames: p.frames,
      fps: (p.frames * 1000) / p.wall,
      mediaSeconds: p.media,
      syncCalls: p.syncTimes.length,
      syncMedianMs: median(p.syncTimes),
      syncP99Ms: percentile(p.syncTimes, 0.99),
      syncMaxMs: max(p.syncTimes),
      perFrame: perFrame(a, b, p.frames),
      longtasks: p.longtasks.length,
      longtaskMaxMs: max(p.longtasks.map((x) => x.duration)),
      longFrames: p.loafs.length,
      longFrameMaxMs: max(p.loafs.map((x) => x.duration)),
      worstFrames: worstFrames(p.loafs),
    };
  };
  out.play1 = await play(1, D.play1);
  out.play3 = await play(3, D.play3);

  const lateness = [];
  for (const rate of [0.5, 1, 2, 3]) lateness.push(analyseLateness(await call<LatenessRun>(page, 'lateness', rate, D.late)));
  out.lateness = lateness;

  const seeks = await call<{ ms: number; frames: number }[]>(page, 'seekLatency', D.seeks, 12345);
  out.seek = { medianMs: median(seeks.map((s) => s.ms)), maxMs: max(seeks.map((s) => s.ms)), medianFrames: median(seeks.map((s) => s.frames)), maxFrames: max(seeks.map((s) => s.frames)) };

  const storm = await call<{ longtasks: { duration: number }[]; loafs: Loaf[]; frames: number; wall: number; inStepAfter: boolean }>(page, 'seekStorm', D.storm, D.stormMs, 777);
  out.storm = {
    longtasks: storm.longtasks.length,
    longtaskMaxMs: max(storm.longtasks.map((x) => x.duration)),
    longFrames: storm.loafs.length,
    worstFrames: worstFrames(storm.loafs),
    fps: (storm.frames * 1000) / storm.wall,
    inStepAfter: storm.inStepAfter,
  };
  // The same under a trace, for CPU time (the machine may be shared).
  const t1 = await traced(cdp, () => call<Play>(page, 'playFor', 1, D.traced));
  out.cpuPlay1 = cpuSummary(t1.tasks, t1.result.frames);
  const t3 = await traced(cdp, () => call<Play>(page, 'playFor', 3, D.traced));
  out.cpuPlay3 = cpuSummary(t3.tasks, t3.result.frames);
  const ts = await traced(cdp, () => call<{ frames: number }>(page, 'seekStorm', D.storm, D.stormMs, 778));
  out.cpuStorm = cpuSummary(ts.tasks, ts.result.frames);

  await call(page, 'pause');
  const words1 = await call<{ result: ReturnType<typeof wordsInPage>; hiddenTurns: number }>(page, 'checkWords', wordsInPage.toString(), turnWords);
  out.everyWordAfterPlay = words1.result.ok && words1.hiddenTurns === 0;
  return out;
}

// ---- Main ----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const load0 = os.loadavg();
  console.log(`Parley player benchmark: ${RUNS} run(s), sizes ${SIZE_LIST.join(', ')}${QUICK ? ' (quick)' : ''}; load ${load0.map((x) => x.toFixed(2)).join(' ')}`);
  const inputs: Input[] = SIZE_LIST.map((s) => (s === 'demo' ? demoInput() : generatedInput(s)));
  const waveInputs = WAVEFORM_ONLY.map((s) => generatedInput(s));
  await buildSite();
  const html = readFileSync(join(SITE, 'bench/player/index.html'), 'utf8');
  let js = jsSizes(html, SITE);
  const demo = await buildDemo();
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: SITE },
    preview: {
      port: 4391,
      strictPort: false,
      host: '127.0.0.1',
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4391/';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const results: Record<string, Record<string, unknown>[]> = {};
  const compared: CompareResults = {};
  const loads: CompareResults = {};
  const floor: { blank: number[]; audio: Record<string, number[]>; text: Record<string, number[]>; textLongest: Record<string, number[]> } = { blank: [], audio: {}, text: {}, textLongest: {} };
  try {
    // Side by side with the peer: Parley's page and Hyperaudio Lite's, one after the other, each run.
    const peerPages = writePeerPages(inputs);
    const parleyPages = await writePrerenderedPages(inputs);
    const floorPages = writeFloorPages(inputs);
    // A first navigation warms the browser (its first page load is slower than any later one): not counted.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}${floorPages.blank}`, { waitUntil: 'load' });
      await context.close();
    }
    const newPage = async (kind: PageKind | 'floor') => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(`window.__name = (f) => f; (${installCompareProbe.toString()})();`);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.log(`  page error (${kind}): ${e.message}`));
      return { context, page };
    };
    const urlOf = (kind: PageKind, input: Input) =>
      kind === 'parley' ? `${base}${parleyPages.get(input)!}?turns=${input.turns}` : `${base}${peerPages.get(input)!}?turns=${input.turns}`;
    // Which page loads first alternates from run to run, so that neither always meets a colder cache.
    const kindsFor = (run: number) => (run % 2 ? ['hyperaudio', 'parley'] : ['parley', 'hyperaudio']) as PageKind[];
    /** The floor under both pages (see floorOnce), once per run. */
    const measureFloor = async (label: string) => {
      const pages = [
        [null, floorPages.blank, null] as const,
        ...[...floorPages.audio].filter(([i]) => i.jsonPath).map(([i, f]) => [i, f, floor.audio] as const),
        ...[...floorPages.text].map(([i, f]) => [i, f, floor.text] as const),
      ];
      for (const [input, file, into] of pages) {
        const { context, page } = await newPage('floor');
        try {
          const r = await floorOnce(page, `${base}${file}`, input !== null);
          if (input && into) (into[input.name] ??= []).push(r.mediaKnownMs);
          // The longest task before the duration was known, on the page with the first screenful (0: none over 50 ms).
          if (input && into === floor.text) (floor.textLongest[input.name] ??= []).push(r.longestToKnown);
          else floor.blank.push(r.firstFrameMs);
        } catch (error) {
          console.log(`  ${label} floor ${file}: FAILED ${(error as Error).message}`);
        }
        await context.close();
      }
    };
    for (let run = 0; run < RUNS; run++) {
      await measureFloor(`run ${run + 1}`);
      for (const input of inputs) {
        if (!input.jsonPath) continue;
        const table = wordTable(input.jsonPath);
        for (const kind of kindsFor(run)) {
          const { context, page } = await newPage(kind);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const t0 = performance.now();
          try {
            const r = await compareOnce(page, cdp, urlOf(kind, input), table, C);
            ((compared[input.name] ??= { parley: [], hyperaudio: [] })[kind]).push(r);
            console.log(`  run ${run + 1} ${input.name}, ${kind}: ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${os.loadavg()[0]!.toFixed(2)}`);
          } catch (error) {
            console.log(`  run ${run + 1} ${input.name}, ${kind}: FAILED ${(error as Error).message}`);
          }
          await context.close();
        }
      }
    }
    // More navigations for the load figures alone, which move by tens of milliseconds from one to the next.
    for (let n = 0; n < LOAD_RUNS; n++) {
      await measureFloor(`load ${n + 1}`);
      for (const input of inputs) {
        if (!input.jsonPath) continue;
        for (const kind of kindsFor(RUNS + n)) {
          const { context, page } = await newPage(kind);
          try {
            ((loads[input.name] ??= { parley: [], hyperaudio: [] })[kind]).push(await loadOnce(page, urlOf(kind, input)));
          } catch (error) {
            console.log(`  load ${n + 1} ${input.name}, ${kind}: FAILED ${(error as Error).message}`);
          }
          await context.close();
        }
      }
      console.log(`  load-only navigations ${n + 1} of ${LOAD_RUNS}; load ${os.loadavg()[0]!.toFixed(2)}`);
    }
    const jobs: [Input, 'full' | 'load'][] = DETAIL
      ? [...inputs.map((i) => [i, 'full'] as [Input, 'full']), ...waveInputs.map((i) => [i, 'load'] as [Input, 'load'])]
      : [];
    for (let run = 0; run < RUNS && jobs.length; run++) {
      for (const [input, mode] of jobs) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(
          `window.__name = (f) => f; (${installProbe.toString()})();` +
            `(() => { window.__decodes = 0; for (const C of [window.AudioContext, window.OfflineAudioContext]) { if (!C) continue; const d = C.prototype.decodeAudioData; C.prototype.decodeAudioData = function (...a) { window.__decodes++; return d.apply(this, a); }; } })();`,
        );
        const page = await context.newPage();
        page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
        page.on('request', (r) => {
          if (r.resourceType() === 'script') loadedScripts.add(new URL(r.url()).pathname.replace(/^\//, ''));
        });
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') console.log(`  page ${m.type()}: ${m.text().slice(0, 300)}`);
        });
        const cdp = await context.newCDPSession(page);
        const t0 = performance.now();
        try {
          const r = await runOnce(page, cdp, base, input, mode);
          (results[input.name] ??= []).push(r);
          console.log(`  run ${run + 1} ${input.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${os.loadavg()[0]!.toFixed(2)}`);
        } catch (error) {
          console.log(`  run ${run + 1} ${input.name}: FAILED ${(error as Error).message}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }

  const loaded = loadedJsSizes();
  if (loaded.files.length) js = loaded;
  const summary = summarise(results, js);
  const comparison = summariseCompare(compared, loads);
  const load1 = os.loadavg();
  const report = {
    date: started.toISOString(),
    runs: RUNS,
    quick: QUICK,
    cpus: os.cpus().length,
    loadBefore: load0,
    loadAfter: load1,
    chromium: execFileSync(chromiumPath(), ['--version']).toString().trim(),
    js,
    demoJs: demo,
    search: searchFigure(),
    comparison,
    comparisonRuns: compared,
    comparisonLoads: loads,
    floor: {
      blankFirstFrameMs: median(floor.blank),
      audioKnowsDurationMs: Object.fromEntries(Object.entries(floor.audio).map(([k, v]) => [k, median(v)])),
      audioWithFirstScreenfulKnowsDurationMs: Object.fromEntries(Object.entries(floor.text).map(([k, v]) => [k, median(v)])),
      audioWithFirstScreenfulNavigationsWithLongTask: Object.fromEntries(Object.entries(floor.textLongest).map(([k, v]) => [k, v.filter((x) => x > 0).length])),
      runs: floor,
    },
    summary,
    runsByInput: results,
  };
  writeFileSync(join(OUT, 'player.json'), `${JSON.stringify(report, null, 2)}\n`);
  printCompare(comparison);
  console.log(
    `Floor, same run (medians): a blank page's first frame ${median(floor.blank).toFixed(0)} ms; a page holding only the recording's <audio preload="metadata"> knows its duration at ` +
      Object.entries(floor.audio).map(([k, v]) => `${median(v).toFixed(0)} ms (${k})`).join(', ') +
      '. Neither page can be interactive sooner. The same <audio> with Parley\'s first screenful as static HTML and no script knows it at ' +
      Object.entries(floor.text).map(([k, v]) => `${median(v).toFixed(0)} ms (${k})`).join(', ') +
      ': no page showing that text can be interactive sooner.',
  );
  console.log(
    'The same page, navigations with a task over 50 ms before its duration was known: ' +
      Object.entries(floor.textLongest)
        .map(([k, v]) => `${v.filter((x) => x > 0).length} of ${v.length}${v.some((x) => x > 0) ? `, longest ${Math.max(...v).toFixed(0)} ms` : ''} (${k})`)
        .join(', ') +
      '.',
  );
  printTable(summary, js, report);
}

type Summary = Record<string, Record<string, number | string | boolean>>;

function summarise(results: Record<string, Record<string, unknown>[]>, js: ReturnType<typeof jsSizes>): Summary {
  const out: Summary = {};
  for (const [name, runs] of Object.entries(results)) {
    const get = (f: (r: Record<string, unknown>) => unknown) => runs.map((r) => f(r) as number);
    const pick = (path: string) => (r: Record<string, unknown>) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
    const med = (path: string) => median(get(pick(path)));
    const worst = (path: string) => max(get(pick(path)).filter((x) => Number.isFinite(x)));
    const all = (path: string) => runs.every((r) => pick(path)(r) === true);
    const s: Record<string, number | string | boolean> = {
      runs: runs.length,
      words: med('wordsExpected'),
      firstTurnPaintedMs: med('firstTurnPaintedMs'),
      renderMs: med('renderMs'),
      rebuildJsMs: med('rebuildJsMs'),
      rebuildToPaintMs: med('rebuildToPaintMs'),
      interactiveMs: med('interactiveMs'),
      waveformMs: med('waveformMs'),
      decodes: worst('decodes'),
      mediaKB: med('mediaBytes') / 1024,
      heapMB: med('heapMB'),
      cdpNodes: med('cdpNodes'),
      domNodes: med('domNodes'),
      everyWord: all('everyWordAfterRender') && (runs[0]!['everyWordAfterPlay'] === undefined || all('everyWordAfterPlay')),
      jsGzipKB: js.gzip / 1024,
    };
    if (runs[0]!['play1']) {
      for (const p of ['play1', 'play3']) {
        s[`${p}.syncMedianMs`] = med(`${p}.syncMedianMs`);
        s[`${p}.syncP99Ms`] = med(`${p}.syncP99Ms`);
        s[`${p}.syncMaxMs`] = worst(`${p}.syncMaxMs`);
        s[`${p}.frameScriptMs`] = med(`${p}.perFrame.script`);
        s[`${p}.frameStyleLayoutMs`] = med(`${p}.perFrame.style`) + med(`${p}.perFrame.layout`);
        s[`${p}.fps`] = med(`${p}.fps`);
        s[`${p}.longtasks`] = worst(`${p}.longtasks`);
        s[`${p}.longtaskMaxMs`] = worst(`${p}.longtaskMaxMs`);
        s[`${p}.longFrames`] = worst(`${p}.longFrames`);
      }
      s['baseline.frameScriptMs'] = med('baselinePerFrame.script');
      s['baseline.frameStyleLayoutMs'] = med('baselinePerFrame.style') + med('baselinePerFrame.layout');
      const lat = runs.flatMap((r) => r['lateness'] as ReturnType<typeof analyseLateness>[]);
      for (const rate of [0.5, 1, 2, 3]) {
        const l = lat.filter((x) => x.rate === rate);
        s[`late${rate}.maxFrames`] = max(l.map((x) => x.maxFrames));
        s[`late${rate}.maxStaleFrames`] = max(l.map((x) => x.maxStaleFrames));
        s[`late${rate}.overOneFrame`] = l.reduce((a, x) => a + x.overOneFrame, 0);
        s[`late${rate}.medianMs`] = median(l.map((x) => x.medianMs));
        s[`late${rate}.maxMs`] = max(l.map((x) => x.maxMs));
        s[`late${rate}.missed`] = l.reduce((a, x) => a + x.missed, 0);
        s[`late${rate}.words`] = l.reduce((a, x) => a + x.words, 0);
      }
      s['seek.medianMs'] = med('seek.medianMs');
      s['seek.maxMs'] = worst('seek.maxMs');
      s['seek.medianFrames'] = med('seek.medianFrames');
      s['seek.maxFrames'] = worst('seek.maxFrames');
      s['storm.longtasks'] = worst('storm.longtasks');
      s['storm.longtaskMaxMs'] = worst('storm.longtaskMaxMs');
      s['storm.inStepAfter'] = all('storm.inStepAfter');
      for (const p of ['cpuPlay1', 'cpuPlay3', 'cpuStorm']) {
        s[`${p}.cpuPerFrameMs`] = med(`${p}.cpuPerFrameMs`);
        s[`${p}.longestCpuMs`] = worst(`${p}.longestCpuMs`);
        s[`${p}.over50Cpu`] = worst(`${p}.over50Cpu`);
        s[`${p}.over50Wall`] = worst(`${p}.over50Wall`);
      }
    }
    out[name] = s;
  }
  return out;
}

function fmt(v: unknown, digits = 1): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'NO';
  if (typeof v !== 'number') return String(v ?? '');
  if (!Number.isFinite(v)) return '–';
  return v.toFixed(digits);
}

function printTable(
  summary: Summary,
  js: ReturnType<typeof jsSizes>,
  report: {
    loadBefore: number[];
    loadAfter: number[];
    chromium: string;
    demoJs: { page: ReturnType<typeof jsSizes>; lazyGzip: number } | null;
    search: ReturnType<typeof searchFigure>;
  },
): void {
  const names = Object.keys(summary);
  const rows: [string, (s: Summary[string]) => string][] = [
    ['words', (s) => fmt(s['words'], 0)],
    ['first turn painted, from navigation (ms)', (s) => fmt(s['firstTurnPaintedMs'], 0)],
    ['render: transcript fetched → first turn painted (ms)', (s) => fmt(s['renderMs'], 0)],
    ['  of which building the turns, JS (ms)', (s) => fmt(s['rebuildJsMs'], 0)],
    ['  building the turns → painted (ms)', (s) => fmt(s['rebuildToPaintMs'], 0)],
    ['fully interactive, from navigation (ms)', (s) => fmt(s['interactiveMs'], 0)],
    ['waveform drawn from peaks, from navigation (ms)', (s) => fmt(s['waveformMs'], 0)],
    ['audio decodes in the page', (s) => fmt(s['decodes'], 0)],
    ['JS heap after GC (MB)', (s) => fmt(s['heapMB'], 1)],
    ['DOM nodes (CDP Nodes / walked, shadow incl.)', (s) => `${fmt(s['cdpNodes'], 0)} / ${fmt(s['domNodes'], 0)}`],
    ['every word in the page, in order (after render, after play+seeks)', (s) => fmt(s['everyWord'])],
    ['sync per call 1×: median / p99 / max (ms)', (s) => `${fmt(s['play1.syncMedianMs'], 3)} / ${fmt(s['play1.syncP99Ms'], 3)} / ${fmt(s['play1.syncMaxMs'], 2)}`],
    ['sync per call 3×: median / p99 / max (ms)', (s) => `${fmt(s['play3.syncMedianMs'], 3)} / ${fmt(s['play3.syncP99Ms'], 3)} / ${fmt(s['play3.syncMaxMs'], 2)}`],
    ['page per frame 1×: script / style+layout (ms)', (s) => `${fmt(s['play1.frameScriptMs'], 2)} / ${fmt(s['play1.frameStyleLayoutMs'], 2)}`],
    ['  same, transcript sync off (baseline)', (s) => `${fmt(s['baseline.frameScriptMs'], 2)} / ${fmt(s['baseline.frameStyleLayoutMs'], 2)}`],
    ['page per frame 3×: script / style+layout (ms)', (s) => `${fmt(s['play3.frameScriptMs'], 2)} / ${fmt(s['play3.frameStyleLayoutMs'], 2)}`],
    ['frames per second 1× / 3×', (s) => `${fmt(s['play1.fps'], 0)} / ${fmt(s['play3.fps'], 0)}`],
    ['long tasks playing 1× / 3× (worst run)', (s) => `${fmt(s['play1.longtasks'], 0)} / ${fmt(s['play3.longtasks'], 0)}`],
    ['longest task playing (ms)', (s) => fmt(Math.max(Number(s['play1.longtaskMaxMs']) || 0, Number(s['play3.longtaskMaxMs']) || 0), 0)],
    ['highlight late: worst stale frames 0.5× / 1× / 2× / 3×', (s) => [0.5, 1, 2, 3].map((r) => fmt(s[`late${r}.maxStaleFrames`], 0)).join(' / ')],
    ['  words with > 1 stale frame, all rates', (s) => fmt([0.5, 1, 2, 3].reduce((a, r) => a + Number(s[`late${r}.overOneFrame`] || 0), 0), 0)],
    ['highlight late: worst, in frame intervals 0.5× / 1× / 2× / 3×', (s) => [0.5, 1, 2, 3].map((r) => fmt(s[`late${r}.maxFrames`], 2)).join(' / ')],
    ['highlight lateness, median (ms) 0.5× / 1× / 2× / 3×', (s) => [0.5, 1, 2, 3].map((r) => fmt(s[`late${r}.medianMs`], 1)).join(' / ')],
    ['words never highlighted / words crossed', (s) => `${[0.5, 1, 2, 3].reduce((a, r) => a + Number(s[`late${r}.missed`] || 0), 0)} / ${[0.5, 1, 2, 3].reduce((a, r) => a + Number(s[`late${r}.words`] || 0) + Number(s[`late${r}.missed`] || 0), 0)}`],
    ['seek → highlight: median / max (ms)', (s) => `${fmt(s['seek.medianMs'], 0)} / ${fmt(s['seek.maxMs'], 0)}`],
    ['seek → highlight: median / max (frames)', (s) => `${fmt(s['seek.medianFrames'], 0)} / ${fmt(s['seek.maxFrames'], 0)}`],
    ['seek storm (50 in 5 s): long tasks / longest (ms)', (s) => `${fmt(s['storm.longtasks'], 0)} / ${fmt(s['storm.longtaskMaxMs'], 0)}`],
    ['main-thread CPU per frame 1× / 3× (ms, traced)', (s) => `${fmt(s['cpuPlay1.cpuPerFrameMs'], 2)} / ${fmt(s['cpuPlay3.cpuPerFrameMs'], 2)}`],
    ['tasks > 50 ms by CPU (by wall) playing 1× / 3×', (s) => `${fmt(s['cpuPlay1.over50Cpu'], 0)} (${fmt(s['cpuPlay1.over50Wall'], 0)}) / ${fmt(s['cpuPlay3.over50Cpu'], 0)} (${fmt(s['cpuPlay3.over50Wall'], 0)})`],
    ['longest task by CPU playing 1× / 3× (ms)', (s) => `${fmt(s['cpuPlay1.longestCpuMs'], 0)} / ${fmt(s['cpuPlay3.longestCpuMs'], 0)}`],
    ['seek storm: tasks > 50 ms by CPU (by wall) / longest CPU (ms)', (s) => `${fmt(s['cpuStorm.over50Cpu'], 0)} (${fmt(s['cpuStorm.over50Wall'], 0)}) / ${fmt(s['cpuStorm.longestCpuMs'], 0)}`],
    ['player JS loaded by the bench page, gzip -9 (KB)', (s) => fmt(s['jsGzipKB'], 1)],
  ];
  const widths = [Math.max(...rows.map((r) => r[0].length)), ...names.map((n) => Math.max(n.length, ...rows.map((r) => r[1](summary[n]!).length)))];
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log();
  if (names.length) {
    console.log(line(['figure (median of runs unless said)', ...names]));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const [label, f] of rows) console.log(line([label, ...names.map((n) => f(summary[n]!))]));
    console.log();
  }
  console.log(`JS files: ${js.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB gzip`).join(', ')}`);
  console.log(`${report.chromium}; ${os.cpus().length} cores; load average before ${report.loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${report.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
  if (report.demoJs) {
    console.log(
      `Demo page (index.html, vite build): ${report.demoJs.page.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}; ` +
        `${(report.demoJs.page.gzip / 1024).toFixed(1)} KB gzip -9 loaded by the page, ${(report.demoJs.lazyGzip / 1024).toFixed(1)} KB more in chunks loaded on demand`,
    );
  }
  const search = report.search;
  if (search) {
    console.log(
      `Search (npm run bench:search, Node, 90,000 words): index ${search.buildMs.toFixed(1)} ms once; per query median ${search.medianQueryMs.toFixed(3)} ms, worst ${search.worstQueryMs.toFixed(3)} ms`,
    );
  }
  console.log(`Written: bench/results/player.json`);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
