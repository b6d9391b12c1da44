/**
 * Caption files Parley did not write (test/fixtures/captions/, sources and licences in its README): every
 * one is read or refused with a clear message, never a crash; and every readable WebVTT, SRT
 * and Podcasting 2.0 file goes through Parley JSON and back to its own format with each cue's
 * text, times and speaker as they were.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TranscriptReadError, decodeTranscriptBytes, readTranscript, writeTranscript, type FormatId } from '../../src/formats/index.js';
import { cueContent, parseVttCues } from '../../src/formats/vtt/index.js';
import { parseSrtCues } from '../../src/formats/srt/index.js';
import { isTimed } from '../../src/model/transcript.js';
import fc from 'fast-check';

const corpus = fileURLToPath(new URL('../fixtures/captions/', import.meta.url));
const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(vtt|srt|json)$/.test(f))
  .sort();

const space = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each cue as [start, end, speaker, text]: what a caption file says. */
function cuesOf(text: string, format: FormatId): [number, number, string, string][] {
  if (format === 'vtt') {
    return parseVttCues(text)
      .cues.map((c) => {
        const content = cueContent(c.tree.children);
        return [Math.round(c.startTime * 1000) / 1000, Math.round(c.endTime * 1000) / 1000, content.voice ?? '', space(content.text)] as [number, number, string, string];
      })
      .filter((c) => c[3]);
  }
  if (format === 'srt') return parseSrtCues(text).cues.map((c) => [c.start, c.end, c.speaker ?? '', space(c.text)]);
  const data = JSON.parse(text) as { segments: { speaker?: string; startTime: number; endTime: number; body: string }[] };
  return data.segments.filter((s) => s.body.trim()).map((s) => [s.startTime, s.endTime, s.speaker ?? '', space(s.body)]);
}

/** VTT cues without a voice continue the voice before (as the reader reads them). */
function withVoices(cues: [number, number, string, string][]): [number, number, string, string][] {
  let voice = '';
  return cues.map(([a, b, v, t]) => {
    voice = v || voice;
    return [a, b, voice, t];
  });
}

function formatOf(name: string): FormatId {
  if (name.endsWith('.podcast.json')) return 'podcast-json';
  return name.endsWith('.srt') ? 'srt' : name.endsWith('.vtt') ? 'vtt' : 'json';
}

describe('real caption files', () => {
  it(`has ${files.length} files from four public test suites and example sets`, () => {
    assert.ok(files.length >= 280, `${files.length} files`);
  });

  let read = 0;
  let roundTrips = 0;
  for (const name of files) {
    it(`${name}: read or refused clearly; through Parley JSON and back keeps every cue`, () => {
      const bytes = readFileSync(join(corpus, name));
      let result;
      try {
        result = readTranscript(bytes, { fileName: name });
      } catch (error) {
        assert.ok(error instanceof TranscriptReadError, `${name}: ${(error as Error).stack}`);
        assert.match(error.message, /\S/);
        return;
      }
      read++;
      const format = formatOf(name);
      const { transcript } = result;
      if (!transcript.turns.length || !isTimed(transcript) || format === 'json') return;
      const json = writeTranscript(transcript, 'json');
      const back = writeTranscript(readTranscript(json, { format: 'json' }).transcript, format);
      const original = cuesOf(decodeTranscriptBytes(bytes).text, format);
      const written = cuesOf(back, format);
      if (format === 'vtt') assert.deepEqual(withVoices(written), withVoices(original));
      else assert.deepEqual(written, original);
      // And once more: what Parley wrote reads back to the same file.
      assert.equal(writeTranscript(readTranscript(back, { format }).transcript, format), back);
      roundTrips++;
    });
  }

  it('reads most files and round-trips every caption file it reads', () => {
    assert.ok(read > 200, `${read} read`);
    assert.ok(roundTrips > 150, `${roundTrips} round trips`);
  });
});

describe('generated caption files', () => {
  const stamp = (ms: number, comma: boolean) =>
    `${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}${comma ? ',' : '.'}${String(ms % 1000).padStart(3, '0')}`;
  const WORDS = ['the', 'podcast', 'Trailer', 'and', 'if', 'so,', 'what', 'Mr.', 'Smith', 'said.', 'Why?', 'Yes!', 'well…', '(laughs)', '[Music]', 'x<y', 'Q&A', 'naïve', '日本語。', '2+2'];
  const cueFile = fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 3000 }),
      length: fc.integer({ min: 1, max: 8000 }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
      speaker: fc.option(fc.constantFrom('Sarah', 'GILLIAN', 'Dr. Ruth Jones'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  );

  for (const format of ['vtt', 'srt'] as const) {
    it(`${format} → Parley JSON → ${format} keeps every cue's text, times and speaker (fast-check, seed 13)`, () => {
      fc.assert(
        fc.property(cueFile, (cues) => {
          let ms = 0;
          const blocks = cues.map((c, i) => {
            ms += c.gap;
            const start = ms;
            ms += c.length;
            const text = c.words.join(' ');
            if (format === 'vtt') return `${stamp(start, false)} --> ${stamp(ms, false)}\n${c.speaker ? `<v ${c.speaker}>` : ''}${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}`;
            return `${i + 1}\n${stamp(start, true)} --> ${stamp(ms, true)}\n${c.speaker ? `${c.speaker}: ` : ''}${text}`;
          });
          const file = `${format === 'vtt' ? 'WEBVTT\n\n' : ''}${blocks.join('\n\n')}\n`;
          const json = writeTranscript(readTranscript(file, { format }).transcript, 'json');
          const back = writeTranscript(readTranscript(json, { format: 'json' }).transcript, format);
          if (format === 'vtt') assert.deepEqual(withVoices(cuesOf(back, format)), withVoices(cuesOf(file, format)));
          else assert.deepEqual(cuesOf(back, format), cuesOf(file, format));
        }),
        { seed: 13, numRuns: 300, interruptAfterTimeLimit: 20_000 },
      );
    });
  }
});
