/**
 * Waveform peaks in the BBC audiowaveform JSON format (version 2), which wavesurfer.js can draw
 * without decoding the recording in the browser:
 *
 *   { "version": 2, "channels": 1, "sample_rate": 22050, "samples_per_pixel": 1024, "bits": 8,
 *     "length": L, "data": [min0, max0, min1, max1, …] }
 *
 * Pixel i covers samples [i·N, (i+1)·N) (the last pixel may cover fewer); `length` is the number of
 * pixels, ⌈samples / N⌉, and `data` holds 2·length integers. Like audiowaveform, Parley takes the
 * min and max of the 16-bit samples of each pixel and keeps their top 8 bits (an arithmetic shift
 * right by 8, so −32768…32767 becomes −128…127); with `bits: 16` the 16-bit values are kept.
 * To draw them with wavesurfer.js, divide by 128 (8 bits) or 32768 (16 bits).
 */

export interface AudiowaveformPeaks {
  version: 2;
  channels: 1;
  sample_rate: number;
  samples_per_pixel: number;
  bits: 8 | 16;
  length: number;
  data: number[];
}

export interface PeaksOptions {
  /** Samples per pixel (default 1024: about 21.5 pixels a second at 22.05 kHz). */
  samplesPerPixel?: number;
  bits?: 8 | 16;
}

/** Peaks of mono float samples in [-1, 1]. */
export function computePeaks(samples: Float32Array, sampleRate: number, options: PeaksOptions = {}): AudiowaveformPeaks {
  const spp = options.samplesPerPixel ?? 1024;
  const bits = options.bits ?? 8;
  if (!Number.isInteger(spp) || spp < 1) throw new RangeError(`samples per pixel must be a positive integer, not ${spp}`);
  if (bits !== 8 && bits !== 16) throw new RangeError(`bits must be 8 or 16, not ${String(bits)}`);
  const length = Math.ceil(samples.length / spp);
  const data = new Array<number>(length * 2);
  const int16 = (x: number) => {
    const v = Math.round(x * 32768);
    return v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  };
  const scale = (v: number) => (bits === 8 ? v >> 8 : v);
  for (let p = 0; p < length; p++) {
    let min = 32767;
    let max = -32768;
    const end = Math.min(samples.length, (p + 1) * spp);
    for (let i = p * spp; i < end; i++) {
      const v = int16(samples[i]!);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    data[2 * p] = scale(min);
    data[2 * p + 1] = scale(max);
  }
  return { version: 2, channels: 1, sample_rate: sampleRate, samples_per_pixel: spp, bits, length, data };
}

/**
 * The peaks as a JSON file: the header fields on their own lines and the data on one line, so the
 * file stays small and diffs of the header stay readable. Ends with a newline.
 */
export function peaksToJson(peaks: AudiowaveformPeaks): string {
  const { data, ...header } = peaks;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "data": [${data.join(',')}]\n}\n`;
}

/** Duration in seconds that a peaks file covers (its pixels × samples per pixel ÷ rate). */
export function peaksDuration(peaks: AudiowaveformPeaks): number {
  return (peaks.length * peaks.samples_per_pixel) / peaks.sample_rate;
}
