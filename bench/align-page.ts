/**
 * `npm run bench:align-page`: aligning in the demo page (built as `npm run build` does) in
 * headless Chromium, beside `parley align` on the same files.
 *
 * Cases: the demo recording (21 minutes, MP3) with its press-release text, and about 63 minutes
 * (the demo MP3 three times over, the transcript three times; the same input as bench:align).
 * Each page run is a fresh browser: the files are chosen with the page's file pickers, "Align the
 * transcript to the recording" and the download are clicked, and the time runs until "Download
 * transcript" appears. Peak memory of the page is the renderer's high-water mark (VmHWM), workers
 * included. The page's word times are compared with the command line's, to the millisecond.
 * Also printed: the demo page's initial JavaScript (gzip -9) and what the first alignment
 * downloads, stated and measured. Times are medians of BENCH_RUNS runs (default 3).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { makeLong, runChild } from './align.js';
import { jsSizes } from './js-sizes.js';
import { median } from '../src/audio/stats.js';
import type { Transcript } from '../src/model/transcript.js';

// scripts/chromium.mjs is plain JavaScript without types.
const CHROMIUM_MODULE: string = '../scripts/chromium.mjs';
const { chromiumPath, CHROMIUM_ARGS } = (await import(CHROMIUM_MODULE)) as { chromiumPath: () => string; CHROMIUM_ARGS: string[] };

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const DIST = join(RESULTS, 'align-page-dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);


/** "text start end" of every word. */
const wordTimes = (t: Transcript) => t.turns.flatMap((x) => x.sentences.flatMap((s) => s.words.map((w) => `${w.text} ${w.start} ${w.end}`)));

/** The highest VmHWM among the browser's renderer processes, in MB. */
async function rendererPeakMb(pids: number[]): Promise<number> {
  let peak = 0;
  for (const pid of pids) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // The process has gone.
    }
  }
  return peak;
}

interface PageRun {
  seconds: number;
  peakMb: number;
  downloadBytes: number;
  times: string[];
  error?: string;
}

