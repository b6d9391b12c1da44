/**
 * The refusal test's null: the reference with its words shuffled keeps every frame of every
 * word whole, what lies between words in its place, and the silences of the layout with it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reorderFrames, shuffleWords } from '../../src/align/align.js';

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
