/**
 * The project's one FFT: a radix-2 real FFT for fixed, power-of-two frame sizes (the aligner's MFCC
 * analysis, the demo report's spectral centroid).
 *
 * A real signal of N samples is packed into a complex one of N/2 (even samples as real parts,
 * odd samples as imaginary parts), transformed, and the two interleaved spectra are separated
 * afterwards: half the work of a complex FFT of N. Tables are computed once per size.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  private readonly bitReverse: Uint32Array;
  /** Twiddles of the N/2-point complex FFT. */
  private readonly cosHalf: Float64Array;
  private readonly sinHalf: Float64Array;
  /** Twiddles e^{-2πik/N} that separate the even and odd spectra. */
  private readonly cosFull: Float64Array;
  private readonly sinFull: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    if (size < 4 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4, not ${size}`);
    this.size = size;
    const half = size / 2;
    this.half = half;
    const bits = Math.log2(half);
    this.bitReverse = new Uint32Array(half);
    for (let i = 0; i < half; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.bitReverse[i] = r;
    }
    this.cosHalf = new Float64Array(half / 2);
    this.sinHalf = new Float64Array(half / 2);
    for (let k = 0; k < half / 2; k++) {
      this.cosHalf[k] = Math.cos((2 * Math.PI * k) / half);
      this.sinHalf[k] = -Math.sin((2 * Math.PI * k) / half);
    }
    this.cosFull = new Float64Array(half + 1);
    this.sinFull = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      this.cosFull[k] = Math.cos((2 * Math.PI * k) / size);
      this.sinFull[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    this.re = new Float64Array(half);
    this.im = new Float64Array(half);
  }

  /**
   * Power spectrum |X[k]|² for k = 0 … N/2 of `input` (N real samples) into `out` (N/2 + 1 values).
   */
  powerSpectrum(input: ArrayLike<number>, out: Float64Array): void {
    const { half, re, im, bitReverse } = this;
    // The first stage (pairs, twiddle 1) done while loading: bit reversal puts the pair
    // (r, r + 1) at inputs whose indices differ by half. Adding ±0 products of a twiddle of 1
    // changed no value, so leaving them out gives the same spectrum, bit for bit.
    const quarter = half >> 1;
    for (let r = 0; r < half; r += 2) {
      const i = bitReverse[r]!;
      const ar = input[2 * i]!;
      const ai = input[2 * i + 1]!;
      const br = input[2 * (i + quarter)]!;
      const bi = input[2 * (i + quarter) + 1]!;
      re[r] = ar + br;
      im[r] = ai + bi;
      re[r + 1] = ar - br;
      im[r + 1] = ai - bi;
    }
    // Iterative Cooley–Tukey butterflies on the N/2-point complex sequence.
    const cosT = this.cosHalf;
    const sinT = this.sinHalf;
    for (let len = 4; len <= half; len <<= 1) {
      const step = half / len;
      const m = len >> 1;
      // k = 0: the twiddle is 1, as above.
      for (let a = 0; a < half; a += len) {
        const b = a + m;
        const br = re[b]!;
        const bi = im[b]!;
        const ar = re[a]!;
        const ai = im[a]!;
        re[b] = ar - br;
        im[b] = ai - bi;
        re[a] = ar + br;
        im[a] = ai + bi;
      }
      for (let k = 1; k < m; k++) {
        const wr = cosT[k * step]!;
        const wi = sinT[k * step]!;
        for (let a = k; a < half; a += len) {
          const b = a + m;
          const br = re[b]!;
          const bi = im[b]!;
          const xr = br * wr - bi * wi;
          const xi = br * wi + bi * wr;
          const ar = re[a]!;
          const ai = im[a]!;
          re[b] = ar - xr;
          im[b] = ai - xi;
          re[a] = ar + xr;
          im[a] = ai + xi;
        }
      }
    }
    // Separate: X[k] = E[k] + W^k O[k], E = (Z[k] + conj Z[-k]) / 2, O = (Z[k] − conj Z[-k]) / 2i.
    const cosF = this.cosFull;
    const sinF = this.sinFull;
    // k = 0 and k = N/2 both pair Z[0] with itself.
    out[0] = (re[0]! + im[0]!) ** 2;
    out[half] = (re[0]! - im[0]!) ** 2;
    for (let k = 1; k < half; k++) {
      const a = re[k]!;
      const b = im[k]!;
      const c = re[half - k]!;
      const d = im[half - k]!;
      const er = (a + c) * 0.5;
      const ei = (b - d) * 0.5;
      const or = (b + d) * 0.5;
      const oi = (c - a) * 0.5;
      const wr = cosF[k]!;
      const wi = sinF[k]!;
      const xr = er + wr * or - wi * oi;
      const xi = ei + wr * oi + wi * or;
      out[k] = xr * xr + xi * xi;
    }
  }
}
