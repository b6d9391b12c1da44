import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { respectAnchors } from '../../src/align/index.js';

describe('alignment respects the times a transcript writes', () => {
  const aligned = [
    { start: 1, end: 2 },
    { start: 2, end: 3 },
    { start: 3, end: 4 },
    { start: 5, end: 6 },
  ];

  it('puts every anchored word at its anchor and stretches the words between', () => {
    const warped = respectAnchors(aligned, [2, null, null, 10]);
    assert.deepEqual(warped.map((w) => w.start), [2, 4, 6, 10]);
    assert.deepEqual(warped.map((w) => w.end), [4, 6, 8, 11]);
  });

  it('shifts words before the first anchor and after the last, never below zero', () => {
    assert.deepEqual(respectAnchors(aligned, [null, 1, null, null]).map((w) => w.start), [0, 1, 2, 4]);
  });

  it('changes nothing without anchors, and ignores an anchor that runs backwards', () => {
    assert.deepEqual(respectAnchors(aligned, [null, null, null, null]), aligned);
    assert.deepEqual(respectAnchors(aligned, [null, 4, 3, null]).map((w) => w.start), [3, 4, 5, 7]);
  });
});
