import { expect } from '@open-wc/testing';
import { mediaTimeOf } from '../../../src/model/media-time.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import type { Transcript } from '../../../src/model/transcript.js';

describe('mediaTimeOf: the media time to go to for a transcript time', () => {
  const table: [number, number, number][] = [
    // time, offset, media time
    [0, 0, 0.001],
    [5, 0, 5.001],
    [7.7, 1, 8.701],
    [12.3456, 0, 12.347],
    [2, -0.5, 1.501],
    [0.2, -1, 0.001],
    [3, 0.1, 3.101],
  ];
  for (const [time, offset, expected] of table) {
    it(`${time} s with offset ${offset} → ${expected}`, () => expect(mediaTimeOf(time, offset)).to.equal(expected));
  }

  it('lands inside the item once the offset is taken away again', () => {
    const starts = [0.1, 0.3, 0.7, 1.1, 2.3, 4.35, 7.7, 8.2, 99.99, 1234.567];
    const transcript: Transcript = {
      metadata: {}, questions: [], chapters: [], speakers: [{ id: 'a', name: 'A' }],
      turns: starts.map((start) => ({ speaker: 'a', start, end: start + 0.05, annotations: [], sentences: [{ text: 'x', start, end: start + 0.05, words: [{ text: 'x', start, end: start + 0.05 }] }] })),
    };
    const index = new TimeIndex(transcript);
    for (const offset of [0, 1, -0.1, 0.3, 2.7, -0.05]) {
      starts.forEach((start, turn) => {
        if (start + offset < 0) return;
        expect(index.turnAt(mediaTimeOf(start, offset) - offset), `turn ${turn} at offset ${offset}`).to.equal(turn);
      });
    }
  });
});

describe('TimeIndex.currentTurnAt: the turn shown as current', () => {
  const transcript: Transcript = {
    metadata: {}, questions: [], chapters: [], speakers: [{ id: 'a', name: 'A' }],
    turns: [2, 5].map((start) => ({ speaker: 'a', start, end: start + 1, annotations: [], sentences: [{ text: 'x', start, end: start + 1, words: [{ text: 'x', start, end: start + 1 }] }] })),
  };
  const untimed: Transcript = { ...transcript, turns: transcript.turns.map((t) => ({ ...t, start: null, end: null, sentences: [] })) };
  const table: [string, Transcript, number, boolean, number][] = [
    ['before the first turn, not started', transcript, 0, false, -1],
    ['before the first turn, once playback has begun', transcript, 0.5, true, 0],
    ['in the first turn', transcript, 2.5, false, 0],
    ['in the pause after it', transcript, 4, true, 0],
    ['in the second turn', transcript, 5, true, 1],
    ['past the end', transcript, 99, false, 1],
    ['untimed, started', untimed, 3, true, -1],
  ];
  for (const [name, t, time, started, expected] of table) {
    it(`${name} → ${expected}`, () => expect(new TimeIndex(t).currentTurnAt(time, started)).to.equal(expected));
  }
});
