import { expect } from '@open-wc/testing';
import { readParleyJson, writeParleyJson } from '../../../src/formats/json/index.js';
import { TranscriptReadError } from '../../../src/formats/index.js';
import {
  hasAnnotation,
  isAnnotation,
  materialisedSentences,
  wordCount,
  wordEnd,
  wordOffsets,
  wordStart,
  wordsText,
  wordTexts,
} from '../../../src/model/compact-words.js';
import { captionCues } from '../../../src/components/shared/captions.js';
import { buildSearchIndex, matchTime, search } from '../../../src/nav/search.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import type { Sentence, Transcript } from '../../../src/model/transcript.js';
import { timedTranscript } from '../../helpers/fixtures.js';

// Every second sentence holds an "(inaudible)" annotation word and stays plain; one word has no times.
function source(): Transcript {
  const t = timedTranscript(4);
  t.turns[1]!.sentences[0]!.words[1]!.start = null;
  t.turns[1]!.sentences[0]!.words[1]!.end = null;
  t.turns[2]!.sentences[0]!.paragraph = true;
  return t;
}
const text = writeParleyJson(source());
const read = (): Transcript => readParleyJson(text).transcript;
const isCompact = (s: Sentence) => typeof Object.getOwnPropertyDescriptor(s, 'words')?.get === 'function';

describe('compact words (model/compact-words.ts)', () => {
  it('keeps plain sentences compact, and sentences with an annotation as Word objects', () => {
    const t = read();
    const sentences = t.turns.flatMap((turn) => turn.sentences);
    expect(sentences.map(isCompact)).to.deep.equal(sentences.map((_, i) => i % 2 === 0));
  });

  it('refuses a bad plain word naming its field, as for any word', () => {
    const cases: [string, (w: Record<string, unknown>) => void][] = [
      ['words[1].start', (w) => (w['start'] = -1)],
      ['words[1].start', (w) => (w['start'] = '1.5')],
      ['words[1].end', (w) => (w['end'] = 1e12)],
      ['words[1].end', (w) => (w['end'] = (w['start'] as number) - 0.1)],
      ['words[1].text', (w) => (w['text'] = 'two words')],
      ['words[1].text', (w) => (w['text'] = '')],
      ['words[1].text', (w) => delete w['text']],
    ];
    for (const [field, spoil] of cases) {
      const doc = JSON.parse(text) as { turns: { sentences: { words: Record<string, unknown>[] }[] }[] };
      spoil(doc.turns[0]!.sentences[0]!.words[1]!);
      expect(() => readParleyJson(JSON.stringify(doc)), field).to.throw(TranscriptReadError, `turns[0].sentences[0].${field}`);
    }
  });

  it('writes back byte for byte what it read, before and after the words are made', () => {
    const t = read();
    expect(writeParleyJson(t)).to.equal(text);
    expect(t.turns.flatMap((turn) => turn.sentences).some(isCompact)).to.equal(false);
    expect(writeParleyJson(t)).to.equal(text);
  });

  it('is the same transcript as the plain model for deep equality, JSON, structuredClone and spread', () => {
    const t = read();
    const plain = source();
    expect(t).to.deep.equal(plain);
    const s = read().turns[2]!.sentences[0]!;
    expect(Object.keys(s)).to.deep.equal(['text', 'start', 'end', 'words', 'paragraph']);
    expect(JSON.parse(JSON.stringify(read().turns[2]!.sentences[0]))).to.deep.equal(plain.turns[2]!.sentences[0]);
    expect(structuredClone(read().turns[2]!.sentences[0])).to.deep.equal(plain.turns[2]!.sentences[0]);
    expect({ ...read().turns[2]!.sentences[0]! }).to.deep.equal(plain.turns[2]!.sentences[0]);
  });

  it('keeps a change to a word once its words are made, and a new array of words', () => {
    const t = read();
    const s = t.turns[0]!.sentences[0]!;
    const before = materialisedSentences();
    s.words[0]!.text = 'Changed';
    s.words[1]!.start = 42;
    expect(materialisedSentences() - before).to.equal(1);
    expect(s.words[0]!.text).to.equal('Changed');
    expect(s.words[1]!.start).to.equal(42);
    expect(wordStart(s, 1)).to.equal(42);
    const json = JSON.parse(writeParleyJson(t)) as Transcript;
    expect(json.turns[0]!.sentences[0]!.words[0]!.text).to.equal('Changed');

    // Replaced after they were made, and before.
    s.words = [{ text: 'One', start: 1, end: 2 }];
    expect(s.words.map((w) => w.text)).to.deep.equal(['One']);
    expect(wordCount(s)).to.equal(1);
    const fresh = read().turns[3]!.sentences[0]!;
    fresh.words = [{ text: 'Two', start: 3, end: 4 }];
    expect(fresh.words.map((w) => w.text)).to.deep.equal(['Two']);
    expect(wordsText(fresh)).to.equal('Two');
  });

  it('reads times, texts and offsets through the accessors without making the words, the same as the Word objects (time index, captions and search too)', () => {
    const compact = read();
    const plain = source();
    const before = materialisedSentences();
    compact.turns.forEach((turn, t) =>
      turn.sentences.forEach((s, i) => {
        const words = plain.turns[t]!.sentences[i]!.words;
        expect(wordCount(s)).to.equal(words.length);
        expect(wordTexts(s)).to.deep.equal(words.map((w) => w.text));
        expect(wordsText(s)).to.equal(words.map((w) => w.text).join(' '));
        expect(hasAnnotation(s)).to.equal(words.some((w) => w.annotation));
        words.forEach((w, k) => {
          expect(wordStart(s, k)).to.equal(w.start);
          expect(wordEnd(s, k)).to.equal(w.end);
          expect(isAnnotation(s, k)).to.equal(!!w.annotation);
          expect(wordsText(s).slice(wordOffsets(s)[k], wordOffsets(s)[k + 1]! - 1)).to.equal(w.text);
        });
      }),
    );
    const index = new TimeIndex(compact);
    const expected = new TimeIndex(plain);
    expect(Array.from(index.words.starts)).to.deep.equal(Array.from(expected.words.starts));
    expect(Array.from(index.words.word)).to.deep.equal(Array.from(expected.words.word));
    expect(captionCues(compact)).to.deep.equal(captionCues(plain));
    const found = search(buildSearchIndex(compact), 't2s0w1');
    expect(found).to.deep.equal(search(buildSearchIndex(plain), 't2s0w1'));
    expect(found.length).to.equal(1);
    expect(matchTime(compact, found[0]!)).to.equal(plain.turns[2]!.sentences[0]!.words[1]!.start);
    expect(materialisedSentences() - before).to.equal(0);
  });
});
