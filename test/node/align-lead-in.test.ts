/**
 * A short first sentence after a long lead-in of noise and tones. In a file of its own: eSpeak-NG
 * keeps state between syntheses in one process, and the recording made here is the one measured.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignTranscript } from '../../src/align/index.js';
import { synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';
import { PARAGRAPHS } from '../helpers/align-cli-fixture.js';
import { optionalEspeak } from '../helpers/optional-espeak.js';

const { espeak, skip } = await optionalEspeak();

describe('a short opening after a long lead-in', { skip }, () => {
  it('starts a first sentence of a few words where it is spoken after 40 s of noise and tones, not in them', () => {
    const transcript = transcriptFromParagraphs(['Just a couple of words.', ...PARAGRAPHS.slice(0, 2)]);
    const rec = synthesizeRecording(espeak!, transcript, { seed: 3, leadIn: 40, leadInKind: 'tones' });
    const truth = rec.turnFirstWord.map((k) => rec.words[k]!.start);
    const { transcript: timed } = alignTranscript(espeak!, transcript, rec.samples, rec.sampleRate);
    const starts = timed.turns.map((t) => t.start!);
    starts.forEach((s, k) => assert.ok(Math.abs(s - truth[k]!) <= 0.2, `turns at ${starts.join(', ')}; truth ${truth.map((t) => t.toFixed(2)).join(', ')}`));
  });
});
