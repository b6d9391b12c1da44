import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile } from '../../src/audio/stats.js';

describe('order statistics', () => {
  const table: [string, () => number, number][] = [
    ['median of an odd count', () => median([3, 1, 2]), 2],
    ['median of an even count: the mean of the middle two', () => median([4, 1, 3, 2]), 2.5],
    ['median of typed arrays', () => median(Float32Array.of(5, 1, 4)), 4],
    ['median leaves out what is not finite', () => median([1, NaN, 3, Infinity]), 2],
    ['median of nothing', () => median([]), NaN],
    ['percentile 0 is the least', () => percentile([5, 1, 4, 2, 3], 0), 1],
    ['percentile 0.5 is the median', () => percentile([5, 1, 4, 2, 3], 0.5), 3],
    ['percentile 1 is the greatest', () => percentile([5, 1, 4, 2, 3], 1), 5],
    ['percentile interpolates between ranks', () => percentile([10, 20, 30, 40, 50], 0.9), 46],
    ['percentile clamps the share', () => percentile([10, 20], 2), 20],
    ['percentile of nothing', () => percentile([], 0.5), NaN],
  ];
  for (const [name, run, expected] of table) it(`${name} → ${expected}`, () => assert.equal(run(), expected));
});
