/**
 * MP3 encoding with lamejs (LGPL; a development dependency, used only to make the demo recording).
 *
 * lamejs writes no ID3 tag and no Xing/LAME header, so the same samples and settings always give
 * the same bytes. Without a LAME header a decoder cannot know the encoder's delay, so the decoded
 * audio starts later than the samples that went in: see `MP3_DECODED_DELAY` and `encodeMp3Aligned`.
 */
import { Mp3Encoder } from '@breezystack/lamejs';

/** Bit rates MPEG-2 Layer III allows at 16, 22.05 and 24 kHz, in kbit/s. */
const MPEG2_BITRATES = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG2_RATES = [16000, 22050, 24000];
const MPEG1_RATES = [32000, 44100, 48000];
const MPEG1_BITRATES = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

/**
 * Samples the decoded MP3 lags the encoder's input by, for lamejs at 22.05 kHz mono decoded by
 * `audio-decode`: measured by cross-correlating the decoded audio with the input
 * (test/node/audio-mp3.test.ts measures it again).
 */
export const MP3_DECODED_DELAY = 1105;

/** Encodes mono 16-bit samples as a constant-bit-rate MP3. */
export function encodeMp3(samples: Int16Array, sampleRate: number, kbps: number): Uint8Array {
  const bitrates = MPEG2_RATES.includes(sampleRate) ? MPEG2_BITRATES : MPEG1_RATES.includes(sampleRate) ? MPEG1_BITRATES : null;
  if (!bitrates) throw new RangeError(`MP3 cannot be written at ${sampleRate} Hz`);
  if (!bitrates.includes(kbps)) throw new RangeError(`MP3 at ${sampleRate} Hz cannot be ${kbps} kbit/s (allowed: ${bitrates.join(', ')})`);
  const encoder = new Mp3Encoder(1, sampleRate, kbps);
  const parts: Uint8Array[] = [];
  // Feed whole frames' worth at a time; the chunk size does not change the output.
  const chunk = 1152 * 64;
  for (let i = 0; i < samples.length; i += chunk) {
    const out = encoder.encodeBuffer(samples.subarray(i, i + chunk));
    if (out.length) parts.push(new Uint8Array(out));
  }
  const tail = encoder.flush();
  if (tail.length) parts.push(new Uint8Array(tail));
  const total = parts.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}
