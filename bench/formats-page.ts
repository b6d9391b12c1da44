/**
 * `npm run bench:formats -- --page` (or `npm run bench:formats-page`): the page's rendering is linear in
 * the transcript's size. Each shape below is written as Parley JSON of about 1, 2, 4, 8, 16 and 32 MB,
 * opened in `<parley-player>` on the scale benchmark's page (bench/player/index.html, built with
 * `vite build` and served by `vite preview`) in headless Chromium, and timed from navigation until
 * every turn is in the page (the transcript builds the first screenful at once and the rest in
 * idle-time slices), with the longest main-thread task seen meanwhile. The time per MB is printed
 * with its ratio to the 1 MB time of the same shape, as `bench:formats` does for the readers.
 *
 * The shapes: the generated hearing of `bench:data` (bench/large/generate.ts) scaled to the size;
 * the format benchmark's timed transcript (30 words to a turn); one turn of one long untimed sentence;
 * and one-word turns (the most turns per megabyte).
 *
 *   npm run bench:formats-page                  # 1 → 32 MB, median of 3 runs up to 8 MB, 1 run above
 *   npm run bench:formats-page -- --max 8       # stop at 8 MB
 *   npm run bench:formats-page -- --only long   # only the shapes whose name contains "long"
 */
import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { writeTranscript } from '../src/formats/index.js';
import type { Transcript } from '../src/model/transcript.js';
import { installProbe } from './player-probe.js';
import { median } from '../src/audio/stats.js';
import { largeTranscript } from './large/generate.js';
import { longSentence, timedTranscript } from './timed-transcript.js';

// scripts/chromium.mjs is plain JavaScript without types.
const CHROMIUM_MODULE: string = '../scripts/chromium.mjs';
const { chromiumPath, CHROMIUM_ARGS } = (await import(CHROMIUM_MODULE)) as { chromiumPath: () => string; CHROMIUM_ARGS: string[] };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/results/formats-page');
const SITE = join(OUT, 'site');
const DATA = join(OUT, 'data');

const MB = 1 << 20;
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const MAX_MB = Number(option('max') ?? 32);
const SIZES = [1, 2, 4, 8, 16, 32].filter((s) => s <= MAX_MB);
const ONLY = option('only') ?? '';
const TIMEOUT_MS = 20 * 60_000;

/** `turns` turns of one timed word each, two speakers taking turns. */
function oneWordTurns(turns: number): Transcript {
  const t = timedTranscript(turns * 10, 10);
  for (const turn of t.turns) {
    const word = turn.sentences[0]!.words[0]!;
    turn.sentences = [{ text: 'Yes.', start: word.start, end: word.end, words: [{ ...word, text: 'Yes.' }] }];
    turn.start = word.start!;
    turn.end = word.end!;
  }
  return t;
}

interface Shape {
  name: string;
  /** The transcript for `units` units (words or turns); its size in bytes grows in proportion. */
  make(units: number): Transcript;
}

const SHAPES: Shape[] = [
  { name: 'hearing (bench:data)', make: (words) => largeTranscript({ seed: 10, turns: Math.max(1, Math.round(words / 30)), words, duration: words * 0.4, title: 'Generated hearing' }) },
  { name: 'timed, 30 words a turn', make: (words) => timedTranscript(words, 30) },
  { name: 'one long untimed sentence', make: longSentence },
  { name: 'one-word turns', make: oneWordTurns },
];

/** Writes the shape's Parley JSON of about `mb` megabytes and returns its file name and turn count. */
function writeShape(shape: Shape, index: number, mb: number): { file: string; turns: number; bytes: number } {
  const probe = writeTranscript(shape.make(4_000), 'json').length;
  const t = shape.make(Math.round((4_000 * mb * MB) / probe));
  const file = `shape${index}-${mb}mb.json`;
  writeFileSync(join(DATA, file), writeTranscript(t, 'json'));
  return { file, turns: t.turns.length, bytes: statSync(join(DATA, file)).size };
}


interface Probe {
  turnCount(): number;
  longtasks: { start: number; duration: number }[];
}

/** Opens the page on the transcript and waits for all `turns` turns; returns the time and the longest task. */
async function renderOnce(page: Page, base: string, file: string, turns: number): Promise<{ ms: number; longestTaskMs: number }> {
  await page.goto(`${base}bench/player/index.html?transcript=${encodeURIComponent(`/data/${file}`)}`, { waitUntil: 'commit' });
  await page.waitForFunction((n) => (window as unknown as { __probe: Probe }).__probe.turnCount() >= n, turns, { timeout: TIMEOUT_MS, polling: 50 });
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: Probe }).__probe;
    const nav = performance.getEntriesByType('navigation')[0]!;
    // Long tasks are those over 50 ms; none means the longest was under 50.
    return { ms: performance.now() - nav.startTime, longestTaskMs: probe.longtasks.reduce((a, t) => Math.max(a, t.duration), 0) };
  });
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: SITE, emptyOutDir: true, rolldownOptions: { input: { bench: join(ROOT, 'bench/player/index.html') } } },
  });
  symlinkSync(DATA, join(SITE, 'data'));
  const server = await preview({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: SITE }, preview: { port: 4392, strictPort: false, host: '127.0.0.1' } });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4392/';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  console.log(`Page rendering: time from navigation until every turn is in <parley-player>, per MB of Parley JSON (ms/MB);`);
  console.log(`in brackets the ratio to the 1 MB time of the same shape (linear ≈ 1×); then the longest main-thread task (ms, "<50" when none was long).`);
  console.log(`Median of 3 runs up to 8 MB, 1 run above. ${new Date().toISOString()}, Chromium ${browser.version()}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.\n`);
  // One untimed load first: the first navigation also pays for the server's and the browser's start.
  const warm = writeShape(SHAPES[0]!, 0, 1);
  const warmContext = await browser.newContext();
  await warmContext.addInitScript(`window.__name = (f) => f; (${installProbe.toString()})();`);
  await renderOnce(await warmContext.newPage(), base, warm.file, warm.turns);
  await warmContext.close();
  console.log(`${'shape'.padEnd(28)}${SIZES.map((s) => `${s} MB`.padStart(22)).join('')}`);
  try {
    for (const [index, shape] of SHAPES.entries()) {
      if (!shape.name.includes(ONLY)) continue;
      let perMb1 = 0;
      const cells: string[] = [];
      const turnCounts: number[] = [];
      for (const size of SIZES) {
        const input = writeShape(shape, index, size);
        turnCounts.push(input.turns);
        const runs: { ms: number; longestTaskMs: number }[] = [];
        for (let run = 0; run < (size <= 8 ? 3 : 1); run++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          await context.addInitScript(`window.__name = (f) => f; (${installProbe.toString()})();`);
          const page = await context.newPage();
          page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
          try {
            runs.push(await renderOnce(page, base, input.file, input.turns));
          } finally {
            await context.close();
          }
        }
        const perMb = median(runs.map((r) => r.ms)) / (input.bytes / MB);
        if (size === SIZES[0]) perMb1 = perMb;
        const longest = median(runs.map((r) => r.longestTaskMs));
        cells.push(`${perMb.toFixed(0)} (${(perMb / perMb1).toFixed(1)}×) ${longest ? longest.toFixed(0) : '<50'}`.padStart(22));
      }
      console.log(`${shape.name.padEnd(28)}${cells.join('')}`);
      console.log(`${'  turns'.padEnd(28)}${turnCounts.map((n) => String(n).padStart(22)).join('')}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
