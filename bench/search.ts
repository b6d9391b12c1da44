/**
 * `npm run bench:search`: how long building the search index and answering a query take on a
 * generated 10-hour transcript (90,000 words, 3,000 turns). Prints the median of several runs.
 */
import type { Sentence, Transcript, Turn } from '../src/model/transcript.js';
import { buildSearchIndex, search } from '../src/nav/search.js';
import { median } from '../src/audio/stats.js';

const VOCABULARY = (
  'the minister said that missile defense in Europe and the Gabala radar were discussed with our ' +
  'colleagues, and we agreed to continue consultations on strategic stability, Iran, Kosovo, the ' +
  'Conventional Forces in Europe treaty and human rights; Défense, coopération, sécurité.'
).split(' ');

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function transcript(words: number, wordsPerTurn: number): Transcript {
  const next = random(7);
  const turns: Turn[] = [];
  let n = 0;
  let t = 0;
  while (n < words) {
    const sentences: Sentence[] = [];
    for (let k = 0; k < wordsPerTurn / 15 && n < words; k++) {
      const ws = Array.from({ length: 15 }, () => {
        const text = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
        const word = { text, start: t, end: t + 0.25 };
        t += 0.3;
        n++;
        return word;
      });
      sentences.push({ text: ws.map((w) => w.text).join(' '), start: ws[0]!.start, end: ws[14]!.end, words: ws });
    }
    turns.push({ speaker: ['lavrov', 'rice', 'question'][turns.length % 3]!, start: sentences[0]!.start, end: sentences.at(-1)!.end, annotations: [], sentences });
  }
  return {
    metadata: {},
    speakers: [
      { id: 'lavrov', name: 'Foreign Minister Lavrov', fullName: 'Sergey Lavrov' },
      { id: 'rice', name: 'Secretary Rice', fullName: 'Condoleezza Rice' },
      { id: 'question', name: 'Question' },
    ],
    turns,
    questions: [],
    chapters: [],
  };
}


/** Median milliseconds of `run` over `runs` runs, after one warm-up run. */
function time(run: () => unknown, runs: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const big = transcript(90_000, 30);
const words = big.turns.reduce((n, turn) => n + turn.sentences.reduce((m, s) => m + s.words.length, 0), 0);
console.log(`Search on a generated transcript: ${words.toLocaleString('en')} words, ${big.turns.length.toLocaleString('en')} turns`);
console.log(`build index: ${time(() => buildSearchIndex(big), 7).toFixed(1)} ms (median of 7)`);

const index = buildSearchIndex(big);
const QUERIES = ['Gabala', 'gabala', 'missile defense', 'the', 't', 'défense coopération', 'Lavrov', 'Europe treaty', 'nothing here', '.*', '(', 'U.S.'];
console.log('query (median of 5 runs of 21 queries each)      ms/query  matches');
for (const q of QUERIES) {
  const perRun: number[] = [];
  for (let r = 0; r < 5; r++) perRun.push(time(() => search(index, q), 21));
  console.log(`${JSON.stringify(q).padEnd(48)} ${median(perRun).toFixed(3).padStart(8)}  ${String(search(index, q).length).padStart(7)}`);
}
