/**
 * A reader much slower than the reference. In a file of its own: eSpeak-NG keeps state between
 * syntheses in one process, and the recording made here is the one measured.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stretchFrames } from '../../src/align/align.js';
import { alignTranscript } from '../../src/align/index.js';
import { melFromPower } from '../../src/align/mfcc.js';
import { synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';
import { optionalEspeak } from '../helpers/optional-espeak.js';

const { espeak, skip } = await optionalEspeak();

// A spoken menu (one long sentence of options) between short prompts, as a telephone system reads them.
const PROMPTS = [
  'Please enter your account number. Then press the pound key.',
  'Press one to mute or unmute yourself, two to lock or unlock the conference, three to eject the last user, four or six to decrease or increase the conference volume, five to extend the conference, or eight to leave this menu and return to the conference.',
  'The conference has been locked. Please try again later.',
  'Press one to list the users of the conference, two to remove every user who is not an administrator, three to mute every user who is not an administrator, four to record this conference, or eight to leave this menu.',
  'You are now muted.',
];

describe('a reader much slower than the reference', { skip }, () => {
  it('times every sentence where it is spoken and reports no speech as matching no text', () => {
    const transcript = transcriptFromParagraphs(PROMPTS);
    // About 80 words a minute, where the reference speaks 175, with a foreign accent (Portuguese
    // and Spanish voices reading English) and noise at 20 dB SNR: matching its speech costs nearly as
    // much as holding it in a silence of the reference, as with a human voice on a telephone line.
    // Without the stretched reference, four stretches were reported as matching no text and
    // sentences started up to 10 s off.
    const voices = [
      { voice: 'pt', rate: 80, pitch: 60 },
      { voice: 'es', rate: 85, pitch: 40 },
    ];
    const rec = synthesizeRecording(espeak!, transcript, { seed: 1, voices, snr: 20 });
    const truth = rec.sentenceFirstWord.map((k) => rec.words[k]!.start);
    // The accent is far from the reference's voice; whether the recording is refused is not what is tested here.
    const { transcript: timed, notes } = alignTranscript(espeak!, transcript, rec.samples, rec.sampleRate, { maxOrderedMismatch: Infinity });
    const starts = timed.turns.flatMap((t) => t.sentences.map((s) => s.start!));
    assert.deepEqual(notes, []);
    starts.forEach((s, k) => assert.ok(Math.abs(s - truth[k]!) <= 0.2, `sentences at ${starts.map((t) => t.toFixed(2)).join(', ')}; truth ${truth.map((t) => t.toFixed(2)).join(', ')}`));
  });
});

describe('stretchFrames', () => {
  it('makes each frame last the factor times as long, in order, with its values', () => {
    const power = Float32Array.from({ length: 4 * 2 }, (_x, k) => 1 + k);
    const mel = melFromPower(power, 4, 2, 0.01, Float32Array.from([-10, -20, -30, -40]));
    const slow = stretchFrames(mel, 1.5);
    assert.equal(slow.frames, 6);
    assert.deepEqual([...slow.energy], [-10, -20, -20, -30, -40, -40]);
    assert.deepEqual([...slow.data.subarray(4, 6)], [...mel.data.subarray(2, 4)]);
    const fast = stretchFrames(mel, 0.5);
    assert.deepEqual([...fast.energy], [-20, -40]);
  });
});
