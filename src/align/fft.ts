/**
 * A radix-2 real FFT for the fixed, power-of-two frame sizes of MFCC analysis.
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
    for (let i = 0; i < half; i++) {
      const r = bitReverse[i]!;
      re[r] = input[2 * i]!;
      im[r] = input[2 * i + 1]!;
    }
    // Iterative Cooley–Tukey butterflies on the N/2-point complex sequence.
    for (let len = 2; len <= half; len <<= 1) {
      const step = half / len;
      const m = len >> 1;
      for (let start = 0; start < half; start += len) {
        for (let k = 0; k < m; k++) {
          const wr = this.cosHalf[k * step]!;
          const wi = this.sinHalf[k * step]!;
          const a = start + k;
          const b = a + m;
          const xr = re[b]! * wr - im[b]! * wi;
          const xi = re[b]! * wi + im[b]! * wr;
          re[b] = re[a]! - xr;
          im[b] = im[a]! - xi;
          re[a] = re[a]! + xr;
          im[a] = im[a]! + xi;
        }
      }
    }
    // Separate: X[k] = E[k] + W^k O[k], E = (Z[k] + conj Z[-k]) / 2, O = (Z[k] − conj Z[-k]) / 2i.
    for (let k = 0; k <= half; k++) {
      const a = re[k % half]!;
      const b = im[k % half]!;
      const c = re[(half - k) % half]!;
      const d = im[(half - k) % half]!;
      const er = (a + c) / 2;
      const ei = (b - d) / 2;
      const or = (b + d) / 2;
      const oi = (c - a) / 2;
      const wr = this.cosFull[k]!;
      const wi = this.sinFull[k]!;
      const xr = er + wr * or - wi * oi;
      const xi = ei + wr * oi + wi * or;
      out[k] = xr * xr + xi * xi;
    }
  }
}
