/**
 * The refusal test's null: the reference with its words shuffled keeps every frame of every
 * word whole, what lies between words in its place, and the silences of the layout with it. And
 * what the test reads of its alignments: the match score, not the share of words out of proportion.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ALIGN, orderMeasures, reorderFrames, shuffleWords, type OrderScores } from '../../src/align/align.js';

const HOP = 0.01;

describe('shuffleWords', () => {
  // Silence 0–0.2 s, four words of 0.1–0.4 s, a gap between the second and third (a sentence break), silence to the end.
  const frames = 200;
  const words = [
    { start: 0.2, end: 0.3 },
    { start: 0.3, end: 0.5 },
    { start: 0.8, end: 1.2 },
    { start: 1.2, end: 1.5 },
  ];
  const gaps: [number, number][] = [
    [0, 0.2],
    [0.5, 0.8],
    [1.5, 2],
  ];
  const s = shuffleWords(frames, HOP, words, gaps);
  const frameAt = (f: number) => s.source[f]!;

  it('keeps the length and every frame, and moves each word whole (its frames in order)', () => {
    assert.equal(s.source.length, frames);
    const seen = Array.from({ length: 200 }, (_x, f) => frameAt(f)).sort((a, b) => a - b);
    assert.deepEqual(seen, Array.from({ length: 200 }, (_x, f) => f));
    const lengths = s.words.map((w) => Math.round((w.end - w.start) / HOP));
    assert.deepEqual([...lengths].sort((a, b) => a - b), [10, 20, 30, 40]);
    for (const w of s.words) {
      const from = Math.round(w.start / HOP);
      const to = Math.round(w.end / HOP);
      const first = frameAt(from);
      for (let f = from; f < to; f++) assert.equal(frameAt(f), first + (f - from), 'a word is moved whole');
      assert.ok(words.some((x) => Math.round(x.start / HOP) === first), 'it starts where a word started');
    }
  });

  it('puts the words in another order, the same every time', () => {
    const firstFrames = s.words.map((w) => frameAt(Math.round(w.start / HOP)));
    assert.notDeepEqual(firstFrames, [20, 30, 80, 120]);
    assert.deepEqual(shuffleWords(frames, HOP, words, gaps).words, s.words);
  });

  it('moves frames of any width with their values', () => {
    const data = Float32Array.from({ length: frames * 3 }, (_x, k) => k);
    const moved = reorderFrames(data, 3, s.source);
    for (let f = 0; f < frames; f++) assert.deepEqual([...moved.subarray(f * 3, f * 3 + 3)], [0, 1, 2].map((d) => s.source[f]! * 3 + d));
  });

  it('keeps what lies between words in its place among them, and the gaps with it', () => {
    // The silence before the text, the sentence break after the second word, the silence after the text.
    assert.equal(s.gaps.length, 3);
    assert.deepEqual(s.gaps[0], [0, 0.2]);
    const breakStart = Math.round(s.gaps[1]![0] / HOP);
    assert.equal(Math.round(s.gaps[1]![1] / HOP) - breakStart, 30);
    assert.equal(frameAt(breakStart), 50, 'the sentence break keeps its own frames');
    assert.ok(Math.abs(s.gaps[1]![0] - s.words[1]!.end) < 1e-9, 'after the second word slot');
    assert.ok(Math.abs(s.gaps[2]![1] - 2) < 1e-9);
  });
});

describe('orderMeasures', () => {
  const shuffles = (scores: OrderScores[]) => {
    let k = 0;
    return () => scores[k++ % scores.length]!;
  };

  // Measures of the development set, rounded: the slow Spanish reader on a telephone line with a
  // quarter of its speech cut from the text, and the LibriVox text against another voice's recording.
  const spanishCut = orderMeasures({ matchScore: 0.753, irregular: 0.093 }, shuffles([0.78, 0.79, 0.8, 0.822].map((matchScore) => ({ matchScore, irregular: 0.163 }))));
  const otherText = orderMeasures({ matchScore: 0.764, irregular: 0.043 }, shuffles([0.74, 0.75, 0.76, 0.758].map((matchScore) => ({ matchScore, irregular: 0.174 }))));

  it('takes the match score in order less 3 × how much better it is than shuffled', () => {
    assert.ok(Math.abs(spanishCut.inOrder - 0.753) < 1e-9);
    assert.ok(Math.abs(spanishCut.shuffled - 0.798) < 1e-9);
    assert.deepEqual(spanishCut.each, [0.78, 0.79, 0.8, 0.822]);
    assert.ok(Math.abs(spanishCut.orderedMismatch - (0.753 - 3 * 0.045)) < 1e-9);
  });

  it('accepts a matching recording whose words out of proportion rise little with the shuffle, and refuses a text whose share rises on any recording', () => {
    // With the mismatch (match score + share out of proportion) the first measured 0.80 and the
    // second 0.76: the matching recording refused, the other text nearer to acceptance.
    assert.ok(spanishCut.orderedMismatch <= DEFAULT_ALIGN.maxOrderedMismatch, `matching: ${spanishCut.orderedMismatch.toFixed(3)}`);
    assert.ok(otherText.orderedMismatch > DEFAULT_ALIGN.maxOrderedMismatch, `other text: ${otherText.orderedMismatch.toFixed(3)}`);
  });

  it('is not moved by the share of words out of proportion', () => {
    const inOrder = { matchScore: 0.7, irregular: 0 };
    const a = orderMeasures(inOrder, () => ({ matchScore: 0.72, irregular: 0 }));
    const b = orderMeasures({ ...inOrder, irregular: 0.2 }, () => ({ matchScore: 0.72, irregular: 0.6 }));
    assert.equal(b.orderedMismatch, a.orderedMismatch);
  });

  it('cannot be measured when an alignment failed', () => {
    assert.ok(Number.isNaN(orderMeasures({ matchScore: NaN, irregular: NaN }, () => ({ matchScore: 0.8, irregular: 0 })).orderedMismatch));
  });
});
