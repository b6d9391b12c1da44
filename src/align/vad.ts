/**
 * Voice-activity detection from frame loudness alone (no model of any voice): a frame is
 * speech when it is louder than the recording's own noise floor by a margin that scales with
 * the recording's dynamic range. Works the same for digital silence, room tone or added noise.
 */
import { percentile } from '../audio/stats.js';
import { MEL_LOG_SCALE, type MelFrames } from './mfcc.js';

/** The loudness (dB) above which a frame counts as speech. */
export function speechThreshold(energy: ArrayLike<number>): number {
  const floor = percentile(energy, 0.1);
  const loud = percentile(energy, 0.95);
  return floor + Math.max(6, 0.25 * (loud - floor));
}

/** 1 for speech frames, 0 for pauses; pauses shorter than `bridge` frames inside speech are filled. */
export function speechFrames(energy: ArrayLike<number>, threshold = speechThreshold(energy), bridge = 0): Uint8Array {
  const n = energy.length;
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = energy[k]! > threshold ? 1 : 0;
  if (bridge > 0) {
    let k = 0;
    while (k < n) {
      if (out[k]) {
        k++;
        continue;
      }
      let e = k;
      while (e < n && !out[e]) e++;
      if (k > 0 && e < n && e - k <= bridge) out.fill(1, k, e);
      k = e;
    }
  }
  return out;
}

/** Half-open frame ranges [start, end) of pauses at least `minFrames` long. */
export function pauses(speech: Uint8Array, minFrames: number): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < speech.length) {
    if (speech[k]) {
      k++;
      continue;
    }
    let e = k;
    while (e < speech.length && !speech[e]) e++;
    if (e - k >= minFrames) out.push([k, e]);
    k = e;
  }
  return out;
}

/**
 * Per frame, how far the sound stands above the recording's noise floor, band by band: the mean
 * over the mel bands of max(0, 10·log10(power ÷ the band's floor)) in dB. Loudness alone cannot
 * tell speech from broadband noise (white noise at 15 dB SNR is as loud as the quiet half of the
 * speech, and pre-emphasis makes it louder still); band by band, speech rises far above the
 * floor where its energy lies (formants, low frequencies) while noise stays at it.
 */
export function levelAboveFloor(mel: MelFrames, floor: ArrayLike<number>, bands = mel.dims): Float32Array {
  const { frames, dims, data } = mel;
  const n = Math.min(bands, dims);
  const codes = new Float64Array(n);
  for (let b = 0; b < n; b++) codes[b] = Math.log(floor[b]! + 1e-10) * MEL_LOG_SCALE;
  const toDb = 10 / Math.LN10 / MEL_LOG_SCALE / n;
  const out = new Float32Array(frames);
  for (let k = 0; k < frames; k++) {
    const row = k * dims;
    let s = 0;
    for (let b = 0; b < n; b++) {
      const d = data[row + b]! - codes[b]!;
      if (d > 0) s += d;
    }
    out[k] = s * toDb;
  }
  return out;
}
