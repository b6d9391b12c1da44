import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestLag, framePitch, rmsDb, rmsDbAt, spectralCentroid } from '../../src/audio/analysis.js';
import { RealFft } from '../../src/audio/fft.js';

const RATE = 22050;

function sine(hz: number, seconds: number, amplitude = 1, rate = RATE): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / rate);
  return out;
}

describe('rmsDb', () => {
  it('is 0 dBFS for a full-scale square wave and −3.01 dBFS for a full-scale sine', () => {
    assert.equal(rmsDb(new Float32Array([1, -1, 1, -1])), 0);
    assert.ok(Math.abs(rmsDb(sine(441, 1)) - -3.0103) < 0.001);
  });

  it('measures a span in seconds, and −200 dB for digital silence', () => {
    const x = new Float32Array(RATE * 2);
    x.fill(0.1, RATE);
    assert.equal(rmsDbAt(x, RATE, 0, 1), -200);
    assert.ok(Math.abs(rmsDbAt(x, RATE, 1, 2) - -20) < 1e-6);
  });
});

describe('framePitch', () => {
  for (const hz of [75, 120, 220, 350]) {
    it(`finds ${hz} Hz in a 40 ms frame of a sine to within 0.5 %`, () => {
      const f0 = framePitch(sine(hz, 0.04, 0.5), RATE);
      assert.ok(f0 !== null && Math.abs(f0 - hz) / hz < 0.005, `got ${f0}`);
    });
  }

  it('finds the fundamental of a pulse train rich in harmonics, not a harmonic', () => {
    const x = new Float32Array(Math.round(0.04 * RATE));
    const period = RATE / 100;
    for (let i = 0; i < x.length; i++) x[i] = (i % period) / period - 0.5; // 100 Hz sawtooth
    const f0 = framePitch(x, RATE);
    assert.ok(f0 !== null && Math.abs(f0 - 100) < 1, `got ${f0}`);
  });

  it('takes the shortest period that repeats well, not a multiple of it (no octave errors)', () => {
    // 200 Hz plus a weak 100 Hz: the signal repeats exactly every 10 ms and almost every 5 ms.
    const a = sine(200, 0.04, 0.5);
    const b = sine(100, 0.04, 0.1);
    const f0 = framePitch(a.map((v, i) => v + b[i]!), RATE);
    assert.ok(f0 !== null && Math.abs(f0 - 200) < 2, `got ${f0}`);
  });

  it('calls noise and quiet frames unvoiced', () => {
    let s = 1;
    const noise = new Float32Array(882).map(() => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1);
    assert.equal(framePitch(noise, RATE), null);
    assert.equal(framePitch(sine(200, 0.04, 0.001), RATE), null);
  });
});

describe('the FFT and spectralCentroid', () => {
  const power = (x: ArrayLike<number>) => {
    const out = new Float64Array(x.length / 2 + 1);
    new RealFft(x.length).powerSpectrum(x, out);
    return [...out].map((v) => Math.round(v * 1e9) / 1e9);
  };

  it('transforms an impulse into a flat spectrum', () => {
    assert.deepEqual(power([1, 0, 0, 0, 0, 0, 0, 0]), [1, 1, 1, 1, 1]);
  });

  it('puts a cosine of bin k in bin k alone (magnitude n/2)', () => {
    const n = 16;
    const x = Array.from({ length: n }, (_, i) => Math.cos((2 * Math.PI * 3 * i) / n));
    assert.deepEqual(power(x), [0, 0, 0, 64, 0, 0, 0, 0, 0]);
  });

  it('places the centroid of a pure tone at its frequency', () => {
    const c = spectralCentroid(sine(1000, 0.04), RATE);
    assert.ok(c !== null && Math.abs(c - 1000) < 60, `got ${c}`);
  });

  it('places the centroid of two equal tones between them', () => {
    const a = sine(500, 0.04);
    const b = sine(3000, 0.04);
    const c = spectralCentroid(a.map((v, i) => v + b[i]!), RATE);
    assert.ok(c !== null && Math.abs(c - 1750) < 100, `got ${c}`);
  });
});

describe('bestLag', () => {
  it('finds how many samples one signal trails another', () => {
    let s = 7;
    const a = new Float32Array(4000).map(() => ((s = (s * 16807) % 2147483647) / 2147483647) - 0.5);
    const b = new Float32Array(4100);
    b.set(a, 37);
    assert.deepEqual(bestLag(a, b, 100, 3000), { lag: 37, correlation: 1 });
    assert.equal(bestLag(b, a, 100, 3000).lag, -37);
  });
});
