import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bandCorridor, corridorAroundPath, corridorCells, dtw, firstColumnPerRow, fullCorridor, type Path } from '../../src/align/dtw.js';
import { pauses, speechFrames, speechThreshold } from '../../src/align/vad.js';
import { percentile } from '../../src/audio/stats.js';
import { onsetAfterPause, startAfterInnerPause, trimStretched, unspokenWords } from '../../src/align/align.js';

/** A cost function over a small matrix written out by hand. */
const matrix = (m: number[][]) => (i: number, j: number) => m[i]![j]!;
const pairs = (p: Path) => Array.from(p.rows, (r, k) => [r, p.cols[k]!]);

describe('dtw', () => {
  const cases: { name: string; cost: number[][]; path: number[][]; total: number; diagonalWeight?: number }[] = [
    {
      name: 'a cheap diagonal',
      cost: [
        [0, 9, 9],
        [9, 0, 9],
        [9, 9, 0],
      ],
      path: [[0, 0], [1, 1], [2, 2]],
      total: 0,
    },
    {
      name: 'a reference frame held over two recording frames',
      cost: [
        [0, 9, 9, 9],
        [9, 0, 0, 9],
        [9, 9, 9, 0],
      ],
      path: [[0, 0], [1, 1], [1, 2], [2, 3]],
      total: 0,
    },
    {
      name: 'two reference frames said in one recording frame',
      cost: [
        [0, 9, 9],
        [9, 0, 9],
        [9, 0, 9],
        [9, 9, 0],
      ],
      path: [[0, 0], [1, 1], [2, 1], [3, 2]],
      total: 0,
    },
    {
      name: 'a detour around an expensive cell',
      cost: [
        [1, 1, 5],
        [5, 9, 1],
        [5, 5, 1],
      ],
      path: [[0, 0], [0, 1], [1, 2], [2, 2]],
      total: 4,
    },
    {
      name: 'a diagonal step that costs double with the symmetric pattern',
      cost: [
        [1, 1],
        [1, 1],
      ],
      path: [[0, 0], [1, 1]],
      total: 2,
    },
  ];
  for (const c of cases) {
    it(`finds ${c.name}`, () => {
      const p = dtw(matrix(c.cost), fullCorridor(c.cost.length, c.cost[0]!.length), { diagonalWeight: c.diagonalWeight ?? 1 });
      assert.deepEqual(pairs(p), c.path);
      assert.equal(p.cost, c.total);
    });
  }

  it('prefers two single steps to a doubled diagonal when they are cheaper (symmetric pattern)', () => {
    // Diagonal (0,0)→(1,1) weighs 2 × 3 = 6 at the end cell; via (0,1) it is 1 + 3 = 4.
    const cost = [
      [0, 1],
      [9, 3],
    ];
    const p = dtw(matrix(cost), fullCorridor(2, 2), { diagonalWeight: 2 });
    assert.deepEqual(pairs(p), [[0, 0], [0, 1], [1, 1]]);
  });

  it('rides the first row over a lead-in at no more than the edge cost', () => {
    // Row 0 is the reference's leading silence; columns 0–3 are a loud lead-in unlike anything.
    const cost = [
      [8, 8, 8, 8, 0, 9, 9],
      [9, 9, 9, 9, 9, 0, 9],
      [9, 9, 9, 9, 9, 9, 0],
    ];
    const capped = dtw(matrix(cost), fullCorridor(3, 7), { edgeCost: 2, diagonalWeight: 1 });
    assert.deepEqual(pairs(capped), [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [1, 5], [2, 6]]);
    assert.equal(capped.cost, 8 + 2 * 3 + 0);
  });

  it('holds speech the text lacks in a silence of the reference, not in a word stretched over it, when stretching has a price', () => {
    // Rows: a word, a silence of the reference (free), a word. Columns 1–3 are speech the text
    // does not have, nearly as close to the first word (1.2) as to anything (the silence's cap 1.6).
    const cost = [
      [0, 1.2, 1.2, 1.2, 9],
      [9, 5, 5, 5, 9],
      [9, 9, 9, 9, 0],
    ];
    const freeRows = Uint8Array.from([0, 1, 0]);
    const free = dtw(matrix(cost), fullCorridor(3, 5), { edgeCost: 1.6, diagonalWeight: 1, freeRows });
    assert.deepEqual(pairs(free), [[0, 0], [0, 1], [0, 2], [1, 3], [2, 4]]);
    const priced = dtw(matrix(cost), fullCorridor(3, 5), { edgeCost: 1.6, diagonalWeight: 1, freeRows, stretchPenalty: 0.5 });
    assert.deepEqual(pairs(priced), [[0, 0], [1, 1], [1, 2], [1, 3], [2, 4]]);
  });

  it('takes one stretch of recording matched to no text over two of the same length when opening one has a price', () => {
    // Rows: a word, a silence of the reference (free), a word Y, a silence, a word. Columns: the
    // first word, silence, two frames of speech the text lacks, a near copy of Y (0.9), silence,
    // Y itself (1), silence, the last word. Matching Y to the near copy and passing over Y costs
    // 0.1 less, but leaves two stretches where there is one.
    const between = [9, 0.5, 5, 5, 5, 0.5, 5, 0.5, 9];
    const cost = [[0, 9, 9, 9, 9, 9, 9, 9, 9], between, [9, 9, 9, 9, 0.9, 9, 1, 9, 9], between, [9, 9, 9, 9, 9, 9, 9, 9, 0]];
    const freeRows = Uint8Array.from([0, 1, 0, 1, 0]);
    const gaps = (p: Path) => Array.from(p.skipped!).filter((s, k, all) => s && !all[k - 1]).length;
    const free = dtw(matrix(cost), fullCorridor(5, 9), { edgeCost: 2, diagonalWeight: 1, freeRows });
    assert.deepEqual(pairs(free), [[0, 0], [1, 1], [1, 2], [1, 3], [2, 4], [3, 5], [3, 6], [3, 7], [4, 8]]);
    assert.equal(gaps(free), 2);
    const priced = dtw(matrix(cost), fullCorridor(5, 9), { edgeCost: 2, diagonalWeight: 1, freeRows, gapOpen: 1 });
    assert.deepEqual(pairs(priced), [[0, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [2, 6], [3, 7], [4, 8]]);
    assert.equal(gaps(priced), 1);
    assert.equal(priced.cost, 0 + 0.5 + 3 * 2 + 0.5 + 1 + 0.5 + 0);
  });

  it('charges no opening for a lead-in or a tail', () => {
    // The lead-in of the first test: the same path and cost with a price on opening.
    const cost = [
      [8, 8, 8, 8, 0, 9, 9],
      [9, 9, 9, 9, 9, 0, 9],
      [9, 9, 9, 9, 9, 9, 0],
    ];
    const p = dtw(matrix(cost), fullCorridor(3, 7), { edgeCost: 2, diagonalWeight: 1, gapOpen: 100 });
    assert.deepEqual(pairs(p), [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [1, 5], [2, 6]]);
    assert.equal(p.cost, 8 + 2 * 3 + 0);
  });

  it('stays inside its corridor', () => {
    // Cheapest outside the corridor: the path may not take the zeros.
    const cost = [
      [1, 1, 0, 0],
      [0, 1, 1, 1],
      [0, 0, 0, 1],
    ];
    const corridor = { rows: 3, cols: 4, lo: Int32Array.from([0, 1, 3]), hi: Int32Array.from([2, 4, 4]) };
    const p = dtw(matrix(cost), corridor, { diagonalWeight: 1 });
    for (let k = 0; k < p.rows.length; k++) {
      assert.ok(p.cols[k]! >= corridor.lo[p.rows[k]!]! && p.cols[k]! < corridor.hi[p.rows[k]!]!);
    }
    assert.equal(p.cost, 4);
    assert.deepEqual(pairs(p)[0], [0, 0]);
    assert.deepEqual(pairs(p).at(-1), [2, 3]);
  });

  it('says so when the corridor does not reach the last corner', () => {
    const corridor = { rows: 2, cols: 4, lo: Int32Array.from([0, 0]), hi: Int32Array.from([1, 2]) };
    assert.throws(() => dtw(() => 0, corridor), /does not connect/);
  });
});

describe('corridors', () => {
  it('bands the diagonal by ± radius, clipped to the matrix', () => {
    const c = bandCorridor(5, 9, 1);
    assert.deepEqual(Array.from(c.lo), [0, 1, 3, 5, 7]);
    assert.deepEqual(Array.from(c.hi), [2, 4, 6, 8, 9]);
    assert.equal(corridorCells(c), 2 + 3 + 3 + 3 + 2);
  });

  it('widens a coarse path by the factor and the radius', () => {
    const coarse: Path = { rows: Int32Array.from([0, 1, 1, 2]), cols: Int32Array.from([0, 0, 1, 2]), cost: 0 };
    const c = corridorAroundPath(coarse, 2, 6, 6, 1);
    // Coarse row 1 covers coarse columns 0–1 → fine columns 0–3, widened to 0–4 (hi exclusive 5).
    assert.deepEqual(Array.from(c.lo), [0, 0, 0, 0, 3, 3]);
    assert.deepEqual(Array.from(c.hi), [3, 3, 5, 5, 6, 6]);
  });

  it('gives rows past the coarse grid their neighbour\'s range and keeps bounds monotonic', () => {
    const coarse: Path = { rows: Int32Array.from([0, 1]), cols: Int32Array.from([0, 1]), cost: 0 };
    const c = corridorAroundPath(coarse, 2, 5, 4, 0);
    assert.deepEqual(Array.from(c.lo), [0, 0, 2, 2, 2]);
    assert.deepEqual(Array.from(c.hi), [2, 2, 4, 4, 4]);
  });

  it('maps each row to the first column the path reaches it in', () => {
    const p: Path = { rows: Int32Array.from([0, 0, 1, 3]), cols: Int32Array.from([0, 1, 2, 3]), cost: 0 };
    assert.deepEqual(Array.from(firstColumnPerRow(p, 4)), [0, 2, 2, 3]);
  });
});

describe('voice activity', () => {
  it('takes percentiles of unsorted values', () => {
    assert.equal(percentile([5, 1, 4, 2, 3], 0), 1);
    assert.equal(percentile([5, 1, 4, 2, 3], 0.5), 3);
    assert.equal(percentile([5, 1, 4, 2, 3], 1), 5);
  });

  it('puts the threshold above the noise floor by a quarter of the dynamic range, at least 6 dB', () => {
    const clean = [...new Array(20).fill(-100), ...new Array(80).fill(-20)];
    assert.equal(speechThreshold(clean), -100 + 20);
    const noisy = [...new Array(20).fill(-40), ...new Array(80).fill(-30)];
    assert.equal(speechThreshold(noisy), -40 + 6);
  });

  it('marks speech frames and fills short pauses inside speech only', () => {
    const e = [-90, -10, -90, -90, -10, -90, -90, -90, -10, -90];
    assert.deepEqual(Array.from(speechFrames(e, -50)), [0, 1, 0, 0, 1, 0, 0, 0, 1, 0]);
    assert.deepEqual(Array.from(speechFrames(e, -50, 2)), [0, 1, 1, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('lists pauses of a minimum length', () => {
    assert.deepEqual(pauses(Uint8Array.from([0, 1, 0, 0, 1, 0, 0, 0]), 2), [[2, 4], [5, 8]]);
  });
});

describe('text never spoken', () => {
  // Five words of 0.3 s each (frames of 10 ms); `gone`: passed over in a pause of the recording.
  const spans = [0, 1, 2, 3, 4].map((k) => [k * 30, k * 30 + 30] as const);
  it('leaves a run of passed-over words untimed when it lasts at least the minimum', () => {
    assert.deepEqual(unspokenWords(spans, [false, true, true, true, true], 0.01, 1), [false, true, true, true, true]);
  });
  it('times a word or two passed over in a pause: a soft onset under noise, not missing text', () => {
    assert.deepEqual(unspokenWords(spans, [true, false, true, true, false], 0.01, 1), [false, false, false, false, false]);
  });
});

describe('words stretched over other sound', () => {
  it('moves the start of a word far longer than its reference to where its own length ends at its end', () => {
    const words = [
      { start: 2, end: 40.5 },
      { start: 40.5, end: 41 },
      { start: 41, end: 42.2 },
    ];
    trimStretched(words, [0.4, 0.4, 0.4], 1.25);
    assert.deepEqual(words, [
      { start: 40, end: 40.5 },
      { start: 40.5, end: 41 },
      { start: 41, end: 42.2 },
    ]);
  });
});

describe('a sentence started in sound before a pause', () => {
  // Frames of 10 ms; the recording pauses from 40.0 to 40.5 s (frames 4000–4050).
  const pauses: [number, number][] = [[4000, 4050]];
  it('moves its first words after a pause held inside one of them, in proportion to their reference lengths', () => {
    const words = [
      { start: 39, end: 39.4 },
      { start: 39.4, end: 41.1 },
      { start: 41.1, end: 41.4 },
    ];
    startAfterInnerPause(words, [20, 60, 30], [true, false, false], pauses, 0.01);
    assert.deepEqual(
      words.map((w) => [+w.start.toFixed(3), +w.end.toFixed(3)]),
      [
        [40.5, 40.65],
        [40.65, 41.1],
        [41.1, 41.4],
      ],
    );
  });
  it('leaves a sentence alone when the pause lies between its words or later in it', () => {
    const between = [
      { start: 39, end: 40 },
      { start: 40.5, end: 41.1 },
    ];
    startAfterInnerPause(between, [20, 60], [true, false], pauses, 0.01);
    assert.deepEqual(between, [
      { start: 39, end: 40 },
      { start: 40.5, end: 41.1 },
    ]);
    const later = [38, 38.5, 39, 39.5].map((t) => ({ start: t, end: t + 0.5 }));
    later.push({ start: 39.9, end: 41 });
    const copy = later.map((w) => ({ ...w }));
    startAfterInnerPause(later, [50, 50, 50, 50, 50], [true, false, false, false, false], pauses, 0.01);
    assert.deepEqual(later, copy);
  });
});

describe('a sentence start put in a pause', () => {
  const speech = Uint8Array.from([1, 1, 0, 0, 0, 0, 0, 1, 1, 0]);
  it('moves to where the speech after the pause starts', () => {
    assert.equal(onsetAfterPause(speech, 3, 5), 7);
  });
  it('stays where it is when the word holds speech, or no speech follows', () => {
    assert.equal(onsetAfterPause(speech, 1, 3), null);
    assert.equal(onsetAfterPause(speech, 9, 10), null);
  });
});
