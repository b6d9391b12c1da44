/**
 * `npm run bench:formats`: every read and write path is linear in its input. Each shape below is
 * made at 1, 2, 4, 8, 16 and 32 MB, and the time per megabyte is printed with its ratio to the
 * 1 MB time of the same shape, measured in the same run: a linear path stays near 1×, a
 * quadratic one doubles with every row (it was 2× a row for `captionParts` on a long sentence,
 * the Markdown emphasis of `**x `, and the moderator's "question from …" pattern).
 *
 * The shapes: ordinary timed transcripts in each caption format (read and write); the shapes
 * that were quadratic; captions whose sentences run across cues (the word-time estimate).
 *
 *   npm run bench:formats                 # 1 → 32 MB, median of 3 runs up to 4 MB, 1 run above
 *   npm run bench:formats -- --max 8      # stop at 8 MB
 *   npm run bench:formats -- --only md    # only the shapes whose name contains "md"
 */
import { readTranscript, writeTranscript, type FormatId } from '../src/formats/index.js';
import { longSentence, timedTranscript } from './timed-transcript.js';

const MB = 1 << 20;
const maxArg = process.argv.indexOf('--max');
const MAX_MB = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 32;
const SIZES = [1, 2, 4, 8, 16, 32].filter((s) => s <= MAX_MB);
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1]! : '';

/** Podcast-style WebVTT: cues of 8 words cut mid-sentence, so every word time is estimated. */
function spanningVtt(bytes: number): string {
  let out = 'WEBVTT\n\n';
  let ms = 0;
  let n = 0;
  const stamp = (t: number) => `${String(Math.floor(t / 3_600_000)).padStart(2, '0')}:${String(Math.floor(t / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(t / 1000) % 60).padStart(2, '0')}.${String(t % 1000).padStart(3, '0')}`;
  while (out.length < bytes) {
    const words = Array.from({ length: 8 }, () => (++n % 13 === 0 ? 'stop.' : `word${n % 97}`));
    out += `${stamp(ms)} --> ${stamp(ms + 2400)}\n<v Speaker ${Math.floor(n / 400) % 2 ? 'B' : 'A'}>${words.join(' ')}\n\n`;
    ms += 2400;
  }
  return out;
}

const repeatTo = (unit: string, bytes: number, head = '') => head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));

interface Shape {
  name: string;
  /** Makes the input of about `bytes` and returns the work to time. */
  make(bytes: number): () => unknown;
}

const WORDS_PER_MB = timedWordsPerMb();

/** How many timed words make a megabyte of each format (measured once on 20,000 words). */
function timedWordsPerMb(): Record<FormatId, number> {
  const t = timedTranscript(20_000, 30);
  const out = {} as Record<FormatId, number>;
  for (const id of ['json', 'podcast-json', 'vtt', 'srt'] as FormatId[]) out[id] = (20_000 * MB) / writeTranscript(t, id).length;
  return out;
}

const SHAPES: Shape[] = [
  ...(['vtt', 'srt', 'podcast-json', 'json'] as FormatId[]).flatMap((id): Shape[] => [
    {
      name: `read ${id}, timed`,
      make(bytes) {
        const text = writeTranscript(timedTranscript(Math.round((WORDS_PER_MB[id] * bytes) / MB), 30), id);
        return () => readTranscript(text, { format: id });
      },
    },
    {
      name: `write ${id}, timed`,
      make(bytes) {
        const t = timedTranscript(Math.round((WORDS_PER_MB[id] * bytes) / MB), 30);
        return () => writeTranscript(t, id);
      },
    },
  ]),
  {
    name: 'write vtt, one long sentence',
    make(bytes) {
      const t = longSentence(Math.round(bytes / 7));
      return () => writeTranscript(t, 'vtt');
    },
  },
  {
    name: 'read vtt, sentences across cues',
    make(bytes) {
      const text = spanningVtt(bytes);
      return () => readTranscript(text, { format: 'vtt' });
    },
  },
  {
    name: 'read md, one long sentence',
    make(bytes) {
      const text = repeatTo('word ', bytes, 'SPEAKER: ');
      return () => readTranscript(text, { format: 'press-release' });
    },
  },
  {
    name: 'read md, unclosed **x',
    make(bytes) {
      const text = repeatTo('**x ', bytes, 'SPEAKER: ');
      return () => readTranscript(text, { format: 'press-release' });
    },
  },
  {
    name: 'read md, unclosed [x](',
    make(bytes) {
      const text = repeatTo('[x](', bytes, 'SPEAKER: ');
      return () => readTranscript(text, { format: 'press-release' });
    },
  },
  {
    name: 'read md, moderator "question"',
    make(bytes) {
      const text = `${repeatTo('question ', bytes, 'MODERATOR: ')}\n\nQUESTION: Why?\n`;
      return () => readTranscript(text, { format: 'press-release' });
    },
  },
];

function time(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

console.log(`Times per MB (ms/MB) as the input doubles; in brackets the ratio to the 1 MB time of the same shape (linear ≈ 1×).`);
console.log(`Median of 3 runs up to 4 MB, 1 run above. ${new Date().toISOString()}, Node ${process.versions.node}.\n`);
console.log(`${'shape'.padEnd(34)}${SIZES.map((s) => `${s} MB`.padStart(16)).join('')}`);
for (const shape of SHAPES.filter((s) => s.name.includes(ONLY))) {
  let base = 0;
  const cells: string[] = [];
  for (const size of SIZES) {
    const run = shape.make(size * MB);
    run(); // warm-up
    const ms = time(run, size <= 4 ? 3 : 1);
    const perMb = ms / size;
    if (size === SIZES[0]) base = perMb;
    cells.push(`${perMb.toFixed(0)} (${(perMb / base).toFixed(1)}×)`.padStart(16));
  }
  console.log(`${shape.name.padEnd(34)}${cells.join('')}`);
}