async function alignInPage(base: string, media: string, transcript: string): Promise<PageRun> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    let downloadBytes = 0;
    let counting = false;
    page.on('requestfinished', async (request) => {
      if (!counting) return;
      const sizes = await request.sizes().catch(() => null);
      if (sizes) downloadBytes += sizes.responseBodySize;
    });
    await page.goto(base);
    await page.setInputFiles('#media-file', media);
    await page.setInputFiles('#transcript-file', transcript);
    await page.getByRole('button', { name: 'Align the transcript to the recording' }).click({ timeout: 30_000 });
    counting = true;
    const t0 = performance.now();
    await page.getByRole('button', { name: /^Download .* and align$/ }).click();
    const outcome = await Promise.race([
      page.getByRole('button', { name: 'Download transcript' }).waitFor({ timeout: 600_000 }).then(() => ''),
      page.getByRole('alert').waitFor({ timeout: 600_000 }).then(async () => (await page.getByRole('alert').textContent()) ?? 'error'),
    ]);
    const seconds = (performance.now() - t0) / 1000;
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const peakMb = await rendererPeakMb(processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));
    const aligned = (await page.evaluate(() => JSON.stringify((document.querySelector('parley-player') as unknown as { transcript: unknown }).transcript))) as string;
    return { seconds, peakMb, downloadBytes, times: outcome ? [] : wordTimes(JSON.parse(aligned) as Transcript), ...(outcome ? { error: outcome } : {}) };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  process.stderr.write('Building the demo page…\n');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const initial = jsSizes(readFileSync(join(DIST, 'index.html'), 'utf8'), DIST);
  // The aligner element's chunk, where the build wrote the size the page states.
  const alignerChunk = readFileSync(join(DIST, 'assets', readdirSync(join(DIST, 'assets')).find((f) => /^aligner-.*\.js$/.test(f))!), 'utf8');
  const stated = Number(/JSON\.parse\(`"(\d+)"`\)/.exec(alignerChunk)?.[1] ?? NaN);

  const longMp3 = join(RESULTS, 'align-60min.mp3');
  const longText = join(RESULTS, 'align-60min.json');
  process.stderr.write('Preparing the 60-minute input…\n');
  await makeLong(new URL(`file://${longMp3}`), new URL(`file://${longText}`), new URL(`file://${join(RESULTS, 'align-60min.truth.json')}`));
  const cases = [
    { name: 'demo', minutes: 21, media: join(ROOT, 'media/press-conference-2007-10-12.mp3'), transcript: join(ROOT, 'media/press-conference-2007-10-12.md'), budgetS: 30 },
    { name: '60 min', minutes: 63, media: longMp3, transcript: longText, budgetS: 90 },
  ];

  const server = await preview({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'error', preview: { port: 4183, host: '127.0.0.1', strictPort: false }, build: { outDir: DIST } });
  const base = server.resolvedUrls!.local[0]!;
  const rows: Record<string, string | number>[] = [];
  const load: string[] = [];
  try {
    for (const c of cases) {
      const page: PageRun[] = [];
      const cli: ReturnType<typeof runChild>[] = [];
      const cliOut = join(RESULTS, `align-page-cli-${c.name.replace(/\W+/g, '')}.json`);
      for (let k = 0; k < RUNS; k++) {
        load.push(loadavg()[0]!.toFixed(1));
        process.stderr.write(`${c.name}: page run ${k + 1}/${RUNS}…\n`);
        page.push(await alignInPage(base, c.media, c.transcript));
        process.stderr.write(`${c.name}: command line run ${k + 1}/${RUNS}…\n`);
        cli.push(runChild('align', c.media, c.transcript, cliOut));
      }
      const cliTimes = wordTimes(JSON.parse(readFileSync(cliOut, 'utf8')) as Transcript);
      const differing = page.map((p) => (p.error ? -1 : p.times.filter((t, i) => t !== cliTimes[i]).length + Math.abs(p.times.length - cliTimes.length)));
      const pageS = median(page.map((p) => p.seconds));
      const cliS = median(cli.map((r) => r.wallMs / 1000));
      rows.push({
        case: c.name,
        'page time (s)': pageS.toFixed(1),
        'within its budget': `${pageS <= c.budgetS ? 'yes' : 'no'} (≤ ${c.budgetS} s)`,
        'command line (s)': cliS.toFixed(1),
        'page / command line': (pageS / cliS).toFixed(2),
        'page peak (MB)': median(page.map((p) => p.peakMb)).toFixed(0),
        '≤ 700 MB': Math.max(...page.map((p) => p.peakMb)) <= 700 ? 'yes' : 'no',
        'command line peak (MB)': median(cli.map((r) => r.maxRssMb)).toFixed(0),
        'words differing from the command line': differing.map((d) => (d < 0 ? 'error' : d)).join(' / '),
      });
      for (const p of page) if (p.error) process.stderr.write(`${c.name}: page error: ${p.error}\n`);
      for (const r of cli) if (r.error) process.stderr.write(`${c.name}: command line error: ${r.error}\n`);
      if (c.name === 'demo') rows.at(-1)!['downloaded (first run)'] = `${(page[0]!.downloadBytes / 1e6).toFixed(1)} MB`;
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }

  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  console.log(`| ${keys.join(' | ')} |\n|${keys.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${keys.map((k) => r[k] ?? '').join(' | ')} |`);
  console.log(
    `\nDemo page initial JavaScript: ${(initial.gzip / 1024).toFixed(1)} KB gzip -9 (${initial.files.length} files). ` +
      `The page states the first alignment downloads ${(stated / 1e6).toFixed(1)} MB (${stated} bytes).`,
  );
  console.log(`${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; medians of ${RUNS} runs; 1-minute load average at each run: ${load.join(', ')}.`);

}

await main();
