/**
 * MFCC features, computed as samples arrive so that a long recording never has to be held
 * in memory whole: pre-emphasis, Hamming window, a power-of-two FFT at least as long as the
 * window (every sample of the window counts), a mel filterbank, log, DCT-II. Coefficient 0
 * (overall loudness) is dropped: the reference voice and the recording differ in level, and
 * loudness is kept apart as a per-frame energy for voice-activity detection instead.
 *
 * Filters are placed in hertz, not in FFT bins, so features of a 16 kHz recording and of a
 * 22.05 kHz synthesis are comparable without resampling either.
 */
import { RealFft } from '../audio/fft.js';

export interface MfccOptions {
  /** Seconds between frames. */
  hop: number;
  /** Seconds of audio in each frame. */
  window: number;
  melBands: number;
  lowHz: number;
  highHz: number;
  /** Cepstral coefficients kept, after dropping c0. */
  coefficients: number;
  preEmphasis: number;
}

export const DEFAULT_MFCC: MfccOptions = {
  hop: 0.01,
  window: 0.023,
  melBands: 40,
  lowHz: 133.33,
  highHz: 6855.5,
  coefficients: 12,
  preEmphasis: 0.97,
};

/** Frames of features: `data[frame * dims + d]`. Frame k is centred on k × hop seconds. */
export interface Features {
  frames: number;
  dims: number;
  hop: number;
  data: Float32Array;
  /** Loudness of each frame in dB relative to full scale (a sine at full scale is about −3 dB). */
  energy: Float32Array;
}

export function hzToMel(hz: number): number {
  return 2595 * Math.log10(1 + hz / 700);
}

export function melToHz(mel: number): number {
  return 700 * (10 ** (mel / 2595) - 1);
}

/** Triangular mel filters over FFT bins: each filter's first bin and its weights. */
export interface MelFilter {
  first: number;
  weights: Float64Array;
  centreHz: number;
  rightHz: number;
}

/**
 * The filters always cover lowHz … highHz, whatever the sample rate, so that band b means the
 * same frequencies in every signal; at a low sample rate (8 kHz telephone audio) the bands above
 * half of it are empty (see `usableBands`).
 */
export function melFilterbank(fftSize: number, sampleRate: number, bands: number, lowHz: number, highHz: number): MelFilter[] {
  const lowMel = hzToMel(lowHz);
  const highMel = hzToMel(highHz);
  const edges: number[] = [];
  for (let i = 0; i < bands + 2; i++) edges.push(melToHz(lowMel + ((highMel - lowMel) * i) / (bands + 1)));
  const binHz = sampleRate / fftSize;
  const filters: MelFilter[] = [];
  for (let b = 0; b < bands; b++) {
    const [left, centre, right] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
    const first = Math.max(0, Math.ceil(left / binHz));
    const last = Math.min(fftSize / 2, Math.floor(right / binHz));
    const weights = new Float64Array(Math.max(0, last - first + 1));
    for (let k = first; k <= last; k++) {
      const hz = k * binHz;
      weights[k - first] = hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
    }
    filters.push({ first, weights, centreHz: centre, rightHz: right });
  }
  return filters;
}

/** How many of the filters lie wholly below half the sample rate (all of them from 13.7 kHz up). */
export function usableBands(filters: readonly MelFilter[], sampleRate: number): number {
  const n = filters.findIndex((f) => f.rightHz > sampleRate / 2);
  return n === -1 ? filters.length : n;
}

/** A growable typed array; `toArray` hands out a view of it, without copying. */
class GrowList<T extends Float32Array | Int16Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  toArray(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * Mel frames are kept as natural-log power × MEL_LOG_SCALE in 16-bit integers: half the memory
 * of floats, with a resolution of 0.004 dB, far below anything that matters for alignment.
 */
export const MEL_LOG_SCALE = 1000;

/** Mel filterbank log power per frame, before the noise floor and the DCT (see `cepstra`). */
export interface MelFrames {
  frames: number;
  /** Mel bands. */
  dims: number;
  hop: number;
  /** ln(power) × MEL_LOG_SCALE, `data[frame * dims + band]`. */
  data: Int16Array;
  /** Loudness of each frame in dB relative to full scale. */
  energy: Float32Array;
  /** Bands below half the sample rate (the rest are empty); all of them when absent. */
  usable?: number;
}

/** Mel frames from plain power values (for tests and for callers with their own filterbank). */
export function melFromPower(power: ArrayLike<number>, frames: number, dims: number, hop: number, energy: ArrayLike<number>): MelFrames {
  const data = new Int16Array(frames * dims);
  for (let i = 0; i < data.length; i++) data[i] = logCode(power[i]!);
  return { frames, dims, hop, data, energy: Float32Array.from(energy) };
}

function logCode(power: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(Math.log(power + 1e-10) * MEL_LOG_SCALE)));
}

