import { expect } from '@open-wc/testing';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  loadPreferences,
  parsePreferences,
  savePreferences,
} from '../../src/components/settings/preferences.js';
import { downloadName } from '../../src/formats/writers.js';
import { headingsByTurn, questionHeading } from '../../src/components/transcript/headings.js';
import { spanOfWords } from '../../src/components/transcript/passage.js';
import { emptyTranscript, type Transcript } from '../../src/model/transcript.js';

describe('parsePreferences', () => {
  const d = DEFAULT_PREFERENCES;
  const cases: [string | null, object][] = [
    [null, d],
    ['', d],
    ['not json', d],
    ['[1,2]', d],
    ['{"textSize":1.25}', { ...d, textSize: 1.25 }],
    ['{"textSize":7}', d], // not one of the steps
    ['{"textSize":"1.25"}', d],
    ['{"lineSpacing":1.9,"timestamps":false}', { ...d, lineSpacing: 1.9, timestamps: false }],
    ['{"wordHighlight":false,"follow":false,"extra":1}', { ...d, wordHighlight: false, follow: false }],
    ['{"follow":"no"}', d],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)}`, () => expect(parsePreferences(text)).to.deep.equal(expected));
  }
});

describe('loadPreferences and savePreferences', () => {
  it('round-trip through a storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const prefs = { ...DEFAULT_PREFERENCES, textSize: 1.5, follow: false };
    expect(savePreferences(prefs, storage)).to.equal(true);
    expect(store.has(PREFERENCES_KEY)).to.equal(true);
    expect(loadPreferences(storage)).to.deep.equal(prefs);
  });
  it('say when the browser refuses to keep them, and read the defaults where reading throws', () => {
    const refusing = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, getItem: () => { throw new Error('denied'); } };
    expect(savePreferences(DEFAULT_PREFERENCES, refusing)).to.equal(false);
    expect(loadPreferences(refusing)).to.deep.equal(DEFAULT_PREFERENCES);
  });
});

describe('downloadName', () => {
  const named = (title?: string) => ({ ...emptyTranscript(), metadata: title === undefined ? {} : { title } });
  const cases: [string | undefined, string][] = [
    ['Remarks after the 2+2 meetings, Moscow, 12 October 2007', 'remarks-after-the-2-2-meetings-moscow-12-october-2007.vtt'],
    ['Заявления для прессы', 'заявления-для-прессы.vtt'],
    ['Café « débat »', 'cafe-debat.vtt'],
    ['../../etc/passwd', 'etc-passwd.vtt'],
    ['!!!', 'transcript.vtt'],
    [undefined, 'transcript.vtt'],
  ];
  for (const [title, name] of cases) it(`${JSON.stringify(title)} → ${name}`, () => expect(downloadName(named(title), 'vtt')).to.equal(name));
});

/** Three turns of one or two words; turn 1 asks the only question. */
function tiny(): Transcript {
  const word = (text: string, start: number | null) => ({ text, start, end: start === null ? null : start + 0.5 });
  const turn = (speaker: string, words: ReturnType<typeof word>[]) => ({
    speaker, start: words[0]?.start ?? null, end: null, annotations: [],
    sentences: [{ text: words.map((w) => w.text).join(' '), start: words[0]?.start ?? null, end: null, words }],
  });
  return {
    ...emptyTranscript(),
    turns: [turn('a', [word('One', 1), word('two', 2)]), turn('q', [word('Why?', 3)]), turn('a', [word('(laughter)', null), word('Because.', 5)])],
    questions: [{ turn: 1, asker: 'Arshad Mohammed', outlet: 'Reuters', addressees: [], answers: [2] }],
    chapters: [{ title: 'Questions and answers', start: null, turn: 1 }],
  } as unknown as Transcript;
}

describe('headings inside the transcript', () => {
  it('name a question by its number, asker and outlet', () => {
    expect(questionHeading(tiny(), 0)).to.equal('Question 1, Arshad Mohammed, Reuters');
  });
  it('put a chapter (level 3) before the question (level 4) that opens it', () => {
    expect([...headingsByTurn(tiny())]).to.deep.equal([
      [1, [{ level: 3, text: 'Questions and answers', kind: 'chapter' }, { level: 4, text: 'Question 1, Arshad Mohammed, Reuters', kind: 'question' }]],
    ]);
  });
  it('make questions level 3 when there are no chapters', () => {
    expect(headingsByTurn({ ...tiny(), chapters: [] }).get(1)).to.deep.equal([{ level: 3, text: 'Question 1, Arshad Mohammed, Reuters', kind: 'question' }]);
  });
});

describe('spanOfWords', () => {
  const t = tiny();
  const cases: [string, [number, number, number], [number, number, number], { start: number; end: number } | null][] = [
    ['one word', [0, 0, 1], [0, 0, 1], { start: 2, end: 2.5 }],
    ['across turns', [0, 0, 1], [1, 0, 0], { start: 2, end: 3.5 }],
    ['skips an untimed annotation', [2, 0, 0], [2, 0, 1], { start: 5, end: 5.5 }],
    ['only an annotation', [2, 0, 0], [2, 0, 0], null],
  ];
  for (const [name, [t0, s0, w0], [t1, s1, w1], expected] of cases) {
    it(name, () => expect(spanOfWords(t, { turn: t0, sentence: s0, word: w0 }, { turn: t1, sentence: s1, word: w1 })).to.deep.equal(expected));
  }
});
