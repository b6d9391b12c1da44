/**
 * The reference built from sentences spoken elsewhere: its layout (silences, word spans,
 * features), the messages between the thread that speaks and the one that builds, and the
 * command line's worker thread giving the same times as speaking on one thread.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWaveFromFloat32Channels } from '@echogarden/wave-codec';
import { Espeak, pcmToFloat, type Pcm } from '../../src/speech/espeak.js';
import { MfccExtractor } from '../../src/align/mfcc.js';
import { ReferenceBuilder, referenceReceiver, referenceScript, speakReference, synthesizeReference, type SpeechMessage } from '../../src/align/reference.js';
import { alignFile } from '../../src/node/align.js';
import { untimed as transcript } from '../helpers/untimed-transcript.js';
import type { Transcript } from '../../src/model/transcript.js';
import { synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';
import { PARAGRAPHS } from '../helpers/align-cli-fixture.js';
import { optionalEspeak } from '../helpers/optional-espeak.js';

const RATE = 16000;

/** A made-up spoken sentence: `seconds` of a tone, its words spread evenly. */
function fakeSpoken(words: number, seconds: number, seed: number): Pcm {
  const pcm = new Int16Array(Math.round(seconds * RATE));
  for (let i = 0; i < pcm.length; i++) pcm[i] = Math.round(8000 * Math.sin((2 * Math.PI * (200 + 50 * seed) * i) / RATE));
  const step = seconds / words;
  return { pcm, sampleRate: RATE, words: Array.from({ length: words }, (_, k) => ({ start: k * step, end: (k + 1) * step })) };
}

const spokenFor = (t: Transcript) => referenceScript(t).map((s, k) => fakeSpoken(s.words.length, 0.8 + 0.3 * k, k));
const round = (v: number) => Math.round(v * 1e6) / 1e6;

describe('the reference, built sentence by sentence', () => {
  it('speaks the sentences with spoken words, in order, each word kept apart', () => {
    const script = referenceScript(transcript());
    assert.deepEqual(
      script.map((s) => [s.words.map((w) => w.replace('\u200B', '')).join(' '), s.firstOfTurn, s.endsTurnAt]),
      [
        ['Good morning.', true, 2],
        ['We agreed.', true, undefined],
        ['Thank you.', false, 6],
      ],
    );
    assert.ok(script.every((s) => s.words.every((w) => w.startsWith('\u200B'))));
  });

  it('puts silence around the text, a short pause between sentences and a longer one between turns', () => {
    const t = transcript();
    const progress: number[] = [];
    const builder = new ReferenceBuilder(t, RATE, { onProgress: (d) => progress.push(d) });
    for (const s of spokenFor(t)) builder.add(s);
    const ref = builder.finish();
    // 0.5 s of silence, 0.8 s, turn pause 0.5 s, 1.1 s, sentence pause 0.25 s, 1.4 s, 0.5 s of silence.
    assert.deepEqual(ref.gaps.map(([a, b]) => [round(a), round(b)]), [[0, 0.5], [1.3, 1.8], [2.9, 3.15], [4.55, 5.05]]);
    assert.equal(round(ref.duration), 5.05);
    assert.deepEqual(ref.words.map((w) => round(w.start)), [0.5, 0.9, 1.8, 2.35, 3.15, 3.85]);
    assert.deepEqual(progress, [2 / 6, 1]);
    // The features are those of the whole reference's samples, in one piece.
    const whole = new MfccExtractor(RATE);
    const silence = (s: number) => new Float32Array(Math.round(s * RATE));
    const [a, b, c] = spokenFor(t).map((s) => pcmToFloat(s.pcm));
    for (const piece of [silence(0.5), a!, silence(0.5), b!, silence(0.25), c!, silence(0.5)]) whole.push(piece);
    const expected = whole.finish();
    assert.equal(ref.features.frames, expected.frames);
    assert.deepEqual(ref.features.data, expected.data);
    assert.deepEqual(ref.features.energy, expected.energy);
  });

  it('refuses a sentence more than the script has, and a reference with sentences missing', () => {
    const t = transcript();
    const builder = new ReferenceBuilder(t, RATE);
    const spoken = spokenFor(t);
    builder.add(spoken[0]!);
    assert.throws(() => builder.finish(), /2 sentences missing/);
    builder.add(spoken[1]!);
    builder.add(spoken[2]!);
    assert.throws(() => builder.add(spoken[2]!), /more sentences than the script has/);
  });

  it('is the same when its sentences arrive as messages from another thread', async () => {
    const t = transcript();
    const direct = new ReferenceBuilder(t, RATE);
    for (const s of spokenFor(t)) direct.add(s);
    const { receive, reference } = referenceReceiver(t);
    receive({ sampleRate: RATE });
    for (const s of spokenFor(t)) receive({ sentence: s });
    assert.deepEqual(await reference, direct.finish());
  });

  it('passes on the speaking thread’s error, and refuses a sentence before the sample rate', async () => {
    const t = transcript();
    const failed = referenceReceiver(t);
    failed.receive({ error: 'eSpeak-NG has no voice "xx"' });
    await assert.rejects(failed.reference, /no voice "xx"/);
    const early = referenceReceiver(t);
    early.receive({ sentence: spokenFor(t)[0]! });
    await assert.rejects(early.reference, /before its sample rate/);
  });
});

const { espeak, skip } = await optionalEspeak();

describe('the reference spoken in another thread', { skip }, () => {
  it('equals the reference spoken and built on one thread', async () => {
    const t = transcriptFromParagraphs(PARAGRAPHS.slice(0, 2), 2);
    const voice = { voice: 'en-us', rate: 175 };
    // eSpeak's output depends on what the same instance spoke before: a fresh one for each side.
    const here = synthesizeReference(await Espeak.load(), t, { voice });
    const messages: SpeechMessage[] = [];
    speakReference(await Espeak.load(), t, voice, (m) => messages.push(m));
    const { receive, reference } = referenceReceiver(t);
    messages.forEach(receive);
    assert.deepEqual(await reference, here);
  });

  it('gives the command line the same word times as speaking on its own thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-align-worker-'));
    try {
      const t = transcriptFromParagraphs(PARAGRAPHS.slice(0, 2), 2);
      const rec = synthesizeRecording(espeak!, t, { seed: 7, leadIn: 1 });
      const media = join(dir, 'talk.wav');
      await writeFile(media, encodeWaveFromFloat32Channels([rec.samples], rec.sampleRate));
      const inWorker = await alignFile(media, t);
      const onThread = await alignFile(media, t, { worker: false });
      assert.deepEqual(inWorker.alignment.words, onThread.alignment.words);
      assert.ok(inWorker.alignment.words.every((w) => w !== null));
      assert.ok(inWorker.timings.recordingReady <= inWorker.timings.aligned && inWorker.timings.referenceReady <= inWorker.timings.aligned);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