/** Turns a stream of samples into MFCC frames. Push chunks in order, then call `finish()`. */
export class MfccExtractor {
  readonly options: MfccOptions;
  readonly fftSize: number;
  private readonly fft: RealFft;
  private readonly filters: MelFilter[];
  private readonly hamming: Float64Array;
  private readonly windowLength: number;
  private readonly frame: Float64Array;
  private readonly spectrum: Float64Array;
  private readonly logMel: Float64Array;
  /** Samples not yet consumed, pre-emphasised; `pending[0]` is absolute sample `base`. */
  private pending = new Float32Array(0);
  private pendingLength = 0;
  private base = 0;
  private lastRaw = 0;
  private total = 0;
  private frameIndex = 0;
  private padding = 0;
  private readonly coefficients = new GrowList(new Int16Array(40 * 1024), (n) => new Int16Array(n));
  private readonly energies = new GrowList(new Float32Array(1024), (n) => new Float32Array(n));

  constructor(
    readonly sampleRate: number,
    options: Partial<MfccOptions> = {},
  ) {
    this.options = { ...DEFAULT_MFCC, ...options };
    this.windowLength = Math.round(this.options.window * sampleRate);
    let n = 4;
    while (n < this.windowLength) n *= 2;
    this.fftSize = n;
    this.fft = new RealFft(n);
    this.filters = melFilterbank(n, sampleRate, this.options.melBands, this.options.lowHz, this.options.highHz);
    this.hamming = new Float64Array(this.windowLength);
    for (let i = 0; i < this.windowLength; i++) this.hamming[i] = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (this.windowLength - 1));
    const bands = this.options.melBands;
    this.frame = new Float64Array(n);
    this.spectrum = new Float64Array(n / 2 + 1);
    this.logMel = new Float64Array(bands);
    // Half a window of silence in front, so that frame k is centred on k × hop seconds.
    this.appendRaw(new Float32Array(this.windowLength >> 1));
    this.total = 0;
    this.padding = this.windowLength >> 1;
  }

  /** Absolute sample index at which frame k starts. */
  private frameStart(k: number): number {
    return Math.round(k * this.options.hop * this.sampleRate);
  }

  private appendRaw(samples: Float32Array): void {
    if (this.pendingLength + samples.length > this.pending.length) {
      const bigger = new Float32Array(Math.max(this.pendingLength + samples.length, this.pending.length * 2, 4096));
      bigger.set(this.pending.subarray(0, this.pendingLength));
      this.pending = bigger;
    }
    const a = this.options.preEmphasis;
    let last = this.lastRaw;
    const out = this.pending;
    let at = this.pendingLength;
    for (let i = 0; i < samples.length; i++) {
      const x = samples[i]!;
      out[at++] = x - a * last;
      last = x;
    }
    this.lastRaw = last;
    this.pendingLength = at;
    this.total += samples.length;
  }

  /** Feeds the next samples of the recording. */
  push(samples: Float32Array): void {
    this.appendRaw(samples);
    this.drain();
  }

  private drain(): void {
    const w = this.windowLength;
    while (this.frameStart(this.frameIndex) + w <= this.total + this.padding) {
      this.computeFrame(this.frameStart(this.frameIndex) - this.base);
      this.frameIndex++;
    }
    // Drop what no later frame needs.
    const keepFrom = this.frameStart(this.frameIndex) - this.base;
    if (keepFrom > 0) {
      this.pending.copyWithin(0, keepFrom, this.pendingLength);
      this.pendingLength -= keepFrom;
      this.base += keepFrom;
    }
  }

  private computeFrame(offset: number): void {
    const { frame, hamming, spectrum, logMel, filters, pending } = this;
    const w = this.windowLength;
    let power = 0;
    for (let i = 0; i < w; i++) {
      const x = pending[offset + i]!;
      power += x * x;
      frame[i] = x * hamming[i]!;
    }
    // frame[w …] stays zero from its allocation: the FFT's padding.
    this.fft.powerSpectrum(frame, spectrum);
    for (let b = 0; b < filters.length; b++) {
      const { first, weights } = filters[b]!;
      let e = 0;
      for (let k = 0; k < weights.length; k++) e += weights[k]! * spectrum[first + k]!;
      logMel[b] = e;
    }
    for (let b = 0; b < filters.length; b++) this.coefficients.push(logCode(logMel[b]!));
    this.energies.push(10 * Math.log10(power / w + 1e-10));
  }

  /**
   * Pads the end with half a window of silence, computes the last frames and returns the mel
   * power of them all (turn them into MFCC with `cepstra`).
   */
  finish(): MelFrames {
    this.appendRaw(new Float32Array((this.windowLength >> 1) + 1));
    this.drain();
    return {
      frames: this.energies.length,
      dims: this.options.melBands,
      hop: this.options.hop,
      data: this.coefficients.toArray(),
      energy: this.energies.toArray(),
      usable: usableBands(this.filters, this.sampleRate),
    };
  }
}

