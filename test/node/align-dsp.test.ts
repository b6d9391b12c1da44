import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RealFft } from '../../src/audio/fft.js';
import { percentile } from '../../src/audio/stats.js';
import { levelAboveFloor, speechFrames } from '../../src/align/vad.js';
import { cepstra, hzToMel, melFilterbank, melFromPower, melToHz, MfccExtractor, noiseFloor, pool, withDeltas, type Features } from '../../src/align/mfcc.js';

/** The power spectrum by the definition of the DFT. */
function naivePower(x: number[]): number[] {
  const n = x.length;
  const out: number[] = [];
  for (let k = 0; k <= n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      re += x[t]! * Math.cos((2 * Math.PI * k * t) / n);
      im -= x[t]! * Math.sin((2 * Math.PI * k * t) / n);
    }
    out.push(re * re + im * im);
  }
  return out;
}

describe('RealFft', () => {
  const cases: [string, number[]][] = [
    ['impulse', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['constant', [1, 1, 1, 1]],
    ['alternating', [1, -1, 1, -1, 1, -1, 1, -1]],
    ['ramp', Array.from({ length: 16 }, (_, i) => i)],
    ['mixed', Array.from({ length: 64 }, (_, i) => Math.sin(i * 0.7) + 0.3 * Math.cos(i * 2.1) + (i % 5) / 5)],
  ];
  for (const [name, x] of cases) {
    it(`matches the DFT for ${name} (N = ${x.length})`, () => {
      const out = new Float64Array(x.length / 2 + 1);
      new RealFft(x.length).powerSpectrum(x, out);
      const expected = naivePower(x);
      for (let k = 0; k < expected.length; k++) assert.ok(Math.abs(out[k]! - expected[k]!) < 1e-9 * Math.max(1, expected[k]!), `bin ${k}: ${out[k]} vs ${expected[k]}`);
    });
  }
  it('rejects a size that is not a power of two', () => {
    assert.throws(() => new RealFft(12), RangeError);
  });
});

describe('mel scale', () => {
  it('maps 1000 Hz to about 1000 mel and back', () => {
    assert.equal(Math.round(hzToMel(1000)), 1000);
    assert.ok(Math.abs(melToHz(hzToMel(3456)) - 3456) < 1e-9);
  });
  it('places filters in hertz, so their centres do not depend on the sample rate', () => {
    const a = melFilterbank(512, 16000, 40, 133.33, 6855.5).map((f) => f.centreHz);
    const b = melFilterbank(1024, 44100, 40, 133.33, 6855.5).map((f) => f.centreHz);
    assert.deepEqual(a, b);
  });
});

/** Index of the largest value. */
const argmax = (v: ArrayLike<number>, from: number, n: number) => {
  let best = 0;
  for (let i = 1; i < n; i++) if (v[from + i]! > v[from + best]!) best = i;
  return best;
};

describe('MfccExtractor', () => {
  const table: [number, number][] = [
    [16000, 300],
    [16000, 1000],
    [22050, 440],
    [22050, 2500],
    [44100, 5000],
  ];
  for (const [rate, hz] of table) {
    it(`puts a ${hz} Hz tone at ${rate} Hz in the mel band centred nearest ${hz} Hz`, () => {
      const x = new Float32Array(rate / 2);
      for (let i = 0; i < x.length; i++) x[i] = 0.5 * Math.sin((2 * Math.PI * hz * i) / rate);
      const extractor = new MfccExtractor(rate);
      extractor.push(x);
      const mel = extractor.finish();
      const centres = melFilterbank(extractor.fftSize, rate, 40, 133.33, 6855.5).map((f) => f.centreHz);
      const nearest = argmax(centres.map((c) => -Math.abs(c - hz)), 0, centres.length);
      const k = Math.floor(mel.frames / 2);
      assert.equal(argmax(mel.data, k * mel.dims, mel.dims), nearest);
    });
  }

  it('gives the same frames whether the samples come whole or in pieces', () => {
    const x = new Float32Array(8000);
    for (let i = 0; i < x.length; i++) x[i] = Math.sin(i * 0.05) * Math.sin(i * 0.0013);
    const whole = new MfccExtractor(16000);
    whole.push(x);
    const a = whole.finish();
    const pieces = new MfccExtractor(16000);
    const cuts = [0, 1, 101, 434, 2434, 8000];
    for (let k = 0; k + 1 < cuts.length; k++) pieces.push(x.subarray(cuts[k]!, cuts[k + 1]!));
    const b = pieces.finish();
    assert.equal(a.frames, b.frames);
    assert.deepEqual(Array.from(a.data), Array.from(b.data));
    assert.deepEqual(Array.from(a.energy), Array.from(b.energy));
  });

  it('centres frame k on k × hop: half a second gives 51 frames at 10 ms', () => {
    const extractor = new MfccExtractor(16000);
    extractor.push(new Float32Array(8000));
    assert.equal(extractor.finish().frames, 51);
  });

  it('reports a full-scale sine at about −3 dB and silence far below', () => {
    const x = new Float32Array(16000);
    for (let i = 0; i < 8000; i++) x[i] = Math.sin((2 * Math.PI * 1000 * i) / 16000);
    const extractor = new MfccExtractor(16000, { preEmphasis: 0 });
    extractor.push(x);
    const { energy } = extractor.finish();
    assert.ok(Math.abs(energy[20]! - -3.01) < 0.1, `loud frame ${energy[20]}`);
    assert.ok(energy[80]! < -90, `silent frame ${energy[80]}`);
  });
});

describe('cepstra', () => {
  const frames = (rows: number[][]) => melFromPower(rows.flat(), rows.length, rows[0]!.length, 0.01, new Array(rows.length).fill(0));

  it('gives zeros for a flat spectrum (c0, the loudness, is dropped)', () => {
    const c = cepstra(frames([new Array(40).fill(3)]), 12);
    assert.equal(c.data.length, 12);
    for (const v of c.data) assert.ok(Math.abs(v) < 1e-5);
  });

  it('gives a positive c1 for a spectrum falling with frequency and a negative one for a rising one', () => {
    const falling = cepstra(frames([Array.from({ length: 40 }, (_, b) => Math.exp(-b / 5))]), 12);
    const rising = cepstra(frames([Array.from({ length: 40 }, (_, b) => Math.exp(b / 5))]), 12);
    assert.ok(falling.data[0]! > 1);
    assert.ok(rising.data[0]! < -1);
  });

  it('adds the floor before the log, so that a quiet band no longer counts', () => {
    const quietDip = Array.from({ length: 40 }, (_, b) => (b === 20 ? 1e-8 : 1));
    const without = cepstra(frames([quietDip]), 12);
    const withFloor = cepstra(frames([quietDip]), 12, new Array(40).fill(1));
    // A dip of ln(1e-8) ≈ −18 in one band of 40 moves c2 by about 0.22 × 18 ≈ 4; under a floor
    // as loud as the signal, the dip is only ln 2 deep.
    assert.ok(Math.abs(without.data[1]!) > 3, String(without.data[1]));
    assert.ok(Math.abs(withFloor.data[1]!) < 0.2, String(withFloor.data[1]));
  });

  it('appends the loudness, c0 × its weight, after c1 … c12 when asked: ten times the power adds ln 10 × √40 × weight', () => {
    const quiet = cepstra(frames([new Array(40).fill(1), new Array(40).fill(10)]), 12, undefined, 40, 0.5);
    assert.equal(quiet.dims, 13);
    // The orthonormal DCT's row 0 is Σ log / √bands; the shape (c1 …) of a flat spectrum stays 0.
    const c0 = (k: number) => quiet.data[k * 13 + 12]!;
    assert.ok(Math.abs(c0(1) - c0(0) - 0.5 * Math.log(10) * Math.sqrt(40)) < 0.01, `${c0(0)} ${c0(1)}`);
    for (let c = 0; c < 12; c++) assert.ok(Math.abs(quiet.data[13 + c]!) < 1e-5);
  });
});

describe('withDeltas', () => {
  const features = (values: number[][]): Features => ({
    frames: values.length,
    dims: values[0]!.length,
    hop: 0.01,
    data: Float32Array.from(values.flat()),
    energy: new Float32Array(values.length),
  });

  it('keeps the coefficients and appends each one\'s slope per frame, times the weight', () => {
    // Coefficient 0 rises by 2 a frame, coefficient 1 is constant.
    const f = withDeltas(features(Array.from({ length: 10 }, (_, k) => [2 * k, 5])), 3, 1.5);
    assert.equal(f.dims, 4);
    assert.equal(f.frames, 10);
    for (let k = 3; k < 7; k++) {
      assert.deepEqual(Array.from(f.data.slice(k * 4, k * 4 + 2)), [2 * k, 5]);
      assert.ok(Math.abs(f.data[k * 4 + 2]! - 1.5 * 2) < 1e-5, `frame ${k}: ${f.data[k * 4 + 2]}`);
      assert.equal(f.data[k * 4 + 3], 0);
    }
  });

  it('repeats the edge frames, so a slope flattens at the ends, and a step shows as a peak at the step', () => {
    const ramp = withDeltas(features(Array.from({ length: 10 }, (_, k) => [k])), 2, 1);
    // Frame 0 over ±2: (1·(1 − 0) + 2·(2 − 0)) / 10 = 0.5, a slope of 1 within.
    assert.ok(Math.abs(ramp.data[1]! - 0.5) < 1e-6, String(ramp.data[1]));
    assert.ok(Math.abs(ramp.data[2 * 5 + 1]! - 1) < 1e-6);
    const step = withDeltas(features(Array.from({ length: 10 }, (_, k) => [k < 5 ? 0 : 1])), 2, 1);
    const deltas = Array.from({ length: 10 }, (_, k) => step.data[2 * k + 1]!);
    assert.equal(deltas.indexOf(Math.max(...deltas)), 4, deltas.join(' '));
    assert.ok(Math.abs(deltas[4]! - deltas[5]!) < 1e-6 && deltas[0] === 0 && deltas[9] === 0, deltas.join(' '));
  });
});

describe('noiseFloor', () => {
  it('averages the mel power of the quietest tenth of the frames', () => {
    const mel = melFromPower(
      Array.from({ length: 20 }, (_, k) => (k < 2 ? [1, 3] : [100, 100])).flat(),
      20,
      2,
      0.01,
      Array.from({ length: 20 }, (_, k) => (k < 2 ? -60 : -10)),
    );
    // Kept as 16-bit log codes: within 0.1 % of the power given.
    const floor = noiseFloor(mel);
    assert.ok(Math.abs(floor[0]! - 1) < 1e-3 && Math.abs(floor[1]! - 3) < 3e-3, String(floor));
  });
});

describe('pool', () => {
  it('averages features and keeps the loudest energy of each group, the last group partial', () => {
    const f: Features = { frames: 5, dims: 1, hop: 0.01, data: Float32Array.from([1, 3, 5, 7, 9]), energy: Float32Array.from([-5, -1, -9, -2, -7]) };
    const p = pool(f, 2);
    assert.equal(p.frames, 3);
    assert.equal(p.hop, 0.02);
    assert.deepEqual(Array.from(p.data), [2, 6, 9]);
    assert.deepEqual(Array.from(p.energy), [-1, -2, -7]);
  });
});

describe('levelAboveFloor', () => {
  it('finds voiced sound under white noise at 15 dB SNR, where loudness alone does not', () => {
    const rate = 16000;
    let seed = 7;
    const noise = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 2;
    // 0.5 s of noise, 1 s of a 150 Hz voice (harmonics to 3 kHz) in it, 0.5 s of noise.
    const samples = new Float32Array(2 * rate);
    const voiced = (i: number) => i >= 0.5 * rate && i < 1.5 * rate;
    let voice = 0;
    for (let i = 0; i < samples.length; i++) {
      let v = 0;
      if (voiced(i)) for (let h = 1; h <= 20; h++) v += Math.sin((2 * Math.PI * 150 * h * i) / rate) / h;
      samples[i] = 0.1 * v;
      voice += samples[i]! ** 2;
    }
    // Noise power 15 dB below the voice's.
    const gain = Math.sqrt((voice / rate) * 10 ** -1.5 * 3);
    for (let i = 0; i < samples.length; i++) samples[i]! += gain * noise();
    const extractor = new MfccExtractor(rate);
    extractor.push(samples);
    const mel = extractor.finish();
    const truth = (k: number) => k >= 52 && k < 148;
    const hits = (marks: Uint8Array) => [0, 0].map((_, want) => marks.filter((m, k) => (truth(k) ? 1 : 0) === want && m === 1).length);
    const level = levelAboveFloor(mel, noiseFloor(mel));
    const [falseByLevel, trueByLevel] = hits(speechFrames(level, percentile(level, 0.1) + 2));
    const [, trueByLoudness] = hits(speechFrames(mel.energy, percentile(mel.energy, 0.1) + 3));
    assert.ok(trueByLevel >= 90 && falseByLevel <= 5, `level: ${trueByLevel} of 96 voiced frames, ${falseByLevel} of noise`);
    assert.ok(trueByLoudness < 60, `loudness alone found ${trueByLoudness} of 96 voiced frames`);
  });
});
