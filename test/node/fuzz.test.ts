/**
 * Fuzzing every reader and writer (fast-check, fixed seed, bounded time):
 *
 * 1. Any text — fragments of each format's syntax, and real corpus files cut and spliced — is
 *    read into a transcript or refused with a TranscriptReadError; never another exception.
 *    What was read is a transcript Parley JSON holds exactly.
 * 2. Any Transcript the model accepts (checked by the Parley JSON reader) writes and reads back
 *    equal in every format that can hold it: Parley JSON exactly; WebVTT, SRT and Podcasting 2.0
 *    JSON either refuse it with a plain message (an untimed transcript) or write a file their own
 *    reader reads without error, with every word and speaker label, that writes back the same.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { TranscriptReadError, readTranscript, writeTranscript, type FormatId } from '../../src/formats/index.js';
import { transcriptFromJson } from '../../src/formats/json/index.js';
import type { Transcript } from '../../src/model/transcript.js';

const SEED = 13;
/** Each property stops after this long (the run is still a fixed sequence, cut short on a slow machine). */
const TIME_LIMIT_MS = 20_000;
const READABLE: FormatId[] = ['vtt', 'srt', 'podcast-json', 'json', 'press-release'];
const CAPTIONS: FormatId[] = ['vtt', 'srt', 'podcast-json'];

const corpusDir = fileURLToPath(new URL('../fixtures/captions/', import.meta.url));
const corpus = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(vtt|srt|json)$/.test(f) && !f.includes('utf16'))
  .sort()
  .map((f) => readFileSync(corpusDir + f, 'utf8'));

const FRAGMENTS = [
  'WEBVTT', 'WEBVTT\n\n', 'Kind: chapters\n', 'NOTE a\n', '\n', '\n\n', '\r\n', ' ', '\t', '1\n', '00:00:01.000', '00:00:01,000', '0.5', '99:59:59.999',
  ' --> ', '-->', '<v Bob>', '<v>', '</v>', '<b>', '</b>', '<i>', '<c.x>', '<ruby>a<rt>b</rt></ruby>', '<00:00:00.500>', '&amp;', '&lt;', '&',
  'SPEAKER: ', 'MR. SMITH: ', 'Name:', '**', '*', '__', '[x](y)', '[', ']', '(', ')', '(inaudible)', '[Music]', 'Hello.', 'world', 'Mr.', '?', '…',
  '{', '}', '"segments":', '[{"startTime":1,"endTime":2,"body":"x"}]', '"format":"parley-transcript"', '"version":1', 'null', '-1', '1e308', ',',
  'é', '日本語', '😀', '\u0000', '\ufeff', '\u2028', 'question from Reuters', 'MODERATOR:', 'QUESTION:',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((a) => a.join('')),
  fc.tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 })).map(([file, a, b, insert]) => {
    const i = a % (file.length + 1);
    const j = i + (b % 200);
    return file.slice(0, i) + insert.join('') + file.slice(j);
  }),
  fc.string({ maxLength: 300 }),
);

describe('fuzz: every reader', () => {
  it('reads any text to a transcript Parley JSON holds exactly, or refuses it with a TranscriptReadError', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...READABLE, undefined), (text, format) => {
        let transcript: Transcript;
        try {
          transcript = readTranscript(text, format ? { format } : { fileName: 'x' }).transcript;
        } catch (error) {
          if (error instanceof TranscriptReadError) return;
          throw error;
        }
        assert.deepEqual(readTranscript(writeTranscript(transcript, 'json'), { format: 'json' }).transcript, transcript);
      }),
      { seed: SEED, numRuns: 2000, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });
});

// ---- Transcripts the model accepts --------------------------------------------------------

// Brackets appear in notes only: a word with an unpaired bracket ("[a") pairs up with one in the
// next cue when cues are joined into sentences on reading, which this test does not cover.
const CHARS = ['a', 'b', 'Z', 'é', 'ß', '日', '😀', '1', '.', ',', '?', '!', ':', ';', '-', '>', '<', '&', '"', "'", '’', '/', '=', '#', '*', '_', '%'];
const wordText = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const labelText = fc.array(fc.constantFrom(...CHARS, ' ', '\n', '\n\n', '\t'), { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
const noteText = fc.array(fc.constantFrom('a', 'b', ' ', '\n\n', 'é', '-->', '&', '<b>'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const time = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 36_000_000 }).map((ms) => ms / 1000), fc.constantFrom(0, 1e9, 0.0004, 86_399.9995));

const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ text: wordText, start: time, end: time }, { requiredKeys: ['text', 'start', 'end'] }) },
  { weight: 1, arbitrary: fc.record({ text: fc.tuple(fc.constantFrom('(', '['), noteText).map(([open, t]) => `${open}${t}${open === '(' ? ')' : ']'}`), start: fc.constant(null), end: fc.constant(null), annotation: fc.constant(true) }) },
);

