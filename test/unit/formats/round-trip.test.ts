/**
 * Round trips: reading what a writer wrote gives back the same transcript, as far as the format
 * can hold it. Checked with generated transcripts (arbitraries.ts) and with a hand-made one in the
 * shape of the press conference (fixture.ts).
 *
 * What each format holds:
 * - Parley JSON: everything.
 * - Podcasting 2.0 JSON: speakers' names, turns, sentences with their times, words with start and
 *   end when every word of a sentence is timed, annotations. Not: speaker ids, paragraphs beyond a
 *   turn's first, metadata, questions, chapters.
 * - WebVTT: as Podcasting 2.0 JSON but words keep only their start (a word ends where the next
 *   starts), plus notes and language.
 * - SRT, YouTube SBV, TTML: speakers' names, turns, sentences with their times, annotations; no
 *   word times.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Transcript } from '../../../src/model/transcript.js';
import { readTranscript, writeTranscript, type FormatId } from '../../../src/formats/index.js';
import { transcriptArb } from './arbitraries.js';
import { fixture } from './fixture.js';

type Level = 'all' | 'word-ends' | 'word-starts' | 'sentences';

/** The part of a transcript a format of the given level holds, in a comparable shape. */
function held(t: Transcript, level: Level): unknown {
  if (level === 'all') return t;
  const name = (id: string) => t.speakers.find((s) => s.id === id)?.name ?? id;
  return t.turns.map((turn) => ({
    speaker: name(turn.speaker),
    start: turn.start,
    end: turn.end,
    annotations: turn.annotations,
    sentences: turn.sentences.map((s, i) => {
      // Words the file did not time one by one: read back, their times are estimated (a guess),
      // so only the sentence's times are compared.
      const wordsTimed = s.words.every((w) => w.annotation || (w.start !== null && !w.estimated));
      return {
        text: s.text,
        start: s.start,
        end: s.end,
        paragraph: i === 0,
        words: s.words.map((w) => ({
          text: w.text,
          annotation: w.annotation ?? false,
          start: level === 'sentences' || !wordsTimed ? null : w.start,
          end: level === 'word-ends' && wordsTimed ? w.end : null,
        })),
      };
    }),
  }));
}

const CASES: { id: FormatId; level: Level }[] = [
  { id: 'json', level: 'all' },
  { id: 'podcast-json', level: 'word-ends' },
  { id: 'vtt', level: 'word-starts' },
  { id: 'srt', level: 'sentences' },
  { id: 'sbv', level: 'sentences' },
  { id: 'ttml', level: 'sentences' },
];

function roundTrip(t: Transcript, id: FormatId): Transcript {
  const written = writeTranscript(t, id);
  const { transcript } = readTranscript(written, { fileName: `x.${id === 'podcast-json' ? 'podcast.json' : id}` });
  return transcript;
}

describe('round trips of generated transcripts', () => {
  for (const { id, level } of CASES) {
    it(`${id}: reading what was written gives back what ${id} holds`, () => {
      fc.assert(
        fc.property(transcriptArb(), (t) => {
          const back = roundTrip(t, id);
          expect(held(back, level)).to.deep.equal(held(t, level));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('vtt keeps notes and language', () => {
    fc.assert(
      fc.property(transcriptArb(), (t) => {
        const back = roundTrip(t, 'vtt');
        expect(back.metadata.notes).to.deep.equal(t.metadata.notes);
        expect(back.metadata.language).to.equal('en');
      }),
      { numRuns: 30 },
    );
  });

  it('a second round trip changes nothing (every format)', () => {
    fc.assert(
      fc.property(transcriptArb(), (t) => {
        for (const { id } of CASES) {
          const once = writeTranscript(roundTrip(t, id), id);
          expect(writeTranscript(roundTrip(readTranscript(once, { format: id }).transcript, id), id)).to.equal(once);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('round trips of the press-conference fixture', () => {
  for (const { id, level } of CASES) {
    it(`${id}`, () => {
      const t = fixture();
      expect(held(roundTrip(t, id), level)).to.deep.equal(held(id === 'srt' ? withoutFormattingTags(t) : t, level));
    });
  }
});

describe('round trips of the demo press conference (press-release reader)', () => {
  let demo: Transcript;
  before(async () => {
    const text = await (await fetch(new URL('../../../media/press-conference-2007-10-12.md', import.meta.url))).text();
    demo = readTranscript(text, { fileName: 'press-conference-2007-10-12.md' }).transcript;
  });

  it('Parley JSON gives back the untimed transcript exactly', () => {
    expect(demo.turns.length).to.equal(22);
    expect(roundTrip(demo, 'json')).to.deep.equal(demo);
  });

  for (const { id, level } of CASES) {
    it(`${id}, every word timed`, () => {
      const timed = timeEveryWord(structuredClone(demo));
      expect(held(roundTrip(timed, id), level)).to.deep.equal(held(timed, level));
    });
  }
});

/** Gives every spoken word a time (0.3 s a word) so that the caption formats can hold the demo. */
function timeEveryWord(t: Transcript): Transcript {
  let ms = 1000;
  for (const turn of t.turns) {
    for (const sentence of turn.sentences) {
      for (const word of sentence.words) {
        if (word.annotation) continue;
        [word.start, word.end] = [ms / 1000, (ms + 250) / 1000];
        ms += 300;
      }
      const spoken = sentence.words.filter((w) => !w.annotation);
      [sentence.start, sentence.end] = [spoken[0]!.start, spoken.at(-1)!.end];
      ms += 200;
    }
    [turn.start, turn.end] = [turn.sentences[0]!.start, turn.sentences.at(-1)!.end];
    ms += 700;
  }
  return t;
}

/** SRT players take <b>, <i>, <u>, <font> as formatting, so the SRT reader drops those tags. */
function withoutFormattingTags(t: Transcript): Transcript {
  const copy = structuredClone(t);
  for (const turn of copy.turns) {
    for (const s of turn.sentences) {
      for (const w of s.words) w.text = w.text.replace(/<\/?b>/g, '');
      s.text = s.words.map((w) => w.text).join(' ');
    }
  }
  return copy;
}
