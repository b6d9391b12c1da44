/**
 * Hostile shapes that used to hang the command and freeze the page (quadratic paths) or
 * overflow the stack. Each is given at 400 KB and must finish within a generous 10 s — the
 * quadratic versions took minutes at this size (80 KB of `**x ` took 12 s) — and end in a
 * transcript or a clear message naming the line. Speed itself is measured by `npm run
 * bench:formats`; this only catches a path that is no longer linear.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TranscriptReadError, readTranscript, writeTranscript } from '../../src/formats/index.js';
import type { Transcript, Word } from '../../src/model/transcript.js';

const SIZE = 400_000;
const BOUND_MS = 10_000;
const fill = (unit: string, head = '', tail = '') => head + unit.repeat(Math.ceil(SIZE / unit.length)) + tail;

function within<T>(what: string, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  assert.ok(ms < BOUND_MS, `${what} took ${ms.toFixed(0)} ms`);
  return out;
}

/** Reads, expecting either a transcript or a TranscriptReadError (never another error). */
function read(text: string, fileName: string): Transcript | TranscriptReadError {
  try {
    return readTranscript(text, { fileName }).transcript;
  } catch (error) {
    assert.ok(error instanceof TranscriptReadError, String((error as Error).stack));
    return error;
  }
}

describe('hostile input stays harmless', () => {
  const cases: [string, string, string][] = [
    ['Markdown of unclosed **x', 'a.md', fill('**x ', 'SPEAKER: ')],
    ['Markdown of unclosed *x', 'a.md', fill('*x ', 'SPEAKER: ')],
    ['Markdown of unclosed __x', 'a.md', fill('__x ', 'SPEAKER: ')],
    ['Markdown of unclosed [x](', 'a.md', fill('[x](', 'SPEAKER: ')],
    ['Markdown of [[[[', 'a.md', fill('[', 'SPEAKER: ')],
    ['a moderator saying "question" forever', 'a.md', fill('question ', 'MODERATOR: ', '\n\nQUESTION: Why?\n')],
    ['a moderator saying "go to" forever', 'a.md', fill('next go to ', 'MODERATOR: ', '\n\nQUESTION: Why?\n')],
    ['one WebVTT cue of 400 KB', 'a.vtt', fill('word ', 'WEBVTT\n\n00:00.000 --> 01:00.000\n')],
    ['WebVTT with thousands of nested tags', 'a.vtt', fill('<b>', 'WEBVTT\n\n00:00.000 --> 00:01.000\n')],
    ['WebVTT of [[[[', 'a.vtt', fill('[', 'WEBVTT\n\n00:00.000 --> 00:01.000\n')],
    ['JSON of [[[[', 'a.json', fill('[')],
    ['Podcasting JSON of [[[[', 'a.json', fill('[', '{"segments":')],
    ['SRT of one 400 KB cue', 'a.srt', fill('word ', '1\n00:00:00,000 --> 00:01:00,000\n')],
  ];
  for (const [name, fileName, text] of cases) {
    it(`${name}: read in linear time, or refused with its line`, () => {
      const result = within(name, () => read(text, fileName));
      if (result instanceof TranscriptReadError) assert.ok(result.line !== undefined, result.message);
    });
  }

  it('thousands of nested WebVTT tags: a clear error naming the line, not a stack overflow', () => {
    const error = read(`WEBVTT\n\nNOTE deep\n\n00:00.000 --> 00:01.000\n${'<i>'.repeat(20_000)}x\n`, 'a.vtt');
    assert.ok(error instanceof TranscriptReadError);
    assert.equal(error.message, 'a.vtt: WebVTT: line 6: cue text nests 20000 tags inside each other, too deep to read (close the tags)');
  });

  for (const timed of [false, true]) {
    it(`a sentence of 60,000 ${timed ? 'timed' : 'untimed'} words is written as captions in linear time${timed ? ', cut into short cues' : ''}`, () => {
      const words: Word[] = Array.from({ length: 60_000 }, (_, i) => ({ text: `w${i}`, start: timed ? i * 0.3 : null, end: timed ? i * 0.3 + 0.25 : null }));
      const t: Transcript = {
        metadata: {}, speakers: [{ id: 'a', name: 'A' }], questions: [], chapters: [],
        turns: [{ speaker: 'a', start: 0, end: 18_000, annotations: [], sentences: [{ text: words.map((w) => w.text).join(' '), start: 0, end: 18_000, words }] }],
      };
      for (const id of ['vtt', 'srt'] as const) {
        const out = within(`writing ${id}`, () => writeTranscript(t, id));
        const cues = out.split(' --> ').length - 1;
        // Untimed words give no place to cut: one cue. Timed ones are cut at about 84 characters.
        if (timed) assert.ok(cues > 3_000, `${id}: ${cues} cues`);
        else assert.equal(cues, 1);
      }
    });
  }
});
