import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computePeaks, peaksDuration, peaksToJson } from '../../src/audio/peaks.js';

describe('computePeaks', () => {
  // 7 samples, 3 per pixel: pixels [0,3), [3,6), [6,7).
  const samples = new Float32Array([0, 0.5, -0.25, 1, -1, 0.1, -0.003]);

  it('takes min and max of each pixel as 8-bit values (top 8 bits of 16)', () => {
    const peaks = computePeaks(samples, 8000, { samplesPerPixel: 3 });
    // 0.5 → 16384 → 64; −0.25 → −8192 → −32; 1 → 32767 → 127; −1 → −32768 → −128;
    // −0.003 → −98 → −1 (an arithmetic shift rounds towards −∞).
    assert.deepEqual(peaks, { version: 2, channels: 1, sample_rate: 8000, samples_per_pixel: 3, bits: 8, length: 3, data: [-32, 64, -128, 127, -1, -1] });
  });

  it('keeps the 16-bit values with bits: 16', () => {
    const peaks = computePeaks(samples, 8000, { samplesPerPixel: 3, bits: 16 });
    assert.deepEqual(peaks.data, [-8192, 16384, -32768, 32767, -98, -98]);
  });

  it('has ⌈samples ÷ samples per pixel⌉ pixels, covering the whole duration', () => {
    const peaks = computePeaks(new Float32Array(22050 * 3 + 1), 22050, { samplesPerPixel: 1024 });
    assert.equal(peaks.length, 65);
    assert.equal(peaks.data.length, 130);
    assert.ok(peaksDuration(peaks) >= 3 && peaksDuration(peaks) - 3 < 1024 / 22050);
  });

  it('refuses a samples-per-pixel that is not a positive integer', () => {
    assert.throws(() => computePeaks(samples, 8000, { samplesPerPixel: 0 }), /positive integer/);
  });
});

describe('peaksToJson', () => {
  it('writes the audiowaveform JSON with the data on one line', () => {
    const text = peaksToJson(computePeaks(new Float32Array([0.5, -0.5]), 22050, { samplesPerPixel: 1 }));
    assert.equal(
      text,
      '{\n  "version": 2,\n  "channels": 1,\n  "sample_rate": 22050,\n  "samples_per_pixel": 1,\n  "bits": 8,\n  "length": 2,\n  "data": [64,64,-64,-64]\n}\n',
    );
    assert.deepEqual(JSON.parse(text).data, [64, 64, -64, -64]);
  });
});

describe('parley peaks', () => {
  it('decodes a recording and writes its peaks file', async () => {
    const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { encodeWav } = await import('../../src/audio/wav.js');
    const { run } = await import('../../src/cli/peaks.js');
    const dir = mkdtempSync(join(tmpdir(), 'parley-peaks-'));
    try {
      // 5 samples at 8 kHz, 2 per pixel: [16384, −16384], [256, −257], [32767].
      writeFileSync(join(dir, 'tiny.wav'), encodeWav(new Int16Array([16384, -16384, 256, -257, 32767]), 8000));
      assert.equal(await run([join(dir, 'tiny.wav'), '-o', join(dir, 'tiny.peaks.json'), '--samples-per-pixel', '2']), 0);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'tiny.peaks.json'), 'utf8')), {
        version: 2,
        channels: 1,
        sample_rate: 8000,
        samples_per_pixel: 2,
        bits: 8,
        length: 3,
        data: [-64, 64, -2, 1, 127, 127],
      });
      assert.equal(await run([join(dir, 'tiny.wav')]), 2, 'no -o is a usage error');
      assert.equal(await run([join(dir, 'tiny.wav'), '-o', join(dir, 'x.json'), '--bits', '12']), 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
