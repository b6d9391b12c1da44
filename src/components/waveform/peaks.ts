/**
 * Peaks from BBC audiowaveform JSON (`{version, channels, sample_rate, samples_per_pixel, bits,
 * length, data}`) in the shape wavesurfer.js draws: one array of 0…1 per channel and the duration.
 * `data` holds, for each pixel and each channel in turn, a min and a max as signed integers of
 * `bits` bits.
 */
export interface AudiowaveformJson {
  version?: number;
  channels?: number;
  sample_rate: number;
  samples_per_pixel: number;
  bits: number;
  length: number;
  data: number[];
}

export interface Peaks {
  peaks: Float32Array[];
  duration: number;
}

/** Reads audiowaveform JSON; throws an Error naming the field that is wrong. */
export function normalisePeaks(json: unknown): Peaks {
  const j = json as Partial<AudiowaveformJson> | null;
  if (!j || typeof j !== 'object') throw new Error('peaks: not a JSON object');
  const channels = j.channels ?? 1;
  for (const key of ['sample_rate', 'samples_per_pixel', 'bits'] as const) {
    if (typeof j[key] !== 'number' || !(j[key]! > 0)) throw new Error(`peaks: "${key}" must be a positive number`);
  }
  if (!Array.isArray(j.data)) throw new Error('peaks: "data" must be an array');
  if (!Number.isInteger(channels) || channels < 1) throw new Error('peaks: "channels" must be a positive whole number');
  const length = Math.floor(j.data.length / (2 * channels));
  const scale = 2 ** (j.bits! - 1);
  const peaks = Array.from({ length: channels }, () => new Float32Array(length));
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < channels; c++) {
      const at = (i * channels + c) * 2;
      const min = Math.abs(j.data[at]! / scale);
      const max = Math.abs(j.data[at + 1]! / scale);
      peaks[c]![i] = Math.min(1, Math.max(min, max));
    }
  }
  return { peaks, duration: (length * j.samples_per_pixel!) / j.sample_rate! };
}

/**
 * At most `maxLength` values per channel, each the loudest of the values it stands for. A waveform
 * is a few hundred bars wide: ten hours of audiowaveform peaks (720,000 per channel at 20 a
 * second) would keep megabytes in memory, twice over inside wavesurfer.js, for nothing drawn.
 */
export function downsamplePeaks(input: Peaks, maxLength = 8000): Peaks {
  const length = input.peaks[0]?.length ?? 0;
  if (length <= maxLength) return input;
  const peaks = input.peaks.map((channel) => {
    const out = new Float32Array(maxLength);
    for (let i = 0; i < maxLength; i++) {
      const from = Math.floor((i * length) / maxLength);
      const to = Math.floor(((i + 1) * length) / maxLength);
      let loudest = 0;
      for (let k = from; k < to; k++) if (channel[k]! > loudest) loudest = channel[k]!;
      out[i] = loudest;
    }
    return out;
  });
  return { peaks, duration: input.duration };
}
