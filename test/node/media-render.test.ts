import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rmsDb } from '../../src/audio/analysis.js';
import { roundTimes } from '../../src/media-gen/demo.js';
import { DEFAULT_RENDER_OPTIONS, renderTranscript, type Synthesizer } from '../../src/media-gen/render.js';
import { closestVoices } from '../../src/media-gen/report.js';
import { CAST, castTurns } from '../../src/media-gen/voices.js';
import { makeSentence } from '../../src/model/segment.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { Synthesis, VoiceSettings } from '../../src/speech/espeak.js';

const RATE = 1000;

/**
 * A stand-in for eSpeak at 1 kHz: 10 samples of silence, then per word 100 samples of a 0.5
 * square wave and 20 of silence, then 10 more of silence. Word i spans [0.010 + 0.12 i, 0.110 + 0.12 i].
 */
class FakeSynthesizer implements Synthesizer {
  calls: { words: string[]; voice: string }[] = [];
  synthesizeWords(words: readonly string[], settings: VoiceSettings): Synthesis {
    this.calls.push({ words: [...words], voice: settings.voice });
    const samples = new Float32Array(10 + words.length * 120 + 10);
    for (let i = 0; i < words.length; i++) for (let k = 0; k < 100; k++) samples[10 + i * 120 + k] = k % 2 ? 0.5 : -0.5;
    return { samples, sampleRate: RATE, words: words.map((_, i) => ({ start: 0.01 + 0.12 * i, end: 0.11 + 0.12 * i })) };
  }
}

function fixture(): Transcript {
  return {
    metadata: { title: 'Test' },
    speakers: [
      { id: 'rice', name: 'Secretary Rice', label: 'SECRETARY RICE' },
      { id: 'question', name: 'Question', label: 'QUESTION', role: 'Reporter' },
    ],
    turns: [
      {
        speaker: 'rice',
        start: null,
        end: null,
        annotations: [],
        sentences: [makeSentence([{ text: 'Hello' }, { text: '(inaudible)', annotation: true }, { text: 'world.' }], true), makeSentence([{ text: 'Again.' }])],
      },
      { speaker: 'question', start: null, end: null, annotations: [], sentences: [makeSentence([{ text: 'Why?' }], true)] },
      { speaker: 'question', start: null, end: null, annotations: [], sentences: [makeSentence([{ text: 'How?' }], true)] },
    ],
    questions: [{ turn: 1, addressees: ['rice'], answers: [] }],
    chapters: [],
  };
}

const options = { ...DEFAULT_RENDER_OPTIONS, seed: 1, leadIn: 1, tail: 0.5 };

