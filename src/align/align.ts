/**
 * Forced alignment of a transcript to its recording by synthesis and dynamic time warping.
 *
 * Only audio features of the recording are used (MFCC and loudness), never any knowledge of
 * who or what made it, so the same method serves synthetic and real speech. Nothing here uses
 * Node APIs: samples go in, times come out, and the module can run in a Web Worker.
 */
import { cepstra, DEFAULT_MFCC, noiseFloor, normaliseMean, pool, type Features, type MelFrames } from './mfcc.js';
import { corridorAroundPath, dtw, firstColumnPerRow, fullCorridor, type Corridor, type Path } from './dtw.js';
import { speechFrames, speechThreshold } from './vad.js';
import { percentile } from '../audio/stats.js';

export interface AlignOptions {
  /** Corridor half-width, in frames of each finer level, around the path projected from the level above. */
  radius?: number;
  /** Each coarser level averages this many frames of the level below. */
  factor?: number;
  /** The coarsest level is searched whole; it is chosen to have at most this many cells. */
  maxCoarseCells?: number;
  /**
   * Largest accepted ratio of the path's cost per frame to the cost of unrelated frame pairs.
   * Matching speech measures well below it; a recording of something else comes close to 1.
   */
  maxMatchScore?: number;
  /** Largest accepted ratio of the reference's speech time to the recording's. */
  maxSpeechRatio?: number;
  /** Cost per frame of lead-in or tail, as a share of the cost of unrelated frame pairs. */
  edgeCost?: number;
  diagonalWeight?: number;
}

export const DEFAULT_ALIGN: Required<AlignOptions> = {
  radius: 12,
  factor: 4,
  maxCoarseCells: 8e6,
  maxMatchScore: 0.6,
  maxSpeechRatio: 2,
  edgeCost: 0.8,
  diagonalWeight: 1,
};

/** Frames (10 ms) of quiet inside speech that are not a pause. */
const PAUSE_BRIDGE = 15;
/** Frames a word edge may lie in a pause before it is moved to the speech onset or offset. */
const EDGE_SLACK = 8;

/** Why a recording and a transcript could not be aligned, in words a person understands. */
export class AlignmentError extends Error {
  override readonly name = 'AlignmentError';
}

export interface WordTiming {
  start: number;
  end: number;
}

export interface Alignment {
  words: WordTiming[];
  /** Path cost per frame ÷ cost of unrelated frame pairs (lower is a better match). */
  matchScore: number;
  /** Seconds of speech detected in the reference synthesis and in the recording. */
  referenceSpeech: number;
  recordingSpeech: number;
  /** Cells visited at each level, finest first (memory in bytes of the step arrays). */
  cells: number[];
}

/** The mean Euclidean distance of frame pairs drawn at random from the speech of both signals. */
function unrelatedCost(a: Features, b: Features, aSpeech?: Uint8Array, bSpeech?: Uint8Array): number {
  const cost = euclidean(a, b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < a.frames; i++) if (!aSpeech || aSpeech[i]) as.push(i);
  for (let j = 0; j < b.frames; j++) if (!bSpeech || bSpeech[j]) bs.push(j);
  // At a coarse level every frame may hold some speech (or, by the threshold, none): then all count.
  if (!as.length) for (let i = 0; i < a.frames; i++) as.push(i);
  if (!bs.length) for (let j = 0; j < b.frames; j++) bs.push(j);
  if (!as.length || !bs.length) return NaN;
  // A fixed linear congruential sequence: the same inputs always give the same score.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let sum = 0;
  const n = 4000;
  for (let k = 0; k < n; k++) sum += cost(as[Math.floor(next() * as.length)]!, bs[Math.floor(next() * bs.length)]!);
  return sum / n;
}

function euclidean(a: Features, b: Features): (i: number, j: number) => number {
  const ad = a.data;
  const bd = b.data;
  const dims = a.dims;
  return (i, j) => {
    let s = 0;
    const x = i * dims;
    const y = j * dims;
    for (let d = 0; d < dims; d++) {
      const t = ad[x + d]! - bd[y + d]!;
      s += t * t;
    }
    return Math.sqrt(s);
  };
}

/**
 * The cheapest path from reference frames to recording frames, coarse to fine: the coarsest
 * level is searched whole (so a lead-in of any length is found), each finer level only in a
 * corridor around the path of the level above.
 */
export function multiscalePath(reference: Features, recording: Features, options: AlignOptions = {}): { path: Path; cells: number[] } {
  const o = { ...DEFAULT_ALIGN, ...options };
  const refs = [reference];
  const recs = [recording];
  while (refs.at(-1)!.frames * recs.at(-1)!.frames > o.maxCoarseCells && refs.at(-1)!.frames > 8) {
    refs.push(pool(refs.at(-1)!, o.factor));
    recs.push(pool(recs.at(-1)!, o.factor));
  }
  let path: Path | null = null;
  const cells: number[] = [];
  for (let level = refs.length - 1; level >= 0; level--) {
    const a = refs[level]!;
    const b = recs[level]!;
    const corridor: Corridor = path ? corridorAroundPath(path, o.factor, a.frames, b.frames, o.radius) : fullCorridor(a.frames, b.frames);
    let n = 0;
    for (let i = 0; i < corridor.rows; i++) n += corridor.hi[i]! - corridor.lo[i]!;
    cells.unshift(n);
    const unrelated = unrelatedCost(a, b, speechFrames(a.energy), speechFrames(b.energy));
    path = dtw(euclidean(a, b), corridor, { edgeCost: o.edgeCost * unrelated, diagonalWeight: o.diagonalWeight });
  }
  return { path: path!, cells };
}

