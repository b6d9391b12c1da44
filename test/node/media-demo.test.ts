/**
 * The committed demo media against its own ground truth: the words are where the JSON says, the
 * pauses are quiet, the peaks cover the recording, and regenerating gives the same bytes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { bestLag, rmsDbAt } from '../../src/audio/analysis.js';
import { decodeAudio, type MonoAudio } from '../../src/audio/decode.js';
import { computePeaks } from '../../src/audio/peaks.js';
import { readTranscript } from '../../src/formats/index.js';
import { DEFAULT_DEMO_OPTIONS, DEMO_NAME, makeDemoMedia, type DemoMedia } from '../../src/media-gen/demo.js';
import { closestVoices, isPronounced, measureDemo } from '../../src/media-gen/report.js';
import { castTurns } from '../../src/media-gen/voices.js';
import type { Transcript, Word } from '../../src/model/transcript.js';

const MEDIA = new URL('../../media/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, MEDIA));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ROOM_TONE_DB = DEFAULT_DEMO_OPTIONS.roomToneDb;

const pressRelease = readTranscript(read(`${DEMO_NAME}.md`).toString('utf8'), { fileName: `${DEMO_NAME}.md` }).transcript;
const groundTruth = readTranscript(read(`${DEMO_NAME}.json`).toString('utf8'), { fileName: `${DEMO_NAME}.json` }).transcript;

function words(t: Transcript): Word[] {
  return t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words));
}

/** The transcript with every time set to null and no duration: what the press-release reader gives. */
function untimed(t: Transcript): Transcript {
  const { duration: _duration, ...metadata } = t.metadata;
  return {
    ...t,
    metadata,
    turns: t.turns.map((turn) => ({
      ...turn,
      start: null,
      end: null,
      sentences: turn.sentences.map((s) => ({ ...s, start: null, end: null, words: s.words.map((w) => ({ ...w, start: null, end: null })) })),
    })),
  };
}

/** Share of items for which the predicate holds. */
function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

describe('the demo ground truth', () => {
  it('is the press-release transcript, word for word and in order, with times added', () => {
    assert.deepEqual(untimed(groundTruth), untimed(pressRelease));
    assert.equal(groundTruth.turns.length, 22);
    assert.equal(groundTruth.questions.length, 5);
  });

  it('times every spoken word and no annotation', () => {
    for (const w of words(groundTruth)) {
      if (w.annotation) assert.deepEqual([w.start, w.end], [null, null], w.text);
      else assert.ok(w.start !== null && w.end !== null && w.end > w.start, `${w.text} ${w.start}–${w.end}`);
    }
  });

  it('has monotonic times, in milliseconds, within the duration', () => {
    const duration = groundTruth.metadata.duration!;
    assert.ok(duration > 60);
    let previous = 0;
    for (const turn of groundTruth.turns) {
      const spoken = turn.sentences.filter((s) => s.start !== null);
      assert.equal(turn.start, spoken[0]!.start);
      assert.equal(turn.end, spoken.at(-1)!.end);
      for (const s of spoken) {
        const timed = s.words.filter((w) => !w.annotation);
        assert.equal(s.start, timed[0]!.start);
        assert.equal(s.end, timed.at(-1)!.end);
        for (const w of timed) {
          assert.ok(w.start! >= previous && w.end! > w.start! && w.end! <= duration, `${w.text} ${w.start}–${w.end} after ${previous}`);
          assert.equal(Math.round(w.start! * 1000) / 1000, w.start);
          previous = w.end!;
        }
      }
    }
  });
});

