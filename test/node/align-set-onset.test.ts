/**
 * The alignment development set's truth: where speech starts in a clip (bench/align/build.ts),
 * on synthetic clips whose start is known. A clip's noise floor (hiss, hum) may lie within 30 dB
 * of its loudest, as in the LibriVox clips; the onset must then be on the speech, not on the noise.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { speechOnset } from '../../bench/align/build.js';
import { random } from '../../bench/align-synth.js';

const RATE = 16000;
const SPEECH_AT = 0.3;

interface Parts {
  /** Level of the hiss under everything, in dB below the vowel's level. */
  hissBelow: number;
  /** Level of a 50 Hz hum under everything, in dB below the vowel's (none when absent). */
  humBelow?: number;
  /** A soft fricative ("h") of this many seconds before the vowel, 15 dB below it. */
  fricative?: number;
  /** An "s" before the vowel: 30 ms 22 dB below it, then 120 ms 34 dB below (more than 30 dB under the loudest). */
  fadingFricative?: boolean;
  /** A slow drift of the signal's zero (3 Hz), this many dB below the vowel, over a DC offset as large. */
  driftBelow?: number;
  /** A burst of hiss (a breath) at 0.05–0.13 s, 20 dB below the vowel. */
  burst?: boolean;
  /** A soft fricative ("s" or "f" on a telephone line) of this many seconds before the vowel, 40 dB below it. */
  softFricative?: number;
}

/** A clip of 1 s: noise, then from SPEECH_AT a voiced sound (harmonics of 120 Hz), perhaps opened by a fricative. */
function clip(parts: Parts): Float32Array {
  const rnd = random(7);
  const x = new Float32Array(RATE);
  const vowel = 0.3;
  const vowelRms = vowel * Math.sqrt(0.5 * (1 + 1 / 4 + 1 / 9 + 1 / 16));
  const noise = (below: number) => ((rnd() * 2 - 1) * Math.sqrt(3) * vowelRms) / 10 ** (below / 20);
  const vowelAt = SPEECH_AT + (parts.fricative ?? 0) + (parts.fadingFricative ? 0.15 : 0) + (parts.softFricative ?? 0);
  for (let i = 0; i < x.length; i++) {
    const t = i / RATE;
    let v = noise(parts.hissBelow);
    if (parts.humBelow !== undefined) v += ((Math.SQRT2 * vowelRms) / 10 ** (parts.humBelow / 20)) * Math.sin(2 * Math.PI * 50 * t);
    if (parts.driftBelow !== undefined) v += (vowelRms / 10 ** (parts.driftBelow / 20)) * (1 + Math.SQRT2 * Math.sin(2 * Math.PI * 3 * t));
    if (parts.burst && t >= 0.05 && t < 0.13) v += noise(20);
    if (t >= SPEECH_AT && t < vowelAt) v += parts.fadingFricative ? noise(t < SPEECH_AT + 0.03 ? 22 : 34) : noise(parts.softFricative ? 40 : 15);
    if (t >= vowelAt && t < 0.9) for (let h = 1; h <= 4; h++) v += (vowel / h) * Math.sin(2 * Math.PI * 120 * h * t);
    x[i] = v;
  }
  return x;
}

/** The rule the set used before: the first 10 ms frame within 30 dB of the clip's loudest. */
function firstFrameWithin30dB(x: Float32Array): number {
  const hop = RATE / 100;
  const db: number[] = [];
  for (let at = 0; at + hop <= x.length; at += hop) {
    let s = 0;
    for (let i = at; i < at + hop; i++) s += x[i]! * x[i]!;
    db.push(10 * Math.log10(s / hop + 1e-12));
  }
  const loud = Math.max(...db);
  return Math.max(0, db.findIndex((v) => v > loud - 30)) / 100;
}

const near = (found: number, want: number, what: string) => assert.ok(Math.abs(found - want) <= 0.02, `${what}: onset at ${found.toFixed(2)} s, speech starts at ${want.toFixed(2)} s`);

describe('speech onset of a development-set clip', () => {
  it('is where the speech starts when hiss lies 28 dB under it, not the first frame of hiss', () => {
    const x = clip({ hissBelow: 28 });
    near(speechOnset(x, RATE), SPEECH_AT, 'hiss 28 dB under');
  });

  it('is where the speech starts when mains hum lies 22 dB under it', () => {
    const x = clip({ hissBelow: 45, humBelow: 22 });
    near(speechOnset(x, RATE), SPEECH_AT, 'hum 22 dB under');
  });

  it('is where the speech starts over a DC offset and a slow drift 22 dB under it', () => {
    const x = clip({ hissBelow: 45, driftBelow: 22 });
    near(speechOnset(x, RATE), SPEECH_AT, 'drift 22 dB under');
  });

  it('keeps a soft opening fricative (15 dB under the vowel) in noise 28 dB under the vowel', () => {
    const x = clip({ hissBelow: 28, fricative: 0.06 });
    near(speechOnset(x, RATE), SPEECH_AT, 'fricative then vowel');
  });

  it('passes over a short burst of breath before the speech', () => {
    const x = clip({ hissBelow: 40, burst: true });
    near(speechOnset(x, RATE), SPEECH_AT, 'burst at 0.05 s');
  });

  it('starts with a soft opening fricative 40 dB under the vowel on a clean line, not at the vowel', () => {
    // An "s" or "f" on an 8 kHz line: 120 ms more than 30 dB under the loudest, then the vowel.
    const x = clip({ hissBelow: 70, softFricative: 0.12 });
    near(speechOnset(x, RATE), SPEECH_AT, 'soft fricative then vowel');
    near(firstFrameWithin30dB(x), SPEECH_AT + 0.12, 'the first frame within 30 dB: the vowel');
  });

  it('is otherwise unchanged on a clean clip: the first frame within 30 dB of the loudest', () => {
    // The fading "s" falls more than 30 dB under the loudest for longer than a gap: it is still sound.
    for (const parts of [{ hissBelow: 60 }, { hissBelow: 60, fricative: 0.06 }, { hissBelow: 60, fadingFricative: true }]) {
      const x = clip(parts);
      assert.equal(speechOnset(x, RATE), firstFrameWithin30dB(x));
      near(speechOnset(x, RATE), SPEECH_AT, 'clean');
    }
  });
});
