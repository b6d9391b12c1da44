/**
 * Measurements of audio that the demo-media generator reports and its tests assert: loudness (RMS
 * in dB), pitch (F0 by autocorrelation), spectral centroid, and the lag between two signals.
 * Plain loops over Float32Array; no DOM, no Web Audio.
 */
import { RealFft } from './fft.js';

/** Level of a power ratio in dB, with a floor so that digital silence is a number, not −∞. */
function powerDb(meanSquare: number): number {
  return 10 * Math.log10(Math.max(meanSquare, 1e-20));
}

/** RMS of samples[from, to) in dBFS (a full-scale sine is −3 dBFS, full-scale square 0 dBFS). */
export function rmsDb(samples: Float32Array, from = 0, to = samples.length): number {
  const a = Math.max(0, Math.floor(from));
  const b = Math.min(samples.length, Math.ceil(to));
  if (b <= a) return powerDb(0);
  let sum = 0;
  for (let i = a; i < b; i++) sum += samples[i]! * samples[i]!;
  return powerDb(sum / (b - a));
}

/** RMS in dBFS of the span [start, end) seconds. */
export function rmsDbAt(samples: Float32Array, sampleRate: number, start: number, end: number): number {
  return rmsDb(samples, start * sampleRate, end * sampleRate);
}

/**
 * Fundamental frequency of one frame by normalised autocorrelation, or null when the frame is not
 * voiced: too quiet, or no lag in the pitch range correlates above `threshold`.
 * The lag is refined by fitting a parabola through the peak and its neighbours.
 */
export function framePitch(
  frame: Float32Array,
  sampleRate: number,
  { minHz = 60, maxHz = 400, threshold = 0.5, minDb = -50 }: { minHz?: number; maxHz?: number; threshold?: number; minDb?: number } = {},
): number | null {
  if (rmsDb(frame) < minDb) return null;
  const n = frame.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += frame[i]!;
  mean /= n;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = frame[i]! - mean;
  const minLag = Math.max(2, Math.floor(sampleRate / maxHz));
  const maxLag = Math.min(n - 2, Math.ceil(sampleRate / minHz));
  if (maxLag <= minLag) return null;
  // Energies of the two overlapping parts come from a running sum of squares.
  const energy = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) energy[i + 1] = energy[i]! + x[i]! * x[i]!;
  const r = new Float64Array(maxLag + 2);
  for (let lag = minLag - 1; lag <= maxLag + 1; lag++) {
    let s = 0;
    for (let i = 0; i + lag < n; i++) s += x[i]! * x[i + lag]!;
    const e0 = energy[n - lag]!;
    const e1 = energy[n]! - energy[lag]!;
    r[lag] = e0 > 0 && e1 > 0 ? s / Math.sqrt(e0 * e1) : 0;
  }
  // The first lag whose correlation is a local maximum above the threshold, taking the best
  // of that peak's neighbourhood; picking the first avoids octave errors (a lag of 2 periods).
  let best = -1;
  for (let lag = minLag; lag <= maxLag; lag++) {
    if (r[lag]! >= threshold && r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!) {
      best = lag;
      break;
    }
  }
  if (best < 0) return null;
  const a = r[best - 1]!;
  const b = r[best]!;
  const c = r[best + 1]!;
  const denom = a - 2 * b + c;
  const shift = denom !== 0 ? (0.5 * (a - c)) / denom : 0;
  return sampleRate / (best + Math.max(-0.5, Math.min(0.5, shift)));
}

/**
 * Spectral centroid of one frame in Hz: the magnitude-weighted mean frequency of its spectrum
 * (Hann window, zero-padded to a power of two). Null for a silent frame.
 */
export function spectralCentroid(frame: Float32Array, sampleRate: number): number | null {
  let size = 4;
  while (size < frame.length) size <<= 1;
  const windowed = new Float64Array(size);
  const n = frame.length;
  for (let i = 0; i < n; i++) windowed[i] = frame[i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1 || 1)));
  const power = new Float64Array(size / 2 + 1);
  new RealFft(size).powerSpectrum(windowed, power);
  let weighted = 0;
  let total = 0;
  for (let k = 1; k <= size / 2; k++) {
    const magnitude = Math.sqrt(power[k]!);
    weighted += magnitude * ((k * sampleRate) / size);
    total += magnitude;
  }
  return total > 0 ? weighted / total : null;
}

/**
 * The lag, in samples, by which `b` trails `a` (b[i + lag] ≈ a[i]), searched in [−maxLag, maxLag]
 * by normalised cross-correlation over the first `span` samples of `a`. Returns the lag and its
 * correlation (1 for an exact copy).
 */
export function bestLag(a: Float32Array, b: Float32Array, maxLag: number, span = Math.min(a.length, 22050 * 30)): { lag: number; correlation: number } {
  let best = { lag: 0, correlation: -Infinity };
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    let s = 0;
    let ea = 0;
    let eb = 0;
    for (let i = 0; i < span; i++) {
      const j = i + lag;
      if (j < 0 || j >= b.length || i >= a.length) continue;
      s += a[i]! * b[j]!;
      ea += a[i]! * a[i]!;
      eb += b[j]! * b[j]!;
    }
    const c = ea > 0 && eb > 0 ? s / Math.sqrt(ea * eb) : 0;
    if (c > best.correlation) best = { lag, correlation: c };
  }
  return best;
}
