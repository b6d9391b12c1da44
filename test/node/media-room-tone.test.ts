import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { rmsDb } from '../../src/audio/analysis.js';
import { RealFft } from '../../src/audio/fft.js';
import { seededRandom, uniform } from '../../src/media-gen/random.js';
import { roomTone } from '../../src/media-gen/room-tone.js';

const hash = (x: Float32Array) => createHash('sha256').update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)).digest('hex');

describe('seededRandom', () => {
  it('gives the mulberry32 sequence for a seed', () => {
    const random = seededRandom(1);
    // mulberry32(1) starts 0.6270739405881613, 0.002735721180215478, 0.5274470399599522 (× 2^32 below).
    assert.deepEqual([random(), random(), random()].map((x) => x * 2 ** 32), [2693262067, 11749833, 2265367787]);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 100 }, () => a());
    assert.deepEqual(Array.from({ length: 100 }, () => b()), xs);
    assert.notDeepEqual(Array.from({ length: 100 }, () => c()), xs);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
  });

  it('draws uniformly within [min, max)', () => {
    const random = seededRandom(5);
    const xs = Array.from({ length: 10_000 }, () => uniform(random, 0.3, 0.6));
    assert.ok(xs.every((x) => x >= 0.3 && x < 0.6));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    assert.ok(Math.abs(mean - 0.45) < 0.005, `mean ${mean}`);
  });
});

describe('roomTone', () => {
  it('gives the same samples, byte for byte, for the same seed and length', () => {
    assert.equal(hash(roomTone(50_000, -58, 7)), hash(roomTone(50_000, -58, 7)));
    assert.notEqual(hash(roomTone(50_000, -58, 7)), hash(roomTone(50_000, -58, 8)));
  });

  it('has exactly the RMS level asked for and no DC offset', () => {
    const x = roomTone(22050 * 5, -58, 3);
    assert.ok(Math.abs(rmsDb(x) - -58) < 0.01, `${rmsDb(x)} dBFS`);
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    assert.ok(Math.abs(mean) < 1e-7, `mean ${mean}`);
    // Never digital silence: no run of zeros anywhere.
    assert.ok(x.filter((v) => v === 0).length < 10);
  });

  it('is pink: about equal energy per octave (250–500 Hz vs 4–8 kHz within 3 dB)', () => {
    const n = 1 << 18;
    const power = new Float64Array(n / 2 + 1);
    new RealFft(n).powerSpectrum(roomTone(n, -20, 11), power);
    const band = (lo: number, hi: number) => {
      let e = 0;
      for (let k = Math.round((lo * n) / 22050); k < Math.round((hi * n) / 22050); k++) e += power[k]!;
      return 10 * Math.log10(e);
    };
    const low = band(250, 500);
    const high = band(4000, 8000);
    assert.ok(Math.abs(low - high) < 3, `250–500 Hz ${low.toFixed(1)} dB, 4–8 kHz ${high.toFixed(1)} dB`);
    // White noise would put 12 dB more in the higher octave (16× the bandwidth).
  });
});
