/**
 * A time the transcript gives that the recording contradicts: a caption cue seconds before its
 * sentence is spoken. In a file of its own: eSpeak-NG keeps state between syntheses in one
 * process, and the recording made here is the one measured.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignTranscript } from '../../src/align/index.js';
import { synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';
import { PARAGRAPHS } from '../helpers/align-cli-fixture.js';
import { optionalEspeak } from '../helpers/optional-espeak.js';

const { espeak, skip } = await optionalEspeak();

describe('a transcript time the recording contradicts', { skip }, () => {
  it('times every sentence where it is spoken when one cue lies 4.9 s before its speech', () => {
    const transcript = transcriptFromParagraphs(PARAGRAPHS.slice(0, 2));
    const rec = synthesizeRecording(espeak!, transcript, { seed: 5 });
    const sentences = transcript.turns.flatMap((t) => t.sentences);
    const truth = rec.sentenceFirstWord.map((k) => rec.words[k]!.start);
    // Every cue at its sentence's start, as a caption file gives it, but the second sentence's
    // 0.1 s after the first's: 4.9 s before it is spoken, beyond the 3 s a given time may be off.
    sentences.forEach((s, k) => {
      s.start = truth[k]! - (k === 1 ? 4.9 : 0);
      s.end = s.start + 0.5;
    });
    assert.ok(Math.abs(sentences[1]!.start! - 0.1) < 0.05);
    const { transcript: timed, notes } = alignTranscript(espeak!, transcript, rec.samples, rec.sampleRate);
    const words = timed.turns.flatMap((t) => t.sentences.flatMap((s) => s.words));
    assert.equal(words.filter((w) => w.start === null).length, 0, `untimed: ${words.filter((w) => w.start === null).map((w) => w.text).join(' ')}; notes: ${notes.join('; ')}`);
    const starts = timed.turns.flatMap((t) => t.sentences.map((s) => s.start!));
    starts.forEach((s, k) => assert.ok(Math.abs(s - truth[k]!) <= 0.2, `sentence ${k + 1} at ${s.toFixed(2)}, spoken at ${truth[k]!.toFixed(2)}`));
  });
});
