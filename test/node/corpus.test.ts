/**
 * The corpus of real transcripts (test/fixtures/corpus): every tuning file read as a careful
 * reader reads it; on the held-out part, which the rules were not tuned on, nothing invented.
 * `npm run bench:corpus` prints the full table for both parts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusFiles, scoreFile, scorePart } from '../corpus/score.js';

describe('corpus of real transcripts: tuning part', () => {
  for (const file of corpusFiles('tuning')) {
    it(`${file}: turns, speakers and askers as a careful reader finds them`, () => {
      const s = scoreFile('tuning', file);
      assert.deepEqual(s.problems, []);
      assert.equal(s.turnsRight, s.turns);
      assert.ok(s.speakersRight);
      assert.deepEqual(s.invented, []);
    });
  }
});

describe('corpus of real transcripts: held-out part', () => {
  it('reads every file, and invents no asker or outlet', () => {
    const s = scorePart('held-out');
    for (const f of s.files) assert.ok(!f.problems.some((p) => p.startsWith('not read')), `${f.file}: ${f.problems.join('; ')}`);
    assert.equal(s.invented, 0);
  });
});
