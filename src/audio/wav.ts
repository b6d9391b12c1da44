/**
 * 16-bit PCM WAV files, mono or interleaved, written byte for byte the same for the same samples
 * (the header holds no date or tool name), and the float ↔ 16-bit conversion Parley uses everywhere.
 */

/**
 * Float samples in [-1, 1] to 16-bit integers: ×32768, rounded, clipped to [−32768, 32767].
 * The inverse of eSpeak's and the decoders' `int / 32768`, so a round trip is exact.
 */
export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.round(samples[i]! * 32768);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}

/** 16-bit integers back to floats in [-1, 1). */
export function int16ToFloat(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

/** A canonical 44-byte-header RIFF/WAVE file of 16-bit PCM. `samples` are interleaved when channels > 1. */
export function encodeWav(samples: Int16Array, sampleRate: number, channels = 1): Uint8Array {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new RangeError(`sample rate must be a positive integer, not ${sampleRate}`);
  if (!Number.isInteger(channels) || channels < 1) throw new RangeError(`channels must be a positive integer, not ${channels}`);
  if (samples.length % channels !== 0) throw new RangeError(`${samples.length} samples do not split into ${channels} channels`);
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true); // bytes per second
  view.setUint16(32, channels * 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i]!, true);
  return bytes;
}
