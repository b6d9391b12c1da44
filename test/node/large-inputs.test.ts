// The scale benchmark's inputs are generated, not committed: the generator must give the same
// bytes for the same seed, and inputs of the sizes asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeParleyJson } from '../../src/formats/json/index.js';
import { writeVtt } from '../../src/formats/vtt/write.js';
import {
  SIZES,
  countWords,
  largeTranscript,
  peaksJson,
  silentMp3,
  transcriptPeaks,
  MP3_FRAME_BYTES,
  MP3_FRAME_SECONDS,
} from '../../bench/large/generate.js';

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function files(seed: number) {
  const spec = { ...SIZES['1h'], seed };
  const t = largeTranscript(spec);
  return {
    json: sha(writeParleyJson(t)),
    vtt: sha(writeVtt(t)),
    peaks: sha(peaksJson(transcriptPeaks(t, spec.duration, seed))),
    mp3: sha(silentMp3(spec.duration)),
  };
}

test('the same seed gives the same bytes; another seed gives another transcript', () => {
  const a = files(1);
  assert.deepEqual(files(1), a);
  const b = files(2);
  assert.notEqual(b.json, a.json);
  assert.notEqual(b.peaks, a.peaks);
  assert.equal(b.mp3, a.mp3, 'the silent recording depends only on its length');
});

test('the 10-hour transcript has about 90,000 words in 3,000 turns, timed in order within the recording', () => {
  const spec = SIZES['10h'];
  const t = largeTranscript(spec);
  assert.equal(t.turns.length, 3_000);
  const words = countWords(t);
  assert.ok(Math.abs(words - 90_000) / 90_000 < 0.02, `${words} words`);
  assert.ok(t.speakers.length >= 5, 'several speakers');
  const sentences = t.turns.flatMap((turn) => turn.sentences);
  const questions = sentences.filter((s) => s.text.endsWith('?')).length;
  assert.ok(questions > 500 && questions < sentences.length / 2, `${questions} questions in ${sentences.length} sentences`);
  const lengths = sentences.map((s) => s.words.length).sort((x, y) => x - y);
  const median = lengths[lengths.length >> 1]!;
  assert.ok(median >= 8 && median <= 20, `median sentence of ${median} words`);
  let last = -1;
  for (const turn of t.turns) {
    for (const s of turn.sentences) {
      assert.equal(s.text, s.words.map((w) => w.text).join(' '));
      for (const w of s.words) {
        assert.ok(w.start !== null && w.end !== null && w.start >= last && w.end > w.start, `word "${w.text}" at ${w.start}`);
        last = w.end;
      }
    }
  }
  assert.ok(last < spec.duration && last > spec.duration - 60, `last word ends at ${last} s of ${spec.duration} s`);
});

test('the 1-hour transcript has about 9,000 words in 300 turns', () => {
  const t = largeTranscript(SIZES['1h']);
  assert.equal(t.turns.length, 300);
  assert.ok(Math.abs(countWords(t) - 9_000) / 9_000 < 0.03, `${countWords(t)} words`);
});

test('peaks are audiowaveform JSON covering the recording, loud in words and quiet in pauses', () => {
  const t = largeTranscript(SIZES['1h']);
  const peaks = JSON.parse(peaksJson(transcriptPeaks(t, 3_600))) as { version: number; bits: number; sample_rate: number; samples_per_pixel: number; length: number; data: number[] };
  assert.equal(peaks.version, 2);
  assert.equal(peaks.bits, 8);
  assert.equal(peaks.data.length, 2 * peaks.length);
  assert.ok((peaks.length * peaks.samples_per_pixel) / peaks.sample_rate >= 3_600);
  const pps = peaks.sample_rate / peaks.samples_per_pixel;
  const word = t.turns[0]!.sentences[0]!.words[0]!;
  assert.ok(peaks.data[2 * Math.floor((word.start! + 0.05) * pps) + 1]! > 30, 'loud inside a word');
  assert.ok(peaks.data[1]! < 10, 'quiet before the first word');
});

test('the silent MP3 is constant-bit-rate frames long enough for the recording', () => {
  const mp3 = silentMp3(100);
  assert.equal(mp3.length % MP3_FRAME_BYTES, 0);
  assert.ok((mp3.length / MP3_FRAME_BYTES) * MP3_FRAME_SECONDS >= 100);
  for (let f = 0; f < mp3.length; f += MP3_FRAME_BYTES) assert.deepEqual([...mp3.subarray(f, f + 4)], [0xff, 0xe3, 0x18, 0xc0]);
});
