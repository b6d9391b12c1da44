/**
 * A recording's features from its bytes, wherever they come from: a file on disk (the command
 * line) or a File the user chose (the page's alignment worker). Both read through the same
 * `ByteSource`, in the same pieces, through the same decoder, so both give the same features.
 */
import getType from 'audio-type';
import { AudioDecodeError, decodeAudio, toMono } from '../audio/decode.js';
import { MfccExtractor, type MelFrames } from './mfcc.js';

/** Random access to the bytes of a recording. */
export interface ByteSource {
  /** Length in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A Blob or File (in a page or a Web Worker) as a ByteSource. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

// Small pieces keep the decoder's short-lived buffers small (about 13 s of audio each at 64 kbit/s).
const CHUNK = 1 << 16;
/** Formats audio-decode decodes piece by piece; others are decoded whole. */
const STREAMABLE = new Set(['mp3', 'wav', 'flac', 'oga', 'opus']);

type ChunkedDecode = (source: AsyncIterable<Uint8Array>, format: string) => AsyncGenerator<{ channelData: Float32Array[]; sampleRate: number }>;

/**
 * Mel frames of a recording, decoded in pieces when the format allows it (MP3, WAV, FLAC, Ogg),
 * so that a long recording is never held in memory as samples; other formats are decoded whole.
 * `name` names the recording in errors. Throws AudioDecodeError for an empty or undecodable one.
 */
export async function recordingFeaturesFrom(source: ByteSource, name: string, onProgress?: (done: number) => void): Promise<MelFrames> {
  if (source.size === 0) throw new AudioDecodeError(`${name}: the file is empty`);
  const format = getType(await source.read(0, 4096));
  if (!format || !STREAMABLE.has(format)) {
    const audio = await decodeAudio(await source.read(0, source.size), name);
    onProgress?.(1);
    const extractor = new MfccExtractor(audio.sampleRate);
    extractor.push(audio.samples);
    return extractor.finish();
  }
  const { default: decode } = (await import('audio-decode')) as unknown as { default: ChunkedDecode };
  const pieces = async function* () {
    for (let at = 0; at < source.size; at += CHUNK) {
      const piece = await source.read(at, CHUNK);
      if (piece.length === 0) break;
      onProgress?.(Math.min(1, (at + piece.length) / source.size));
      yield piece;
    }
  };
  let extractor: MfccExtractor | null = null;
  try {
    for await (const piece of decode(pieces(), format)) {
      if (!piece.channelData.length || !piece.sampleRate) continue;
      extractor ??= new MfccExtractor(piece.sampleRate);
      extractor.push(toMono(piece.channelData));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AudioDecodeError(`${name}: not a recording Parley can decode (${reason})`);
  }
  if (!extractor) throw new AudioDecodeError(`${name}: not a recording Parley can decode (no audio found in it)`);
  const mel = extractor.finish();
  if (mel.frames < 2) throw new AudioDecodeError(`${name}: the recording has no samples`);
  return mel;
}
