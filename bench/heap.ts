/**
 * `npm run bench:heap`: what holds the JavaScript heap of the benchmark page once a transcript
 * has loaded. It builds the page of `bench:player` (bench/player/index.html), opens it on one
 * input in headless Chromium, waits until every turn is in the page, forces a garbage collection
 * and takes a heap snapshot (CDP HeapProfiler), then groups the snapshot's objects:
 *
 * - plain objects by their own property names (`{text,start,end}` is a word of the model), with the
 *   numbers and strings they alone point to counted beside them;
 * - everything else by V8's node type and constructor name (strings, arrays, code, Lit's
 *   templates, DOM wrappers…).
 *
 * With `--play N`, the page first plays for N seconds at 3× and seeks to ten places, so that the
 * snapshot also shows what playing keeps (at 10 h: no word object; see model/compact-words.ts).
 *
 *   npm run bench:heap [-- --size 10h] [--top 30] [--play 10]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { DATA_DIR, stem, writeSize } from './large/write-data.js';
import { buildBenchSite } from './support/bench-site.js';
import type { SizeName } from './large/generate.js';

const CHROMIUM_MODULE: string = '../scripts/chromium.mjs';
const { chromiumPath, CHROMIUM_ARGS } = (await import(CHROMIUM_MODULE)) as { chromiumPath: () => string; CHROMIUM_ARGS: string[] };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(ROOT, 'bench/results/heap-site');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SIZE = option('size', '10h') as SizeName;
const TOP = Number(option('top', '30'));
const PLAY_SECONDS = Number(option('play', '0'));

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Node types of a snapshot that are not objects of the JavaScript heap. */
const NOT_JS = new Set(['native', 'synthetic']);

interface Group {
  count: number;
  bytes: number;
}

/** Groups a heap snapshot's objects, as described above. */
export function heapBreakdown(s: Snapshot): { total: number; groups: [string, Group][] } {
  const { node_fields: nf, node_types, edge_fields: ef, edge_types } = s.snapshot.meta;
  const NF = nf.length;
  const EF = ef.length;
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const types = node_types[0];
  const edgeTypes = edge_types[0];
  const count = s.nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * NF + nEdges]! * EF;
  }
  firstEdge[count] = s.edges.length;
  // How many objects point to each node (weak edges left out), to give a number or string to the one object that holds it.
  const holders = new Uint32Array(count);
  for (let e = 0; e < s.edges.length; e += EF) if (edgeTypes[s.edges[e + eType]!] !== 'weak') holders[s.edges[e + eTo]! / NF]!++;

  const owner = new Int32Array(count).fill(-1);
  const keyOf = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const type = types[s.nodes[i * NF + nType]!]!;
    const name = s.strings[s.nodes[i * NF + nName]!]!;
    if (type === 'object' && name === 'Object') {
      const props: string[] = [];
      for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
        if (edgeTypes[s.edges[e + eType]!] === 'property') props.push(s.strings[s.edges[e + eName]!]!);
      }
      keyOf[i] = `Object {${props.filter((p) => p !== '__proto__').join(',')}}`;
      for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
        const to = s.edges[e + eTo]! / NF;
        const toType = types[s.nodes[to * NF + nType]!]!;
        if (holders[to] === 1 && (toType === 'number' || toType === 'string' || toType === 'concatenated string' || toType === 'sliced string')) owner[to] = i;
      }
    } else {
      keyOf[i] = `${type}: ${type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : name.slice(0, 60)}`;
    }
  }
  const groups = new Map<string, Group>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    // Blink's own objects (the DOM, styles, layout) are outside the JavaScript heap.
    if (NOT_JS.has(types[s.nodes[i * NF + nType]!]!)) continue;
    const size = s.nodes[i * NF + nSize]!;
    total += size;
    const o = owner[i]!;
    const key = o >= 0 ? `${keyOf[o]} → its ${types[s.nodes[i * NF + nType]!]}s` : keyOf[i]!;
    const g = groups.get(key) ?? groups.set(key, { count: 0, bytes: 0 }).get(key)!;
    g.count++;
    g.bytes += size;
  }
  return { total, groups: [...groups].sort((a, b) => b[1].bytes - a[1].bytes) };
}

async function main(): Promise<void> {
  writeSize(SIZE, { log: (l) => console.log(`bench:data ${l}`) });
  await buildBenchSite(SITE);
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: SITE },
    preview: { port: 4392, strictPort: false, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4392/';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const name = stem(SIZE);
    const turns = (JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')) as { turns: unknown[] }).turns.length;
    await page.goto(`${base}bench/player/index.html?media=/data/${name}.mp3&transcript=/data/${name}.json&peaks=/data/${name}.peaks.json`);
    await page.waitForFunction(
      (n) => document.querySelector('parley-player')?.shadowRoot?.querySelector('parley-transcript')?.shadowRoot?.querySelectorAll('[role="listitem"]').length === n,
      turns,
      { timeout: 120_000, polling: 100 },
    );
    await page.waitForTimeout(2000);
    if (PLAY_SECONDS > 0) {
      await page.evaluate(async (seconds) => {
        const media = (document.querySelector('parley-player') as unknown as { mediaElement: HTMLMediaElement }).mediaElement;
        media.playbackRate = 3;
        await media.play();
        for (let i = 0; i < 10; i++) {
          media.currentTime = (media.duration * (i + 0.5)) / 10;
          await new Promise((r) => setTimeout(r, (seconds * 1000) / 10));
        }
        media.pause();
      }, PLAY_SECONDS);
      console.log(`played ${PLAY_SECONDS} s at 3x, seeking to ten places`);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { total, groups } = heapBreakdown(JSON.parse(chunks.join('')) as Snapshot);
    const mb = (b: number) => (b / 2 ** 20).toFixed(2);
    console.log(`${SIZE}: Runtime.getHeapUsage ${mb(used)} MB; objects of the JavaScript heap in the snapshot ${mb(total)} MB`);
    console.log('MB      count    group');
    for (const [key, g] of groups.slice(0, TOP)) console.log(`${mb(g.bytes).padStart(6)}  ${String(g.count).padStart(7)}  ${key}`);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