describe('renderTranscript', () => {
  const synth = new FakeSynthesizer();
  const rendered = renderTranscript(fixture(), synth, options);
  const t = roundTimes(rendered.transcript);

  it('speaks sentence by sentence, without annotations, each word behind a zero-width space', () => {
    assert.deepEqual(
      synth.calls.map((c) => c.words),
      [['\u200BHello', '\u200Bworld.'], ['\u200BAgain.'], ['\u200BWhy?'], ['\u200BHow?']],
    );
  });

  it('gives each turn its voice; the reporters take turns between their two voices', () => {
    const reporters = CAST.find((m) => m.part.startsWith('Reporters'))!.voices;
    const rice = CAST.find((m) => m.part === 'Secretary Rice')!.voices[0]!;
    assert.deepEqual(synth.calls.map((c) => c.voice), [rice.voice, rice.voice, reporters[0]!.voice, reporters[1]!.voice]);
  });

  it('times every word from the synthesizer’s spans plus where the sentence was placed', () => {
    // Pauses from mulberry32(1): 0.3 + 0.3 × 0.62707… = 0.488 s (sentence),
    // 0.8 + 0.7 × 0.00274… = 0.802 s and 0.8 + 0.7 × 0.52745… = 1.169 s (turns).
    const words = t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words.map((w) => [w.text, w.start, w.end])));
    assert.deepEqual(words, [
      ['Hello', 1, 1.1],
      ['(inaudible)', null, null],
      ['world.', 1.12, 1.22],
      ['Again.', 1.708, 1.808],
      ['Why?', 2.61, 2.71],
      ['How?', 3.879, 3.979],
    ]);
    assert.deepEqual(rendered.pauses.map((p) => [p.kind, p.seconds]), [['sentence', 0.488], ['turn', 0.802], ['turn', 1.169]]);
  });

  it('times sentences and turns from their first and last spoken words', () => {
    assert.deepEqual(t.turns.map((turn) => [turn.start, turn.end, turn.sentences.map((s) => [s.start, s.end])]), [
      [1, 1.808, [[1, 1.22], [1.708, 1.808]]],
      [2.61, 2.71, [[2.61, 2.71]]],
      [3.879, 3.979, [[3.879, 3.979]]],
    ]);
  });

  it('keeps speakers, questions and metadata as they were', () => {
    const input = fixture();
    assert.deepEqual(rendered.transcript.speakers, input.speakers);
    assert.deepEqual(rendered.transcript.questions, input.questions);
    assert.deepEqual(rendered.transcript.metadata, input.metadata);
  });

  it('lays speech over room tone: words loud, pauses at the room-tone level, never digital silence', () => {
    const { samples } = rendered;
    assert.equal(samples.length, 3979 + 500);
    // Inside a word: the 0.5 square wave × gain 0.7 = 0.35 → −9.1 dBFS, plus the room tone.
    assert.ok(Math.abs(rmsDb(samples, 1000, 1100) - 20 * Math.log10(0.35)) < 0.1);
    // A pause between turns (away from the words' edges): the room tone alone, −58 dBFS ± 3 dB.
    assert.ok(Math.abs(rmsDb(samples, 1900, 2500) - -58) < 3, `${rmsDb(samples, 1900, 2500)}`);
    assert.ok(samples.subarray(0, 1000).filter((v) => v === 0).length < 5, 'the lead-in is room tone, not zeros');
  });

  it('is deterministic: the same input and seed give the same samples; another seed other pauses', () => {
    const again = renderTranscript(fixture(), new FakeSynthesizer(), options);
    assert.deepEqual(again.samples, rendered.samples);
    const other = renderTranscript(fixture(), new FakeSynthesizer(), { ...options, seed: 2 });
    assert.notDeepEqual(other.pauses, rendered.pauses);
  });
});

describe('castTurns', () => {
  it('keeps one voice per person and gives unknown speakers spare voices in order of appearance', () => {
    const t = fixture();
    t.speakers.push({ id: 'x', name: 'Ambassador Burns' }, { id: 'y', name: 'Mr. Peskov' });
    t.turns.push(
      { speaker: 'x', start: null, end: null, annotations: [], sentences: [] },
      { speaker: 'y', start: null, end: null, annotations: [], sentences: [] },
      { speaker: 'x', start: null, end: null, annotations: [], sentences: [] },
      { speaker: 'rice', start: null, end: null, annotations: [], sentences: [] },
    );
    const v = castTurns(t).map((s) => s.voice);
    assert.deepEqual(v, ['en-us+f3', 'en-us-nyc+m2', 'en-us+f5', 'en-029+m2', 'en-us+f1', 'en-029+m2', 'en-us+f3']);
  });
});

describe('closestVoices', () => {
  const v = (speakerName: string, medianF0: number | null, medianCentroid: number | null) => ({ speakerName, voice: { voice: speakerName }, medianF0, medianCentroid });

  it('finds the pair whose larger relative difference (F0 or centroid) is smallest', () => {
    const result = closestVoices([v('a', 100, 1000), v('b', 110, 1500), v('c', 200, 1050), v('d', 104, 1100)]);
    // a–d: F0 4 %, centroid 10 % → 0.10; a–b: 10 % / 50 % → 0.5; b–d: 5.8 % / 36 % → 0.36; …
    assert.deepEqual(result.pair, ['a (a)', 'd (d)']);
    assert.ok(Math.abs(result.separation - 0.1) < 1e-12);
  });

  it('counts an unmeasured value as no difference', () => {
    assert.equal(closestVoices([v('a', null, 1000), v('b', 150, 1000)]).separation, 0);
  });
});
