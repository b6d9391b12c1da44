import { expect } from '@open-wc/testing';
import { formatClock, formatSpoken, formatSpokenPosition, parseClock } from '../../../src/model/time-format.js';

describe('formatClock', () => {
  const cases: [number, string][] = [
    [0, '0:00'], [0.999, '0:00'], [42, '0:42'], [59.9, '0:59'], [60, '1:00'], [845, '14:05'],
    [3599, '59:59'], [3600, '1:00:00'], [3723, '1:02:03'], [36000, '10:00:00'],
    [-5, '0:00'], [Number.NaN, '0:00'], [Number.POSITIVE_INFINITY, '0:00'],
  ];
  for (const [seconds, text] of cases) {
    it(`${seconds} → "${text}"`, () => expect(formatClock(seconds)).to.equal(text));
  }
});

describe('formatSpoken', () => {
  const cases: [number, string][] = [
    [0, '0 seconds'], [1, '1 second'], [2, '2 seconds'], [60, '1 minute'], [61, '1 minute 1 second'],
    [125, '2 minutes 5 seconds'], [1440, '24 minutes'], [3600, '1 hour'], [3723, '1 hour 2 minutes 3 seconds'],
    [7200.7, '2 hours'], [-3, '0 seconds'],
  ];
  for (const [seconds, text] of cases) {
    it(`${seconds} → "${text}"`, () => expect(formatSpoken(seconds)).to.equal(text));
  }
  it('speaks a position of a duration', () => {
    expect(formatSpokenPosition(125, 1440)).to.equal('2 minutes 5 seconds of 24 minutes');
  });
});

describe('parseClock', () => {
  const cases: [string, number | null][] = [
    ['75', 75], ['75.5', 75.5], ['1:15', 75], ['2:30', 150], ['1:02:03', 3723], ['00:01:02.345', 62.345],
    ['00:01:02,345', 62.345], [' 3:19.460 ', 199.46], ['1:75', null], ['1:60:00', null], ['abc', null], ['', null],
    ['-1', null], ['1:2:3:4', null],
  ];
  for (const [text, seconds] of cases) {
    it(`"${text}" → ${seconds}`, () => {
      const got = parseClock(text);
      if (seconds === null) expect(got).to.equal(null);
      else expect(got).to.be.closeTo(seconds, 1e-9);
    });
  }
});
