/**
 * Voice-activity detection from frame loudness alone (no model of any voice): a frame is
 * speech when it is louder than the recording's own noise floor by a margin that scales with
 * the recording's dynamic range. Works the same for digital silence, room tone or added noise.
 */
import { percentile } from '../audio/stats.js';

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
