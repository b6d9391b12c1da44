/**
 * Decoding a recording (MP3, Opus, FLAC, Vorbis, WAV, AAC…) to mono samples, without ffmpeg:
 * the `audio-decode` package (MIT) decodes in WebAssembly in Node and in browsers alike.
 */

export interface MonoAudio {
  /** Samples in [-1, 1], the channels averaged. */
  samples: Float32Array;
  sampleRate: number;
}

/** Thrown when the bytes are not audio Parley can decode; says which file and why. */
export class AudioDecodeError extends Error {
  override readonly name = 'AudioDecodeError';
}

/** Averages the channels of a decoded recording into one. */
export function toMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const length = Math.min(...channels.map((c) => c.length));
  const out = new Float32Array(length);
  for (const channel of channels) for (let i = 0; i < length; i++) out[i]! += channel[i]! / channels.length;
  return out;
}

/** Decodes a whole recording to mono. `name` is used in error messages (a file name). */
export async function decodeAudio(bytes: Uint8Array, name = 'recording'): Promise<MonoAudio> {
  if (bytes.length === 0) throw new AudioDecodeError(`${name}: the file is empty`);
  const { default: decode } = await import('audio-decode');
  let decoded: { channelData: Float32Array[]; sampleRate: number };
  try {
    decoded = await decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AudioDecodeError(`${name}: not a recording Parley can decode (${reason})`);
  }
  if (!decoded?.channelData?.length || !decoded.sampleRate) {
    throw new AudioDecodeError(`${name}: not a recording Parley can decode (no audio channels found)`);
  }
  const samples = toMono(decoded.channelData);
  if (samples.length === 0) throw new AudioDecodeError(`${name}: the recording has no samples`);
  return { samples, sampleRate: decoded.sampleRate };
}