/**
 * Aligns reference words (seconds in the synthesized reference) to the recording, given the
 * mel frames of both (same hop).
 */
export function alignFeatures(referenceMel: MelFrames, referenceWords: readonly WordTiming[], recordingMel: MelFrames, options: AlignOptions = {}): Alignment {
  const o = { ...DEFAULT_ALIGN, ...options };
  const hop = recordingMel.hop;
  if (Math.abs(referenceMel.hop - hop) > 1e-9) throw new Error('alignFeatures: reference and recording must use the same hop');
  const refSpeech = speechFrames(referenceMel.energy, speechThreshold(referenceMel.energy), PAUSE_BRIDGE);
  // Pauses shorter than PAUSE_BRIDGE (a stop's closure, a breath between words) count as speech
  // for moving word edges: only a word that starts or ends inside a real pause is moved.
  const recSpeech = speechFrames(recordingMel.energy, percentile(recordingMel.energy, 0.1) + 3, PAUSE_BRIDGE);
  const count = (s: Uint8Array) => s.reduce((n, v) => n + v, 0);
  // For the lengths, a frame counts as speech when it rises just above the noise floor, so
  // that noise over quiet phonemes does not make a recording look shorter than it is.
  const sensitive = (e: Float32Array) => speechFrames(e, percentile(e, 0.03) + 3);
  const referenceSpeech = count(sensitive(referenceMel.energy)) * hop;
  const recordingSpeech = count(sensitive(recordingMel.energy)) * hop;
  const loudest = recordingMel.energy.reduce((m, v) => Math.max(m, v), -Infinity);
  if (recordingMel.frames < 10 || loudest < -70 || recordingSpeech < 0.2) {
    throw new AlignmentError('the recording contains no speech (it is silent or too short)');
  }
  if (referenceSpeech > o.maxSpeechRatio * recordingSpeech) {
    throw new AlignmentError(
      `the transcript is much longer than the recording: speaking it takes about ${Math.round(referenceSpeech)} s, ` +
        `but the recording has only ${Math.round(recordingSpeech)} s of speech. Is it the right recording, or only part of it?`,
    );
  }
  // The recording's noise floor, added to both before the log; scaled for the reference by the
  // difference in loudness, since the two are recorded at unrelated levels.
  const floor = noiseFloor(recordingMel);
  const gain = 10 ** ((percentile(referenceMel.energy, 0.95) - percentile(recordingMel.energy, 0.95)) / 10);
  const reference = cepstra(referenceMel, DEFAULT_MFCC.coefficients, floor.map((v) => v * gain));
  const recording = cepstra(recordingMel, DEFAULT_MFCC.coefficients, floor);
  normaliseMean(reference, refSpeech);
  normaliseMean(recording, recSpeech);

  const { path, cells } = multiscalePath(reference, recording, o);
  const cost = euclidean(reference, recording);
  let pathCost = 0;
  let pathCount = 0;
  for (let k = 0; k < path.rows.length; k++) {
    if (!refSpeech[path.rows[k]!] || !recSpeech[path.cols[k]!]) continue;
    pathCost += cost(path.rows[k]!, path.cols[k]!);
    pathCount++;
  }
  const matchScore = pathCount ? pathCost / pathCount / unrelatedCost(reference, recording, refSpeech, recSpeech) : 1;
  if (!(matchScore <= o.maxMatchScore)) {
    throw new AlignmentError(
      `the recording does not seem to contain the transcript's text (match score ${matchScore.toFixed(2)}; ` +
        `matching speech scores below ${o.maxMatchScore})`,
    );
  }
  const first = firstColumnPerRow(path, reference.frames);
  const rows = reference.frames;
  const cols = recording.frames;
  const columnOf = (row: number) => (row >= rows ? cols : first[row]!);
  const words: WordTiming[] = referenceWords.map((w) => {
    let i0 = Math.min(rows - 1, Math.max(0, Math.round(w.start / hop)));
    let i1 = Math.min(rows, Math.max(i0 + 1, Math.round(w.end / hop)));
    // The reference word begins where its sound begins, not at a pause eSpeak put in front of it.
    while (i0 < i1 - 1 && !refSpeech[i0]) i0++;
    while (i1 > i0 + 1 && !refSpeech[i1 - 1]) i1--;
    let j0 = columnOf(i0);
    let j1 = Math.max(j0 + 1, columnOf(i1));
    // A word that starts (or ends) in a pause of the recording moves to the speech onset (offset).
    // Only a move of more than EDGE_SLACK frames is made: closer than that, the warping path
    // knows better than loudness where a soft onset (h, f, a stop's closure) lies under noise.
    let onset = j0;
    while (onset < j1 - 1 && !recSpeech[onset]) onset++;
    if (onset - j0 > EDGE_SLACK) j0 = onset;
    let offset = j1;
    while (offset > j0 + 1 && !recSpeech[offset - 1]) offset--;
    if (j1 - offset > EDGE_SLACK) j1 = offset;
    return { start: j0 * hop, end: j1 * hop };
  });
  return { words, matchScore, referenceSpeech, recordingSpeech, cells };
}
