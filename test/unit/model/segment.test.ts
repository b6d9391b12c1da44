import { expect } from '@open-wc/testing';
import { continuesSentence, isAnnotationText, splitSentences, wholeAnnotation } from '../../../src/model/segment.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['The U.S. Government agreed. It did.', ['The U.S. Government agreed.', 'It did.']],
    ['As Mr. Gates said, we met Ms. Rice and Dr. Smith. Then we left.', ['As Mr. Gates said, we met Ms. Rice and Dr. Smith.', 'Then we left.']],
    ['We met at 6 a.m. The talks went on.', ['We met at 6 a.m.', 'The talks went on.']],
    ['We met at 6 a.m. and then talked.', ['We met at 6 a.m. and then talked.']],
    ['The U.N. Security Council met. Then we went.', ['The U.N. Security Council met.', 'Then we went.']],
    ['He said: "Why not?" Then he left.', ['He said: "Why not?"', 'Then he left.']],
    ['The question is: Why will Iran not talk? Thank you.', ['The question is: Why will Iran not talk?', 'Thank you.']],
    ['George W. Bush spoke.', ['George W. Bush spoke.']],
    ['It costs 2.5 million. Yes.', ['It costs 2.5 million.', 'Yes.']],
    ['Are you sure? yes, he said.', ['Are you sure? yes, he said.']],
    ['今天天气很好。我们开会了。', ['今天天气很好。', '我们开会了。']],
    ['Мы согласились. Это важно.', ['Мы согласились.', 'Это важно.']],
    ['No final mark', ['No final mark']],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(texts(input)).to.deep.equal(expected));
  }

  it('keeps words with their punctuation and the text equal to the words joined by spaces', () => {
    const [s] = splitSentences('Dear colleagues,   the meeting -- was held.');
    expect(s!.words.map((w) => w.text)).to.deep.equal(['Dear', 'colleagues,', 'the', 'meeting', '--', 'was', 'held.']);
    expect(s!.text).to.equal('Dear colleagues, the meeting -- was held.');
    expect(s!.words.every((w) => w.start === null && w.end === null)).to.equal(true);
    expect(s!.paragraph).to.equal(true);
  });

  it('makes bracketed notes annotation words that keep their punctuation', () => {
    const [s] = splitSentences('We put forward our (inaudible), our own proposals [crosstalk] today.');
    const notes = s!.words.filter((w) => w.annotation).map((w) => w.text);
    expect(notes).to.deep.equal(['(inaudible),', '[crosstalk]']);
    expect(s!.text).to.equal('We put forward our (inaudible), our own proposals [crosstalk] today.');
  });

  it('keeps a parenthesis that is speech as words', () => {
    const [s] = splitSentences('The treaty (the Moscow Treaty) stands.');
    expect(s!.words.some((w) => w.annotation)).to.equal(false);
    expect(s!.words.map((w) => w.text)).to.deep.equal(['The', 'treaty', '(the', 'Moscow', 'Treaty)', 'stands.']);
  });
});

describe('annotations', () => {
  const cases: [string, '(' | '[', boolean][] = [
    ['Via interpreter', '(', true], ['Via interpreter.', '(', true], ['Laughter.', '(', true], ['Applause.', '(', true],
    ['inaudible', '(', true], ['6:50 a.m.', '(', true], ['10:15 p.m. EDT', '(', true], ['In Russian', '(', true],
    ['the Moscow Treaty', '(', false], ['anything at all', '[', true], ['', '(', false],
  ];
  for (const [inner, bracket, expected] of cases) {
    it(`${bracket}${inner} → ${expected}`, () => expect(isAnnotationText(inner, bracket)).to.equal(expected));
  }
  it('recognises a whole annotation', () => {
    expect(wholeAnnotation('(Via interpreter)')).to.equal('Via interpreter');
    expect(wholeAnnotation(' (Laughter.) ')).to.equal('Laughter.');
    expect(wholeAnnotation('(the Moscow Treaty)')).to.equal(null);
    expect(wholeAnnotation('(inaudible) and more')).to.equal(null);
  });
});

describe('continuesSentence', () => {
  it('joins a paragraph that continues an open sentence in lower case', () => {
    const [open] = splitSentences('so that we can make progress');
    expect(continuesSentence(open, 'on these very important issues.')).to.equal(true);
    expect(continuesSentence(open, 'On these issues.')).to.equal(false);
    const [closed] = splitSentences('We agreed.');
    expect(continuesSentence(closed, 'and then more.')).to.equal(false);
    expect(continuesSentence(undefined, 'and then more.')).to.equal(false);
  });
});
