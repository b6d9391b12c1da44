/**
 * Room tone: the quiet noise of a room, laid under the whole recording so that pauses are not
 * digital silence (a real recording never is, and an aligner must cope with that).
 */
import { seededRandom } from './random.js';

/**
 * Pink-ish noise (about −3 dB per octave) at a given RMS level in dBFS, from a seeded generator:
 * the same seed and length always give the same samples.
 *
 * White noise from the generator goes through Paul Kellet's "economy" pink filter (three
 * one-pole sections), then the whole signal is scaled so that its RMS is exactly the level asked for.
 */
export function roomTone(length: number, levelDbfs: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const raw = new Float64Array(length);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < length; i++) {
    const white = random() * 2 - 1;
    b0 = 0.99765 * b0 + white * 0.099046;
    b1 = 0.963 * b1 + white * 0.2965164;
    b2 = 0.57 * b2 + white * 1.0526913;
    raw[i] = b0 + b1 + b2 + white * 0.1848;
  }
  // Remove the (small) DC offset the slowest section leaves, then scale to the level.
  let mean = 0;
  for (let i = 0; i < length; i++) mean += raw[i]!;
  mean = length ? mean / length : 0;
  let energy = 0;
  for (let i = 0; i < length; i++) {
    raw[i]! -= mean;
    energy += raw[i]! * raw[i]!;
  }
  const rms = length ? Math.sqrt(energy / length) : 0;
  const gain = rms > 0 ? 10 ** (levelDbfs / 20) / rms : 0;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = raw[i]! * gain;
  return out;
}
