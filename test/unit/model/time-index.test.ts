import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TimeIndex, lastAtOrBefore } from '../../../src/model/time-index.js';
import type { Transcript, Turn } from '../../../src/model/transcript.js';

function turn(speaker: string, words: [string, number | null, number | null][], annotation?: number): Turn {
  const ws = words.map(([text, start, end], i) => ({ text, start, end, ...(i === annotation ? { annotation: true } : {}) }));
  const timed = ws.filter((w) => w.start !== null && !w.annotation);
  const start = timed.length ? timed[0]!.start : null;
  const end = timed.length ? timed[timed.length - 1]!.end : null;
  return {
    speaker, start, end, annotations: [],
    sentences: [{ text: ws.map((w) => w.text).join(' '), start, end, words: ws }],
  };
}

const transcript: Transcript = {
  metadata: {}, questions: [], chapters: [],
  speakers: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  turns: [
    turn('a', [['Hello', 1, 1.5], ['there.', 1.6, 2]]),
    turn('b', [['Untimed', null, null]]),
    turn('b', [['Yes', 3, 3.4], ['(inaudible)', null, null], ['indeed.', 3.5, 4]], 1),
  ],
};

describe('TimeIndex', () => {
  const index = new TimeIndex(transcript);

  it('finds the turn spoken at a time, held through the pause after it', () => {
    const cases: [number, number][] = [[0, -1], [0.99, -1], [1, 0], [1.7, 0], [2.5, 0], [3, 2], [3.9, 2], [100, 2]];
    for (const [t, expected] of cases) expect(index.turnAt(t), `turnAt(${t})`).to.equal(expected);
  });

  it('finds the word spoken at a time, and none in a pause', () => {
    expect(index.wordAt(1.2)).to.deep.equal({ turn: 0, sentence: 0, word: 0 });
    expect(index.wordAt(1.55)).to.equal(null);
    expect(index.wordAt(1.6)).to.deep.equal({ turn: 0, sentence: 0, word: 1 });
    expect(index.wordAt(3.7)).to.deep.equal({ turn: 2, sentence: 0, word: 2 });
    expect(index.wordAt(4)).to.equal(null);
    expect(index.wordAt(0)).to.equal(null);
  });

  it('leaves untimed turns and annotations out', () => {
    expect(index.wordCount).to.equal(4);
    expect(index.turns.starts.length).to.equal(2);
  });

  it('finds sentences', () => {
    expect(index.sentenceAt(0.5)).to.equal(null);
    expect(index.sentenceAt(3.2)).to.deep.equal({ turn: 2, sentence: 0 });
  });

  it('skips an item that starts before its predecessor instead of breaking the search', () => {
    const broken: Transcript = {
      ...transcript,
      turns: [turn('a', [['one', 5, 6]]), turn('a', [['two', 2, 3]]), turn('a', [['three', 7, 8]])],
    };
    const i = new TimeIndex(broken);
    expect(i.turnAt(7.5)).to.equal(2);
    expect(i.turnAt(5.5)).to.equal(0);
  });
});

describe('lastAtOrBefore', () => {
  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true })), fc.double({ min: -10, max: 1010, noNaN: true }), (xs, t) => {
        const sorted = Float64Array.from(xs).sort();
        let expected = -1;
        for (let i = 0; i < sorted.length; i++) if (sorted[i]! <= t) expected = i;
        expect(lastAtOrBefore(sorted, t)).to.equal(expected);
      }),
    );
  });
});