/**
 * The noise floor of a recording: the mean mel power of its quietest tenth of frames.
 * Adding it to both signals before the log (see `cepstra`) makes a clean synthetic reference
 * look as noisy as the recording, so that noise in pauses and under quiet sounds costs the
 * same on both sides.
 */
export function noiseFloor(mel: MelFrames): Float64Array {
  const { frames, dims, data, energy } = mel;
  const floor = new Float64Array(dims);
  if (frames === 0) return floor;
  const order = Array.from({ length: frames }, (_, k) => k).sort((a, b) => energy[a]! - energy[b]!);
  const quiet = order.slice(0, Math.max(1, Math.floor(frames / 10)));
  for (const k of quiet) for (let b = 0; b < dims; b++) floor[b]! += Math.exp(data[k * dims + b]! / MEL_LOG_SCALE);
  for (let b = 0; b < dims; b++) floor[b]! /= quiet.length;
  return floor;
}

/**
 * MFCC c1 … c`coefficients` of mel frames: log(power + floor), then an orthonormal DCT-II
 * whose row 0 (overall loudness) is dropped; with `loudness` > 0, c0 times `loudness` is
 * appended as one more coefficient.
 */
export function cepstra(mel: MelFrames, coefficients = DEFAULT_MFCC.coefficients, floor?: ArrayLike<number>, usable = mel.dims, loudness = 0): Features {
  const { frames, dims: stride, data } = mel;
  // Only the first `usable` bands (those both signals have) go into the DCT.
  const bands = Math.min(usable, stride);
  const dct = new Float64Array(coefficients * bands);
  for (let c = 0; c < coefficients; c++) {
    for (let b = 0; b < bands; b++) dct[c * bands + b] = Math.sqrt(2 / bands) * Math.cos((Math.PI * (c + 1) * (b + 0.5)) / bands);
  }
  // log(e^v + a) = ln a + g(v − ln a) with g(x) = ln(1 + e^x): one table lookup per value
  // instead of an exp and a log, on the grid of the 16-bit log codes.
  const shift = new Int32Array(bands);
  const base = new Float64Array(bands);
  for (let b = 0; b < bands; b++) {
    const a = 1e-10 + (floor ? floor[b]! : 0);
    shift[b] = Math.round(Math.log(a) * MEL_LOG_SCALE);
    base[b] = shift[b]! / MEL_LOG_SCALE;
  }
  const table = softplusTable();
  const dims = coefficients + (loudness > 0 ? 1 : 0);
  const out = new Float32Array(frames * dims);
  const log = new Float64Array(bands);
  for (let k = 0; k < frames; k++) {
    const row0 = k * stride;
    for (let b = 0; b < bands; b++) log[b] = base[b]! + table[data[row0 + b]! - shift[b]! + SOFTPLUS_OFFSET]!;
    for (let c = 0; c < coefficients; c++) {
      let s = 0;
      const row = c * bands;
      for (let b = 0; b < bands; b++) s += dct[row + b]! * log[b]!;
      out[k * dims + c] = s;
    }
    if (loudness > 0) {
      let s = 0;
      for (let b = 0; b < bands; b++) s += log[b]!;
      out[k * dims + coefficients] = (loudness * s) / Math.sqrt(bands);
    }
  }
  return { frames, dims, hop: mel.hop, data: out, energy: mel.energy };
}

