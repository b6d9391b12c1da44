/**
 * Reading a fetched transcript yields to the page before and after it: the code that arrived with
 * the file, reading it, and showing the first screenful are three tasks, not one (a long task
 * before the player answers).
 */
import { expect } from '@open-wc/testing';
import { fetchTranscript } from '../../../src/components/shared/fetch-transcript.js';
import { writeParleyJson } from '../../../src/formats/json/index.js';
import { timedTranscript } from '../../helpers/fixtures.js';

describe('fetchTranscript', () => {
  it('yields to the page before reading the file and again after it', async () => {
    const url = URL.createObjectURL(new Blob([writeParleyJson(timedTranscript(5))], { type: 'application/json' }));
    const steps: string[] = [];
    const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
    const realYield = scheduler.yield;
    const realParse = JSON.parse;
    scheduler.yield = function (this: unknown) {
      steps.push('yield');
      return realYield.call(this);
    };
    JSON.parse = function (this: unknown, ...args: Parameters<typeof JSON.parse>) {
      steps.push('read');
      return realParse.apply(this, args);
    } as typeof JSON.parse;
    try {
      const result = await fetchTranscript(url, 'five.json');
      expect('transcript' in result && result.transcript.turns.length).to.equal(5);
    } finally {
      scheduler.yield = realYield;
      JSON.parse = realParse;
      URL.revokeObjectURL(url);
    }
    // Only the reading's own steps, in order: a yield, the file read, a yield.
    const first = steps.indexOf('read');
    expect(first, 'the file was read').to.be.above(0);
    expect(steps[first - 1], 'a yield just before reading').to.equal('yield');
    expect(steps.at(-1), 'a yield after reading').to.equal('yield');
  });
});