const modelArb = fc
  .record({
    speakers: fc.array(fc.record({ name: labelText, label: fc.option(labelText, { nil: undefined }), unnamed: fc.option(fc.constant(true), { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
    turns: fc.array(
      fc.record({
        speaker: fc.nat(),
        annotations: fc.array(noteText, { maxLength: 2 }),
        sentences: fc.array(fc.record({ words: fc.array(wordArb, { minLength: 1, maxLength: 6 }), start: time, end: time }), { minLength: 1, maxLength: 3 }),
        start: time,
        end: time,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ speakers, turns }) => {
    // Times in order through the transcript, as a recording's are (nulls anywhere); the caption
    // formats keep cues in time order, so a transcript whose times run backwards is not covered.
    let now = 0;
    const inOrder = (t: number | null) => (t === null ? null : (now = Math.max(now, t)));
    for (const turn of turns) {
      turn.start = inOrder(turn.start);
      for (const s of turn.sentences) {
        s.start = inOrder(s.start);
        for (const w of s.words) [w.start, w.end] = [inOrder(w.start), inOrder(w.end)];
        s.end = inOrder(s.end);
      }
      turn.end = inOrder(turn.end);
    }
    return { speakers, turns };
  })
  .map(({ speakers, turns }) => ({
    format: 'parley-transcript',
    version: 1,
    metadata: {},
    speakers: speakers.map((s, i) => ({ id: `s${i}`, ...s })),
    turns: turns.map((t) => ({ ...t, speaker: `s${t.speaker % speakers.length}`, sentences: t.sentences.map((s) => ({ ...s, text: s.words.map((w) => w.text).join(' ') })) })),
    questions: [],
    chapters: [],
  }));

/** The model's own check: what the Parley JSON reader accepts is a Transcript. */
function accepted(doc: unknown): Transcript | undefined {
  try {
    return transcriptFromJson(structuredClone(doc)).transcript;
  } catch (error) {
    if (error instanceof TranscriptReadError) return undefined;
    throw error;
  }
}

const allWords = (t: Transcript) => t.turns.flatMap((turn) => [...turn.annotations.map((a) => `(${a})`), ...turn.sentences.flatMap((s) => s.words.map((w) => w.text))]).join(' ').replace(/\s+/g, ' ').trim();

function cuesShareAStart(vtt: string): boolean {
  const starts = [...vtt.matchAll(/^(\S+) --> /gm)].map((m) => m[1]);
  return new Set(starts).size < starts.length;
}

describe('fuzz: every writer', () => {
  it('Parley JSON gives back any transcript the model accepts, exactly', () => {
    fc.assert(
      fc.property(modelArb, (doc) => {
        const t = accepted(doc);
        fc.pre(t !== undefined);
        assert.deepEqual(readTranscript(writeTranscript(t!, 'json'), { format: 'json' }).transcript, t);
      }),
      { seed: SEED, numRuns: 500, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });

  for (const format of CAPTIONS) {
    it(`${format}: writes only what its reader reads back, with every word, and writes that back the same`, () => {
      fc.assert(
        fc.property(modelArb, (doc) => {
          const t = accepted(doc);
          fc.pre(t !== undefined);
          let written: string;
          try {
            written = writeTranscript(t!, format);
          } catch (error) {
            // What a caption format may refuse, with a message: a transcript without the times it needs,
            // or (SRT) a label or text it has no way to write so that it reads back the same.
            assert.match((error as Error).message, /needs times|cannot carry/);
            return;
          }
          // WebVTT orders cues that start together longest first (as the specification orders
          // them), so zero-length cues at the start of another are not covered.
          if (format === 'vtt') fc.pre(!cuesShareAStart(written));
          const back = readTranscript(written, { format }).transcript;
          // SRT players take <b>, <i>, <u> and <font> as formatting, and so does Parley's SRT reader.
          const visible = (text: string) => (format === 'srt' ? text.replace(/<\/?(?:i|b|u|s)>|<font\b[^>]*>|<\/font>/gi, '').replace(/\s+/g, ' ').trim() : text);
          assert.equal(visible(allWords(back)), visible(allWords(t!)));
          if (format === 'srt') {
            // Those tags are gone after one pass; from then on it is stable.
            const again = writeTranscript(back, format);
            assert.equal(writeTranscript(readTranscript(again, { format }).transcript, format), again);
          } else assert.equal(writeTranscript(back, format), written);
        }),
        { seed: SEED, numRuns: 500, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    });
  }
});
