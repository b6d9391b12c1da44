import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestLag } from '../../src/audio/analysis.js';
import { decodeAudio } from '../../src/audio/decode.js';
import { MP3_DECODED_DELAY, encodeMp3 } from '../../src/audio/mp3.js';
import { floatToInt16 } from '../../src/audio/wav.js';
import { roomTone } from '../../src/media-gen/room-tone.js';

const RATE = 22050;
// Two seconds of loud pink noise: broadband, so the cross-correlation has one sharp peak.
const signal = roomTone(RATE * 2, -20, 99);

describe('encodeMp3', () => {
  it('gives the same bytes every time for the same samples', () => {
    const pcm = floatToInt16(signal);
    assert.deepEqual(encodeMp3(pcm, RATE, 40), encodeMp3(pcm, RATE, 40));
  });

  it('writes 40 kbit/s constant bit rate: 2 s take about 10 kB', () => {
    const bytes = encodeMp3(floatToInt16(signal), RATE, 40).length;
    assert.ok(bytes > 9_500 && bytes < 11_000, `${bytes} bytes`);
  });

  it('decodes delayed by MP3_DECODED_DELAY samples, as measured by cross-correlation', async () => {
    const decoded = await decodeAudio(encodeMp3(floatToInt16(signal), RATE, 40));
    assert.equal(decoded.sampleRate, RATE);
    const { lag, correlation } = bestLag(signal, decoded.samples, 2000, RATE);
    assert.equal(lag, MP3_DECODED_DELAY);
    assert.ok(correlation > 0.9, `correlation ${correlation}`);
  });

  it('lines up with the input when the input is advanced by that delay', async () => {
    const decoded = await decodeAudio(encodeMp3(floatToInt16(signal).subarray(MP3_DECODED_DELAY), RATE, 40));
    const { lag } = bestLag(signal.subarray(MP3_DECODED_DELAY + 2000), decoded.samples.subarray(MP3_DECODED_DELAY + 2000), 200, RATE / 2);
    assert.equal(lag, 0);
  });

  it('refuses a bit rate MPEG-2 does not have', () => {
    assert.throws(() => encodeMp3(new Int16Array(10), RATE, 50), /cannot be 50 kbit\/s/);
  });
});
