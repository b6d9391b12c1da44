import { expect } from '@open-wc/testing';
import { buildSearchIndex, search, fold, wordKey, phraseKey, LABEL_MATCH, type SearchMatch } from '../../../src/nav/search.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { demoTranscript } from '../../helpers/demo.js';

/** A small transcript from lines "speaker: sentence | sentence". */
function make(lines: string[]): Transcript {
  return {
    metadata: {},
    speakers: [
      { id: 'lavrov', name: 'Foreign Minister Lavrov', fullName: 'Sergey Lavrov' },
      { id: 'rice', name: 'Secretary Rice', fullName: 'Condoleezza Rice' },
    ],
    questions: [],
    chapters: [],
    turns: lines.map((line) => {
      const speaker = line.slice(0, line.indexOf(': '));
      const text = line.slice(speaker.length + 2);
      return {
        speaker,
        start: null,
        end: null,
        annotations: [],
        sentences: text.split(' | ').map((s) => ({
          text: s,
          start: null,
          end: null,
          words: s.split(' ').map((w) => ({ text: w, start: null, end: null, ...(w.startsWith('(') ? { annotation: true } : {}) })),
        })),
      };
    }),
  };
}

/** Matches as the words they cover, "turn/sentence: words" or "turn/label". */
function show(t: Transcript, matches: SearchMatch[]): string[] {
  return matches.map((m) =>
    m.sentence === LABEL_MATCH
      ? `${m.turn}/label`
      : `${m.turn}/${m.sentence}: ${t.turns[m.turn]!.sentences[m.sentence]!.words.slice(m.startWord, m.endWord + 1).map((w) => w.text).join(' ')}`,
  );
}

const small = make([
  'rice: The U.S. and Russia discussed missile defense. | Missile, defense and the Gabala radar.',
  'lavrov: In Gabala, the radar (inaudible) works. | Défense — missile defense? Yes: Gabala!',
  'rice: Price of rice is a.*b and [x] (y) US us.',
]);
const smallIndex = buildSearchIndex(small);

describe('search: normalising', () => {
  const table: [string, string][] = [
    ['Gabala,', 'gabala'],
    ['(Gabala)', 'gabala'],
    ['GABALÁ', 'gabala'],
    ['U.S.', 'u.s'],
    ['Ça', 'ca'],
    ['naïve', 'naive'],
    ['—', ''],
    ['2+2', '2+2'],
    ['“Quoted”', 'quoted'],
  ];
  for (const [input, expected] of table) it(`${input} → ${JSON.stringify(expected)}`, () => expect(wordKey(input)).to.equal(expected));
  it('folds case and accents of whole phrases', () => {
    expect(fold('Élysée Palace')).to.equal('elysee palace');
    expect(phraseKey('  Missile   Defense, ')).to.equal('missile defense');
  });
});

describe('search: matching', () => {
  const table: [string, string[]][] = [
    ['Gabala', ['0/1: Gabala', '1/0: Gabala,', '1/1: Gabala!']],
    ['gabala', ['0/1: Gabala', '1/0: Gabala,', '1/1: Gabala!']],
    ['GABALA', ['0/1: Gabala', '1/0: Gabala,', '1/1: Gabala!']],
    ['Gabalá', ['0/1: Gabala', '1/0: Gabala,', '1/1: Gabala!']],
    ['Gaba', ['0/1: Gabala', '1/0: Gabala,', '1/1: Gabala!']],
    ['missile defense', ['0/0: missile defense.', '0/1: Missile, defense', '1/1: missile defense?']],
    ['defense', ['0/0: defense.', '0/1: defense', '1/1: Défense', '1/1: defense?']],
    ['U.S.', ['0/0: U.S.']],
    ['u.s', ['0/0: U.S.']],
    ['US', ['2/0: US', '2/0: us.']],
    ['rice', ['0/label', '2/label', '2/0: rice']],
    ['Lavrov', ['1/label']],
    ['Sergey', ['1/label']],
    ['minister', ['1/label']],
    ['inaudible', ['1/0: (inaudible)']],
    ['radar works', []],
    ['a.*b', ['2/0: a.*b']],
    ['.*', []],
    ['(', []],
    ['[', []],
    ['[x]', ['2/0: [x]']],
    // A match begins at a word start and may end inside a word: "(y)" is "y", and "Yes" begins with it.
    ['(y)', ['1/1: Yes:', '2/0: (y)']],
    ['G.bala', []],
    ['', []],
    ['   ', []],
    ['ice', []],
    // Never across a sentence end (turn 0), but across a dash, which is not a word (turn 1).
    ['defense. Missile', ['1/1: Défense — missile']],
  ];
  for (const [query, expected] of table) {
    it(`${JSON.stringify(query)} → ${expected.length} match(es)`, () => expect(show(small, search(smallIndex, query))).to.deep.equal(expected));
  }

  it('finds the 5 mentions of Gabala in the press conference, in any case or accent', async () => {
    const demo = await demoTranscript();
    const index = buildSearchIndex(demo);
    const matches = search(index, 'Gabala');
    expect(matches).to.have.length(5);
    for (const m of matches) expect(demo.turns[m.turn]!.sentences[m.sentence]!.words[m.startWord]!.text).to.match(/^Gabala/);
    expect(search(index, 'gabala')).to.deep.equal(matches);
    expect(search(index, 'GABALA')).to.deep.equal(matches);
    expect(search(index, 'Gàbalà')).to.deep.equal(matches);
  });

  it('finds Lavrov by his name on each of his turns and where others name him', async () => {
    const demo = await demoTranscript();
    const matches = search(buildSearchIndex(demo), 'Lavrov');
    const hisTurns = demo.turns.flatMap((t, i) => (t.speaker === 'lavrov' ? [i] : []));
    expect(matches.filter((m) => m.sentence === LABEL_MATCH).map((m) => m.turn)).to.deep.equal(hisTurns);
    expect(matches.filter((m) => m.sentence !== LABEL_MATCH).length).to.be.greaterThan(0);
    const order = matches.map((m) => m.turn);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });
});
