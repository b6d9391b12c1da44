/**
 * End-to-end alignment of short synthetic recordings (voices, rates and pauses unlike the
 * reference's, with a lead-in), and every way an alignment can fail with a clear message.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWaveFromFloat32Channels } from '@echogarden/wave-codec';
import { Espeak } from '../../src/speech/espeak.js';
import { alignTranscript, AlignmentError } from '../../src/align/index.js';
import { run } from '../../src/cli/align.js';
import { random, synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';
import { OTHER, PARAGRAPHS } from '../helpers/align-cli-fixture.js';

let espeak: Espeak | null = null;
try {
  espeak = await Espeak.load();
} catch {
  espeak = null;
}
const skip = espeak ? false : 'eSpeak-NG (optional dependency) is not installed';

/** Captures what a CLI run writes to stderr. */
async function runCli(argv: string[]): Promise<{ code: number; stderr: string }> {
  const write = process.stderr.write;
  let stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await run(argv), stderr };
  } finally {
    process.stderr.write = write;
  }
}

describe('alignment of a short synthetic recording', { skip }, () => {
  it('puts ≥ 90 % of word starts within 50 ms of the truth despite other voices, rates and a lead-in of noise', () => {
    const transcript = transcriptFromParagraphs(PARAGRAPHS);
    const rec = synthesizeRecording(espeak!, transcript, { seed: 11, leadIn: 2.5, leadInKind: 'noise', snr: 25 });
    const { transcript: timed, alignment } = alignTranscript(espeak!, transcript, rec.samples, rec.sampleRate);
    const errors = alignment.words.map((w, k) => Math.abs(w.start - rec.words[k]!.start));
    const within = errors.filter((e) => e <= 0.05).length / errors.length;
    assert.ok(within >= 0.9, `${(within * 100).toFixed(1)} % within 50 ms`);
    // The first word is found after the lead-in, not forced to 0 s.
    assert.ok(Math.abs(timed.turns[0]!.start! - rec.words[0]!.start) < 0.1, `first turn at ${timed.turns[0]!.start}, truth ${rec.words[0]!.start}`);
    for (const [t, k] of rec.turnFirstWord.entries()) assert.ok(Math.abs(timed.turns[t]!.start! - rec.words[k]!.start) < 0.1);
    assert.ok(alignment.matchScore < 0.6);
  });

  it('reports a recording of unrelated speech instead of aligning to it', () => {
    const rec = synthesizeRecording(espeak!, transcriptFromParagraphs(OTHER), { seed: 5 });
    assert.throws(() => alignTranscript(espeak!, transcriptFromParagraphs(PARAGRAPHS.slice(0, 2)), rec.samples, rec.sampleRate), (e: unknown) => {
      assert.ok(e instanceof AlignmentError);
      assert.match(e.message, /does not seem to contain the transcript/);
      return true;
    });
  });

  it('reports a recording of noise', () => {
    const rnd = random(3);
    const samples = new Float32Array(22050 * 20);
    for (let i = 0; i < samples.length; i++) samples[i] = (rnd() - 0.5) * 0.3 * (1 + Math.sin(i / 4000));
    assert.throws(() => alignTranscript(espeak!, transcriptFromParagraphs(PARAGRAPHS.slice(0, 1)), samples, 22050), AlignmentError);
  });

  it('reports a silent recording', () => {
    assert.throws(() => alignTranscript(espeak!, transcriptFromParagraphs(PARAGRAPHS.slice(0, 1)), new Float32Array(22050 * 5), 22050), /contains no speech/);
  });

  it('reports a transcript much longer than the recording', () => {
    const rec = synthesizeRecording(espeak!, transcriptFromParagraphs(PARAGRAPHS.slice(0, 1)), { seed: 2 });
    assert.throws(() => alignTranscript(espeak!, transcriptFromParagraphs([...PARAGRAPHS, ...PARAGRAPHS]), rec.samples, rec.sampleRate), /much longer than the recording/);
  });
});

describe('parley align', { skip }, () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-align-'));
  });

  it('aligns a WAV recording and a press-release transcript and writes WebVTT with word times', async () => {
    const transcript = transcriptFromParagraphs(PARAGRAPHS.slice(0, 2), 2);
    const rec = synthesizeRecording(espeak!, transcript, { seed: 4, leadIn: 1 });
    await writeFile(join(dir, 'talk.wav'), encodeWaveFromFloat32Channels([rec.samples], rec.sampleRate));
    await writeFile(join(dir, 'talk.md'), `**MR. SMITH:** ${PARAGRAPHS[0]}\n\n**MS. JONES:** ${PARAGRAPHS[1]}\n`);
    const { code, stderr } = await runCli([join(dir, 'talk.wav'), join(dir, 'talk.md'), '-o', join(dir, 'talk.vtt')]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /Wrote .*talk\.vtt \(WebVTT, 2 turns, 44 words timed/);
    const vtt = await readFile(join(dir, 'talk.vtt'), 'utf8');
    assert.match(vtt, /^WEBVTT/);
    assert.match(vtt, /<\d\d:\d\d:\d\d\.\d\d\d>/, 'inline word timestamps');
  });

  it('ends with a clear message and status 1 for an empty recording', async () => {
    await writeFile(join(dir, 'empty.mp3'), new Uint8Array(0));
    await writeFile(join(dir, 'one.md'), `**MR. SMITH:** ${PARAGRAPHS[0]}\n`);
    const { code, stderr } = await runCli([join(dir, 'empty.mp3'), join(dir, 'one.md'), '-o', join(dir, 'x.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /empty\.mp3: the file is empty/);
  });

  it('ends with a clear message and status 1 for a corrupt recording', async () => {
    const rnd = random(9);
    const junk = Uint8Array.from({ length: 50_000 }, () => Math.floor(rnd() * 256));
    await writeFile(join(dir, 'junk.mp3'), junk);
    const { code, stderr } = await runCli([join(dir, 'junk.mp3'), join(dir, 'one.md'), '-o', join(dir, 'x.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /junk\.mp3: not a recording Parley can decode/);
  });

  it('says what is wrong with its arguments, with status 2', async () => {
    assert.equal((await runCli([join(dir, 'talk.wav')])).code, 2);
    assert.match((await runCli([join(dir, 'talk.wav'), join(dir, 'one.md')])).stderr, /no output given/);
    assert.match((await runCli([join(dir, 'nothing.wav'), join(dir, 'one.md'), '-o', join(dir, 'x.json')])).stderr, /no such file/);
    assert.match((await runCli([join(dir, 'talk.wav'), join(dir, 'one.md'), '-o', join(dir, 'x.json'), '--level', 'phoneme'])).stderr, /--level "phoneme"/);
    assert.match((await runCli([join(dir, 'talk.wav'), join(dir, 'one.md'), '-o', join(dir, 'x.doc')])).stderr, /cannot tell the output format/);
  });

  it('cleans up', async () => {
    await rm(dir, { recursive: true, force: true });
  });
});