/** g(x) = ln(1 + e^x) for every difference of two 16-bit log codes, x = (i − SOFTPLUS_OFFSET) / MEL_LOG_SCALE. */
const SOFTPLUS_OFFSET = 65536;
let softplus: Float64Array | null = null;
function softplusTable(): Float64Array {
  if (!softplus) {
    softplus = new Float64Array(2 * SOFTPLUS_OFFSET + 1);
    for (let i = 0; i < softplus.length; i++) {
      const x = (i - SOFTPLUS_OFFSET) / MEL_LOG_SCALE;
      softplus[i] = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
  }
  return softplus;
}

/** MFCC frames of a whole signal. */
export function mfcc(samples: Float32Array, sampleRate: number, options: Partial<MfccOptions> = {}): Features {
  const extractor = new MfccExtractor(sampleRate, options);
  extractor.push(samples);
  return cepstra(extractor.finish(), extractor.options.coefficients);
}

/**
 * Cepstral mean normalisation in place: subtracts each coefficient's mean over the frames
 * that carry speech (`speech[k]` true), so that a channel's colouring (microphone, room,
 * synthetic voice) cancels while silence does not drag the mean.
 */
export function normaliseMean(features: Features, speech?: ArrayLike<boolean | number>): void {
  const { frames, dims, data } = features;
  const mean = new Float64Array(dims);
  let count = 0;
  for (let k = 0; k < frames; k++) {
    if (speech && !speech[k]) continue;
    count++;
    for (let d = 0; d < dims; d++) mean[d]! += data[k * dims + d]!;
  }
  if (count === 0) return;
  for (let d = 0; d < dims; d++) mean[d]! /= count;
  for (let k = 0; k < frames; k++) for (let d = 0; d < dims; d++) data[k * dims + d]! -= mean[d]!;
}

/**
 * The features with their deltas appended: each coefficient's slope over ±`span` frames (the
 * regression Σ t·(x[k+t] − x[k−t]) / Σ 2t², edges repeated), times `weight`. How the spectrum
 * moves tells the start of a sound from its middle where two voices' spectra differ.
 */
export function withDeltas(features: Features, span: number, weight: number): Features {
  const { frames, dims, data } = features;
  const out = new Float32Array(frames * dims * 2);
  let norm = 0;
  for (let t = 1; t <= span; t++) norm += 2 * t * t;
  for (let k = 0; k < frames; k++) {
    for (let d = 0; d < dims; d++) {
      out[k * 2 * dims + d] = data[k * dims + d]!;
      let s = 0;
      for (let t = 1; t <= span; t++) {
        const a = data[Math.min(frames - 1, k + t) * dims + d]!;
        const b = data[Math.max(0, k - t) * dims + d]!;
        s += t * (a - b);
      }
      out[k * 2 * dims + dims + d] = (weight * s) / norm;
    }
  }
  return { frames, dims: 2 * dims, hop: features.hop, data: out, energy: features.energy };
}

/** Averages every `factor` consecutive frames into one (a coarser time scale). */
export function pool(features: Features, factor: number): Features {
  const { frames, dims, data, energy } = features;
  const n = Math.ceil(frames / factor);
  const out = new Float32Array(n * dims);
  const e = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const from = k * factor;
    const to = Math.min(frames, from + factor);
    for (let d = 0; d < dims; d++) {
      let s = 0;
      for (let f = from; f < to; f++) s += data[f * dims + d]!;
      out[k * dims + d] = s / (to - from);
    }
    let m = -Infinity;
    for (let f = from; f < to; f++) m = Math.max(m, energy[f]!);
    e[k] = m;
  }
  return { frames: n, dims, hop: features.hop * factor, data: out, energy: e };
}