describe('the demo recording against its ground truth', () => {
  let audio: MonoAudio;
  const at = (start: number, end: number) => rmsDbAt(audio.samples, audio.sampleRate, start, end);
  before(async () => {
    audio = await decodeAudio(read(`${DEMO_NAME}.mp3`), `${DEMO_NAME}.mp3`);
  });

  it('decodes to 22.05 kHz mono lasting metadata.duration', () => {
    assert.equal(audio.sampleRate, 22050);
    assert.equal(Math.round((audio.samples.length / audio.sampleRate) * 1000) / 1000, groundTruth.metadata.duration);
  });

  it('has speech inside the words: ≥ 95 % of pronounced words at least 20 dB above the room tone', () => {
    const spoken = words(groundTruth).filter(isPronounced);
    assert.ok(spoken.length > 3000);
    const loud = share(spoken, (w) => at(w.start!, w.end!) >= ROOM_TONE_DB + 20);
    assert.ok(loud >= 0.95, `${(loud * 100).toFixed(1)} %`);
  });

  it('is quiet between turns: the room tone, −58 dBFS ± 3 dB', () => {
    const turns = groundTruth.turns;
    for (let i = 1; i < turns.length; i++) {
      const level = at(turns[i - 1]!.end! + 0.1, turns[i]!.start! - 0.1);
      assert.ok(Math.abs(level - ROOM_TONE_DB) < 3, `gap before turn ${i}: ${level.toFixed(1)} dBFS`);
    }
  });

  it('starts and ends sentences where the ground truth says (quiet outside, speech inside, ≥ 95 %)', () => {
    // Times 20 ms late put speech before more than half of the starts; 30 ms early, after more
    // than half of the ends (measured by shifting the ground truth). "Quiet" allows 12 dB over the
    // room tone: Secretary Rice's breathy voice trails off for ~80 ms after her last phoneme.
    const sentences = groundTruth.turns.flatMap((t) => t.sentences).filter((s) => s.start !== null);
    const quietBefore = share(sentences, (s) => at(s.start! - 0.1, s.start! - 0.01) <= ROOM_TONE_DB + 12);
    const loudAfterStart = share(sentences, (s) => at(s.start!, s.start! + 0.1) >= ROOM_TONE_DB + 15);
    const loudBeforeEnd = share(sentences, (s) => at(s.end! - 0.1, s.end!) >= ROOM_TONE_DB + 15);
    const quietAfter = share(sentences, (s) => at(s.end! + 0.02, s.end! + 0.1) <= ROOM_TONE_DB + 12);
    for (const [label, value] of Object.entries({ quietBefore, loudAfterStart, loudBeforeEnd, quietAfter })) {
      assert.ok(value >= 0.95, `${label}: ${(value * 100).toFixed(1)} %`);
    }
  });

  it('has distinguishable voices at a natural pace, with short pauses in turns and longer ones between', () => {
    const report = measureDemo(groundTruth, castTurns(groundTruth), audio.samples, audio.sampleRate);
    assert.equal(report.voices.length, 7, 'six speakers, the reporters with two voices');
    const closest = closestVoices(report.voices);
    assert.ok(closest.separation >= 0.15, `${closest.pair.join(' and ')} differ by only ${(closest.separation * 100).toFixed(1)} %`);
    for (const v of report.voices) {
      assert.ok(v.wordsPerMinute >= 150 && v.wordsPerMinute <= 185, `${v.speakerName} (${v.voice.voice}): ${v.wordsPerMinute.toFixed(0)} words/min`);
    }
    assert.ok(report.sentenceGaps.min >= 0.3 - 0.001 && report.sentenceGaps.max <= 0.6 + 0.001, JSON.stringify(report.sentenceGaps));
    assert.ok(report.turnGaps.min >= 0.8 - 0.001 && report.turnGaps.max <= 1.5 + 0.001, JSON.stringify(report.turnGaps));
  });

  it('has peaks covering the whole recording, equal to the peaks of the decoded MP3', () => {
    const peaks = JSON.parse(read(`${DEMO_NAME}.peaks.json`).toString('utf8'));
    assert.equal(peaks.length, Math.ceil(audio.samples.length / peaks.samples_per_pixel));
    const covered = (peaks.length * peaks.samples_per_pixel) / peaks.sample_rate;
    const duration = groundTruth.metadata.duration!;
    assert.ok(covered >= duration - 0.001 && covered < duration + peaks.samples_per_pixel / peaks.sample_rate);
    assert.deepEqual(peaks, computePeaks(audio.samples, audio.sampleRate, { samplesPerPixel: peaks.samples_per_pixel }));
  });
});

describe('regenerating the demo media', () => {
  let media: DemoMedia | undefined;
  let skip: string | undefined;
  before(async () => {
    let espeak;
    try {
      const { loadReproducibleEspeak } = await import('../../src/media-gen/espeak-loader.js');
      espeak = await loadReproducibleEspeak();
    } catch (error) {
      skip = `eSpeak-NG is not installed (${(error as Error).message})`;
      return;
    }
    // The whole pipeline, in memory: about a minute on two cores, most of it MP3 encoding.
    media = await makeDemoMedia(pressRelease, espeak, DEFAULT_DEMO_OPTIONS);
  });

  it('gives files whose SHA-256 equal the committed ones (else: npm run media:demo)', (t) => {
    if (!media) return t.skip(skip);
    const committed = readdirSync(MEDIA).filter((n) => n.startsWith(`${DEMO_NAME}.`) && n !== `${DEMO_NAME}.md`).sort();
    assert.deepEqual(media.files.map((f) => f.name), committed);
    for (const file of media.files) assert.equal(sha256(file.bytes), sha256(read(file.name)), `${file.name} is out of date: run npm run media:demo`);
  });

  it('lines the decoded MP3 up with the synthesized samples to the sample (the encoder delay is compensated)', async (t) => {
    if (!media) return t.skip(skip);
    const decoded = await decodeAudio(read(`${DEMO_NAME}.mp3`));
    const from = 60 * 22050; // a stretch of speech a minute in
    const span = 10 * 22050;
    const { lag, correlation } = bestLag(media.rendered.samples.subarray(from), decoded.samples.subarray(from), 2000, span);
    assert.equal(lag, 0);
    assert.ok(correlation > 0.9, `correlation ${correlation}`);
  });
});
