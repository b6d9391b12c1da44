import { expect } from '@open-wc/testing';
import { parseMediaFragment, parseNpt, formatMediaFragment, formatNpt, linkAt } from '../../../src/nav/media-fragment.js';

describe('media fragments: reading #t=', () => {
  const valid: [string, { start: number; end: number | null }][] = [
    ['#t=75', { start: 75, end: null }],
    ['t=75', { start: 75, end: null }],
    ['#t=75.5', { start: 75.5, end: null }],
    ['#t=1:15,2:30', { start: 75, end: 150 }],
    ['#t=npt:75', { start: 75, end: null }],
    ['#t=npt:10,20', { start: 10, end: 20 }],
    ['#t=,30', { start: 0, end: 30 }],
    ['#t=npt:,30', { start: 0, end: 30 }],
    ['#t=01:02:03.5', { start: 3723.5, end: null }],
    ['#t=0:00:05', { start: 5, end: null }],
    ['#t=10:00', { start: 600, end: null }],
    ['#t=0', { start: 0, end: null }],
    ['#t=5.', { start: 5, end: null }],
    ['#t=1%3A15', { start: 75, end: null }],
    ['#xywh=1,2,3,4&t=300', { start: 300, end: null }],
    ['#t=10&t=20', { start: 20, end: null }],
    ['#t=20&t=junk', { start: 20, end: null }],
  ];
  for (const [input, expected] of valid) {
    it(`reads ${input}`, () => expect(parseMediaFragment(input)).to.deep.equal(expected));
  }

  const junk = [
    '', '#', '#t', '#t=', '#t=,', '#t=-5', '#t=abc', '#t=1e3', '#t=0x10', '#t=Infinity', '#t=NaN',
    '#t=1:75', '#t=1:60:00', '#t=1:5', '#t=30,10', '#t=10,10', '#t=smpte:0:01:00', '#t=clock:2009-07-26T11:19:01Z',
    '#t= 75', '#t=75 ', '#t=.5', '#t=%E0%A4%A', '#time=75', '#T=75', '#question-3', '#t=75,abc', '#t=1:2:3:4',
  ];
  for (const input of junk) {
    it(`rejects ${JSON.stringify(input)} without throwing`, () => expect(parseMediaFragment(input)).to.equal(null));
  }

  it('reads single NPT times', () => {
    expect(parseNpt('845.25')).to.equal(845.25);
    expect(parseNpt('14:05')).to.equal(845);
    expect(parseNpt('1:00:00')).to.equal(3600);
    expect(parseNpt('100:00:00')).to.equal(360000);
    expect(parseNpt('')).to.equal(null);
  });
});

describe('media fragments: writing #t=', () => {
  const table: [{ start: number; end?: number | null }, string][] = [
    [{ start: 75 }, 't=75'],
    [{ start: 75, end: 150 }, 't=75,150'],
    [{ start: 845.25 }, 't=845.25'],
    [{ start: 845.2344 }, 't=845.234'],
    [{ start: 0.1 + 0.2 }, 't=0.3'],
    [{ start: 0 }, 't=0'],
    [{ start: -3 }, 't=0'],
    [{ start: 10, end: null }, 't=10'],
  ];
  for (const [range, expected] of table) {
    it(`writes ${JSON.stringify(range)} as ${expected}`, () => expect(formatMediaFragment(range)).to.equal(expected));
  }

  it('round-trips what it writes', () => {
    for (const start of [0, 0.001, 1.5, 59.999, 845.234, 36000.5]) {
      expect(parseMediaFragment(`#${formatMediaFragment({ start })}`)).to.deep.equal({ start, end: null });
    }
    expect(formatNpt(12.3)).to.equal('12.3');
  });

  it('replaces the fragment of an address', () => {
    expect(linkAt('https://example.org/talk?x=1', { start: 75 })).to.equal('https://example.org/talk?x=1#t=75');
    expect(linkAt('https://example.org/talk#t=10', { start: 75, end: 80 })).to.equal('https://example.org/talk#t=75,80');
    expect(linkAt('https://example.org/talk#question-3', { start: 1.5 })).to.equal('https://example.org/talk#t=1.5');
  });
});
