import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeWav, floatToInt16, int16ToFloat } from '../../src/audio/wav.js';

describe('floatToInt16', () => {
  it('scales by 32768, rounds to nearest and clips to the 16-bit range', () => {
    const input = new Float32Array([0, 0.5, -0.5, 1, -1, 1.5, -1.5, 1 / 32768, 0.4 / 32768, 0.6 / 32768, -0.4 / 32768, -0.6 / 32768]);
    assert.deepEqual([...floatToInt16(input)], [0, 16384, -16384, 32767, -32768, 32767, -32768, 1, 0, 1, 0, -1]);
  });

  it('round-trips through int16ToFloat exactly for values on the 16-bit grid', () => {
    const ints = new Int16Array([-32768, -1, 0, 1, 12345, 32767]);
    assert.deepEqual([...floatToInt16(int16ToFloat(ints))], [...ints]);
  });
});

describe('encodeWav', () => {
  it('writes the canonical 44-byte header and little-endian samples', () => {
    const bytes = encodeWav(new Int16Array([1, -2, 0x1234]), 22050);
    const expected = [
      ...'RIFF'.split('').map((c) => c.charCodeAt(0)), 42, 0, 0, 0, // 36 + 6 data bytes
      ...'WAVE'.split('').map((c) => c.charCodeAt(0)),
      ...'fmt '.split('').map((c) => c.charCodeAt(0)), 16, 0, 0, 0,
      1, 0, // PCM
      1, 0, // mono
      0x22, 0x56, 0, 0, // 22050
      0x44, 0xac, 0, 0, // 44100 bytes per second
      2, 0, // bytes per frame
      16, 0, // bits
      ...'data'.split('').map((c) => c.charCodeAt(0)), 6, 0, 0, 0,
      1, 0, 0xfe, 0xff, 0x34, 0x12,
    ];
    assert.deepEqual([...bytes], expected);
  });

  it('gives the same bytes for the same samples (no date or tool in the header)', () => {
    const samples = new Int16Array([5, 6, 7, 8]);
    assert.deepEqual(encodeWav(samples, 24000, 2), encodeWav(samples, 24000, 2));
    assert.equal(encodeWav(samples, 24000, 2).length, 44 + 8);
  });

  it('refuses samples that do not split into whole frames', () => {
    assert.throws(() => encodeWav(new Int16Array(3), 22050, 2), /do not split into 2 channels/);
  });
});
