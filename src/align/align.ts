/**
 * Forced alignment of a transcript to its recording by synthesis and dynamic time warping.
 *
 * Only audio features of the recording are used (MFCC and loudness), never any knowledge of
 * who or what made it, so the same method serves synthetic and real speech. Nothing here uses
 * Node APIs: samples go in, times come out, and the module can run in a Web Worker.
 */
import { cepstra, DEFAULT_MFCC, noiseFloor, normaliseMean, pool, withDeltas, type Features, type MelFrames } from './mfcc.js';
import { corridorAroundPath, dtw, firstColumnPerRow, fullCorridor, SKIPPED_RECORDING, SKIPPED_REFERENCE, type Corridor, type Path } from './dtw.js';
import { levelAboveFloor, pauses, speechFrames, speechThreshold } from './vad.js';
import { percentile } from '../audio/stats.js';

export interface AlignOptions {
  /** Corridor half-width, in frames of each finer level, around the path projected from the level above. */
  radius?: number;
  /** Each coarser level averages this many frames of the level below. */
  factor?: number;
  /** The coarsest level is searched whole; it is chosen to have at most this many cells. */
  maxCoarseCells?: number;
  /** Largest accepted ratio of the reference's speech time to the recording's. */
  maxSpeechRatio?: number;
  /**
   * Cost per frame of recording matched to no text (lead-in, tail, an aside in a pause of the
   * reference) and of text matched to no sound (in a pause of the recording), as a share of the
   * cost of unrelated frame pairs.
   */
  edgeCost?: number;
  diagonalWeight?: number;
  /**
   * The test of whether the recording holds the text: the largest accepted `orderedMismatch` (the
   * text's match score in its own order, less 3 × how much better that is than with its words
   * shuffled). See `orderTest`, and docs/alignment.md for how it was chosen. Infinity: never refuse.
   */
  maxOrderedMismatch?: number;
  /** Shortest stretch of recorded speech, in seconds, reported as matching no text. */
  minUnmatched?: number;
  /** Shortest run of text, in seconds of the reference, left untimed as never spoken. */
  minUnspoken?: number;
  /** How far (seconds) a word may land from a time the transcript already gives it (unless the recording contradicts that time: see alignPass). */
  anchorTolerance?: number;
  /**
   * Extra cost of holding a reference frame of speech over one more recording frame (see
   * `DtwOptions.stretchPenalty`), as a share of the cost of unrelated frame pairs, in the second
   * pass made when speech between timed words matches no text. 0: no second pass.
   */
  stretchPenalty?: number;
  /**
   * Price of opening a stretch of recording matched to no text inside the text (see
   * `DtwOptions.gapOpen`), in frames of the finest level at the cost of such a frame (`edgeCost`),
   * in the same second pass as `stretchPenalty`: one stretch is taken over two of about the same
   * total length. 0: none.
   */
  gapOpen?: number;
}

/** The reference's layout beyond its features: where its words and its inserted silences lie. */
export interface ReferenceLayout {
  /** Silences between sentences and turns and around the text, [start, end) in seconds. */
  gaps?: readonly [number, number][];
  /** Seconds of the recording before which no text is spoken (a lead-in found by a first pass). */
  textFrom?: number;
  /** A time in the recording already known for a word's start (from the transcript), or null. */
  anchors?: readonly (number | null)[];
  /** Index of the first word of each turn, in order: a turn found only in part is tested as a whole. */
  turns?: readonly number[];
  /** The second pass, around speech that matches no text: stretching a word has its price (see `stretchPenalty`). */
  priced?: boolean;
  /** A pass inside another (priced, or without a turn): the refusal test is the outer pass's. */
  nested?: boolean;
  /** Only the first pass's measures are wanted (the order test's own alignments): no test, no further pass. */
  measureOnly?: boolean;
  /** The reference's words are put in a shuffled order (see `shuffleWords`, this its seed) before matching: the order test's null. */
  shuffled?: number;
  /** The reference was already stretched to the recording's speaking rate by this factor (see RATE_TOLERANCE). */
  stretched?: number;
  /** The pass made without the transcript's times the recording contradicts: they are dropped once, not again and again. */
  anchorsDropped?: boolean;
}

export const DEFAULT_ALIGN: Required<AlignOptions> = {
  radius: 12,
  factor: 4,
  maxCoarseCells: 8e6,
  maxSpeechRatio: 2,
  edgeCost: 0.65,
  diagonalWeight: 1,
  maxOrderedMismatch: 0.63,
  minUnmatched: 1,
  minUnspoken: 1,
  anchorTolerance: 3,
  stretchPenalty: 0.1,
  gapOpen: 30,
};

/**
 * How far the recording's speaking rate may lie from the reference's (a factor either way) before
 * the reference is stretched to it and the text aligned again. eSpeak speaks at a fixed rate; a
 * reader who takes half as long again over every word leaves a third of the recording with no
 * reference frame to pair with, and the path holds that surplus in the reference's silences,
 * where it costs least: the start of a long sentence is then reported as speech that matches no
 * text, and the sentence is squeezed into what is left.
 */
const RATE_TOLERANCE = 1.25;
/** Frames (10 ms) of quiet inside speech that are not a pause. */
const PAUSE_BRIDGE = 15;
/**
 * dB by which a recording frame's level above the noise floor (see `levelAboveFloor`) must exceed
 * that of its quietest tenth of frames to count as speech.
 */
const LEVEL_MARGIN = 2;
/** Least spectral variability of a recording's loud frames, relative to the reference's, that counts as speech. */
const MIN_VARIABILITY = 0.15;
/** Seconds of recording matching no text after a short opening that make that opening suspect (see alignFeatures). */
const LONG_LEAD = 10;
/** Turns found only in part that are tested as never spoken (each costs one more alignment). */
const MAX_TURN_TESTS = 4;
/** How much worse (match score) the alignment without a turn may match the rest and still be taken. */
const MATCH_SLACK = 0.005;
/** Seconds of reference speech that count as a short opening. */
const SHORT_OPENING = 3;
/** Frames of a pause of the recording inside one of a sentence's first words that show it was started too early. */
const OPENING_PAUSE = 25;
/** How many of a sentence's first words are looked at for such a pause. */
const OPENING_WORDS = 3;
/** Frames of silence before a reference word that make it the first of a sentence or turn (the reference pauses 0.25 s between sentences). */
const SENTENCE_GAP = 20;
/**
 * A reader pauses between two words where eSpeak does not, and the path may hold that pause on
 * a quiet frame of the next word's opening (a stop's closure, a soft onset) rather than at the
 * boundary: that word then starts at the end of the word before it. Looked for in the frames the
 * path gives to the word's first HELD_OPENING reference frames: a pause of the recording of at
 * least HELD_PAUSE frames over which the path advances at most one reference frame in HELD_RATE.
 */
const HELD_OPENING = 10;
const HELD_PAUSE = 8;
const HELD_RATE = 3;
/** Frames before the end of such a pause where the word starts: a soft onset rises before the voice-activity threshold. */
const HELD_LEAD = 2;
/** Frames a word edge may lie in a pause before it is moved to the speech onset or offset. */
const EDGE_SLACK = 8;
/**
 * Weight of loudness (c0) beside the spectrum's shape (c1…c12). Chosen on the development
 * recordings (0.2–0.6 tried; above, a louder or quieter voice is mistaken for another sound).
 */
const LOUDNESS_WEIGHT = 0.3;
/** Frames either side over which deltas are taken, and their weight against the coefficients (tried: 1–3 frames, 0.5–3). */
const DELTA_SPAN = 3;
const DELTA_WEIGHT = 1.5;

/** Why a recording and a transcript could not be aligned, in words a person understands. */
export class AlignmentError extends Error {
  override readonly name = 'AlignmentError';
  /**
   * @param refused The refusal test judged that the recording does not hold the text (rather
   *   than that it cannot be aligned at all): a person who knows better may align it anyway
   *   (`force`).
   */
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message);
  }
}

export interface WordTiming {
  start: number;
  end: number;
}

export interface Alignment {
  /** One per reference word; null for a word matched to no sound (text that was never spoken). */
  words: (WordTiming | null)[];
  /** Stretches of recorded speech, in seconds, that match no text of the transcript. */
  unmatched: [number, number][];
  /** Share of words out of proportion with the reference (see `irregularity`). */
  irregular: number;
  /** matchScore + irregular: how far the recording is from the text (lower is a better match). */
  mismatch: number;
  /**
   * The refusal test's measures (see `orderTest`): the match score of the text in its own order
   * and of the same words shuffled, on the same stretch of recording. NaN when not measured.
   */
  order: OrderMeasures;
  /** Path cost per frame ÷ cost of unrelated frame pairs (lower is a better match). */
  matchScore: number;
  /** Seconds of speech detected in the reference synthesis and in the recording. */
  referenceSpeech: number;
  recordingSpeech: number;
  /** Cells visited at each level, finest first (memory in bytes of the step arrays). */
  cells: number[];
}

/** The refusal test's measures (see `orderTest`). */
export interface OrderMeasures {
  /** Match score of the text in its own order on a stretch of the recording. */
  inOrder: number;
  /** Mean match score of the same words shuffled (ORDER_SHUFFLES orders), on the same stretch. */
  shuffled: number;
  /** inOrder − ORDER_WEIGHT × (shuffled − inOrder): what the test compares with its threshold. */
  orderedMismatch: number;
  /** Each shuffle's mismatch. */
  each?: number[];
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
  // A fixed sequence: the same inputs always give the same score.
  const next = congruential(12345);
  let sum = 0;
  const n = 4000;
  for (let k = 0; k < n; k++) sum += cost(as[Math.floor(next() * as.length)]!, bs[Math.floor(next() * bs.length)]!);
  return sum / n;
}

/**
 * A linear congruential sequence in [0, 1) from `seed`: the same seed, the same numbers, so that
 * the same inputs always give the same measures (the refusal test's threshold was set on them).
 * Close seeds give close sequences: callers spread their seeds.
 */
function congruential(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
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

/** Per frame: 1 where `mark` holds for the frames of a pooled frame (any, or most of them). */
function poolMarks(marks: Uint8Array, factor: number, rule: 'any' | 'most'): Uint8Array {
  const n = Math.ceil(marks.length / factor);
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    let count = 0;
    const to = Math.min(marks.length, (k + 1) * factor);
    for (let f = k * factor; f < to; f++) count += marks[f]!;
    out[k] = rule === 'any' ? (count > 0 ? 1 : 0) : count * 2 > to - k * factor ? 1 : 0;
  }
  return out;
}

/** A known column window for a row, at the finest level. */
export interface RowWindow {
  row: number;
  lo: number;
  hi: number;
}

/**
 * Narrows a corridor so that the path passes each window (rows in order, windows in order);
 * every other row is narrowed only as far as a monotonic path through the windows demands.
 */
export function constrainCorridor(c: Corridor, windows: readonly RowWindow[]): Corridor {
  if (!windows.length) return c;
  const lo = Int32Array.from(c.lo);
  const hi = Int32Array.from(c.hi);
  for (const w of windows) {
    if (w.row < 0 || w.row >= c.rows) continue;
    const l = Math.max(lo[w.row]!, w.lo);
    const h = Math.min(hi[w.row]!, w.hi);
    if (h > l) {
      lo[w.row] = l;
      hi[w.row] = h;
    }
  }
  // A monotonic path is at or right of every earlier row's start and at or left of every later row's end.
  for (let i = 1; i < c.rows; i++) if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
  for (let i = c.rows - 2; i >= 0; i--) if (hi[i]! > hi[i + 1]!) hi[i] = hi[i + 1]!;
  for (let i = 0; i < c.rows; i++) if (hi[i]! <= lo[i]!) return c; // inconsistent windows: keep the corridor as it was
  lo[0] = 0;
  hi[c.rows - 1] = c.cols;
  return { rows: c.rows, cols: c.cols, lo, hi };
}

export interface PathOptions extends AlignOptions {
  /** Reference frames where a stretch of recording may be matched to no text (its pauses). */
  freeRows?: Uint8Array;
  /** Recording frames where text may be matched to no sound (its pauses). */
  freeCols?: Uint8Array;
  /** Windows the path must pass through, in frames of the finest level. */
  windows?: RowWindow[];
}

/** Feature pyramids: the finest first, each level `factor` times coarser, up to a full search of at most maxCoarseCells. */
function pyramid(reference: Features, recording: Features, o: Required<AlignOptions>): { refs: Features[]; recs: Features[] } {
  const refs = [reference];
  const recs = [recording];
  while (refs.at(-1)!.frames * recs.at(-1)!.frames > o.maxCoarseCells && refs.at(-1)!.frames > 8) {
    refs.push(pool(refs.at(-1)!, o.factor));
    recs.push(pool(recs.at(-1)!, o.factor));
  }
  return { refs, recs };
}

/**
 * The cheapest path from reference frames to recording frames, coarse to fine: the coarsest
 * level is searched whole (so a lead-in of any length is found), each finer level only in a
 * corridor around the path of the level above.
 */
export function multiscalePath(reference: Features, recording: Features, options: PathOptions = {}): { path: Path; cells: number[] } {
  const o = { ...DEFAULT_ALIGN, ...options };
  const { refs, recs } = pyramid(reference, recording, o);
  let path: Path | null = null;
  const cells: number[] = [];
  for (let level = refs.length - 1; level >= 0; level--) {
    const a = refs[level]!;
    const b = recs[level]!;
    const scale = o.factor ** level;
    let corridor: Corridor = path ? corridorAroundPath(path, o.factor, a.frames, b.frames, o.radius) : fullCorridor(a.frames, b.frames);
    if (options.windows?.length) {
      corridor = constrainCorridor(
        corridor,
        options.windows.map((w) => ({ row: Math.floor(w.row / scale), lo: Math.floor(w.lo / scale), hi: Math.ceil(w.hi / scale) })),
      );
    }
    let n = 0;
    for (let i = 0; i < corridor.rows; i++) n += corridor.hi[i]! - corridor.lo[i]!;
    cells.unshift(n);
    const unrelated = unrelatedCost(a, b, speechFrames(a.energy), speechFrames(b.energy));
    const freeRows = options.freeRows ? poolTo(options.freeRows, o.factor, level, 'any') : undefined;
    const freeCols = options.freeCols ? poolTo(options.freeCols, o.factor, level, 'most') : undefined;
    if (freeRows) freeRows[0] = freeRows[freeRows.length - 1] = 1;
    // A frame of a coarser level stands for `scale` frames of the finest but costs as one: so does the opening.
    const gapOpen = (o.gapOpen * o.edgeCost * unrelated) / scale;
    path = dtw(euclidean(a, b), corridor, { edgeCost: o.edgeCost * unrelated, stretchPenalty: o.stretchPenalty * unrelated, gapOpen, diagonalWeight: o.diagonalWeight, ...(freeRows ? { freeRows } : {}), ...(freeCols ? { freeCols } : {}) });
  }
  return { path: path!, cells };
}

function poolTo(marks: Uint8Array, factor: number, level: number, rule: 'any' | 'most'): Uint8Array {
  let out = marks;
  for (let l = 0; l < level; l++) out = poolMarks(out, factor, rule);
  return out === marks ? Uint8Array.from(marks) : out;
}

/**
 * Aligns reference words (seconds in the synthesized reference) to the recording, given the
 * mel frames of both (same hop).
 */
export function alignFeatures(
  referenceMel: MelFrames,
  referenceWords: readonly WordTiming[],
  recordingMel: MelFrames,
  options: AlignOptions = {},
  layout: ReferenceLayout = {},
): Alignment {
  const first = alignPass(referenceMel, referenceWords, recordingMel, options, layout);
  if (!('restretch' in first)) return first;
  // A recording read much slower or faster than the reference (see RATE_TOLERANCE): the
  // reference is stretched to its rate and the text aligned again, once, with every later pass
  // on the stretched reference. Here, once the first pass has returned, so that its features and
  // path are not held while the second pass makes its own (an hour: about 60 MB). The refusal
  // test keeps the first pass's measures, so it is the same for every recording.
  const { rate, words, gaps, irregular, mismatch, matchScore, order } = first.restretch;
  const again = alignFeatures(stretchFrames(referenceMel, rate), words, recordingMel, options, { ...layout, gaps, stretched: rate, nested: true });
  return { ...again, irregular, mismatch, matchScore, order };
}

/** What the first pass hands back when the reference is to be stretched to the recording's rate (see alignFeatures). */
interface Restretch {
  restretch: { rate: number; words: WordTiming[]; gaps: [number, number][] | undefined } & Pick<Alignment, 'irregular' | 'mismatch' | 'matchScore' | 'order'>;
}

/** One alignment of the text (see alignFeatures), or what a second one against a stretched reference needs. */
function alignPass(
  referenceMel: MelFrames,
  referenceWords: readonly WordTiming[],
  recordingMel: MelFrames,
  options: AlignOptions,
  layout: ReferenceLayout,
): Alignment | Restretch {
  const o = { ...DEFAULT_ALIGN, ...options };
  const hop = recordingMel.hop;
  if (Math.abs(referenceMel.hop - hop) > 1e-9) throw new Error('alignFeatures: reference and recording must use the same hop');
  let refSpeech = speechFrames(referenceMel.energy, speechThreshold(referenceMel.energy), PAUSE_BRIDGE);
  // Pauses shorter than PAUSE_BRIDGE (a stop's closure, a breath between words) count as speech
  // for moving word edges: only a word that starts or ends inside a real pause is moved.
  // The recording's noise floor (see `cepstra`), and only the bands both signals have (an 8 kHz
  // recording has none above 4 kHz).
  const floor = noiseFloor(recordingMel);
  const usable = Math.min(referenceMel.usable ?? referenceMel.dims, recordingMel.usable ?? recordingMel.dims);
  const level = levelAboveFloor(recordingMel, floor, usable);
  const recSpeech = speechFrames(level, percentile(level, 0.1) + LEVEL_MARGIN, PAUSE_BRIDGE);
  // The same without bridging: a reader's short pause between two words (see HELD_PAUSE).
  const recSound = speechFrames(level, percentile(level, 0.1) + LEVEL_MARGIN);
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
  // Against the recording's whole length, not its measured speech: under noise, loudness
  // undercounts speech, and a matching transcript must not be turned away for it.
  const recordingLength = recordingMel.frames * hop;
  if (referenceSpeech > o.maxSpeechRatio * recordingLength) {
    throw new AlignmentError(
      `the transcript is much longer than the recording: speaking it takes about ${Math.round(referenceSpeech)} s, ` +
        `but the recording lasts only ${Math.round(recordingLength)} s. Is it the right recording, or only part of it?`,
    );
  }
  // The recording's noise floor, added to both before the log; scaled for the reference by the
  // difference in loudness, since the two are recorded at unrelated levels.
  const gain = 10 ** ((percentile(referenceMel.energy, 0.95) - percentile(recordingMel.energy, 0.95)) / 10);
  // Loudness (c0, after the noise floor and the mean are taken out) tells pauses from speech;
  // c1… alone see only the spectrum's shape.
  let reference = cepstra(referenceMel, DEFAULT_MFCC.coefficients, floor.map((v) => v * gain), usable, LOUDNESS_WEIGHT);
  let recording = cepstra(recordingMel, DEFAULT_MFCC.coefficients, floor, usable, LOUDNESS_WEIGHT);
  normaliseMean(reference, refSpeech);
  normaliseMean(recording, recSpeech);
  // Speech changes its spectrum from one sound to the next; steady noise or hum hardly does,
  // however loud it is. Measured: 0.03 for noise, 0.5 and more for recordings of speech
  // (on the spectrum's shape, c1…, not on loudness).
  const variability = spread(recording, recSpeech, DEFAULT_MFCC.coefficients) / spread(reference, refSpeech, DEFAULT_MFCC.coefficients);
  if (!(variability >= MIN_VARIABILITY)) {
    throw new AlignmentError('the recording contains no speech Parley can find: its sound hardly changes over time (steady noise or hum)');
  }
  reference = withDeltas(reference, DELTA_SPAN, DELTA_WEIGHT);
  recording = withDeltas(recording, DELTA_SPAN, DELTA_WEIGHT);
  if (layout.shuffled !== undefined) {
    // After the deltas, so that each word keeps the slopes it has in its own place: shuffled
    // before them, every joint between two words would be a jump that no recording has.
    const s = shuffleWords(reference.frames, hop, referenceWords, layout.gaps ?? [], layout.shuffled);
    reference = { ...reference, data: reorderFrames(reference.data, reference.dims, s.source), energy: reorderFrames(reference.energy, 1, s.source) };
    refSpeech = reorderFrames(refSpeech, 1, s.source);
    referenceWords = s.words;
    layout = { ...layout, gaps: s.gaps };
  }

  // The reference's own silences may take recording speech the transcript lacks; the
  // recording's pauses may take text that was never spoken.
  const freeRows = new Uint8Array(reference.frames);
  for (const [a, b] of layout.gaps ?? []) freeRows.fill(1, Math.max(0, Math.round(a / hop)), Math.min(reference.frames, Math.round(b / hop)));
  const freeCols = new Uint8Array(recording.frames);
  for (const [a, b] of pauses(recSpeech, PAUSE_BRIDGE)) freeCols.fill(1, a, b);
  const windows: (RowWindow & { anchor?: number })[] = [];
  const tolerance = Math.round(o.anchorTolerance / hop);
  layout.anchors?.forEach((t, k) => {
    const w = referenceWords[k];
    if (t === null || t === undefined || !w) return;
    const row = Math.min(reference.frames - 1, Math.max(0, Math.round(w.start / hop)));
    const col = Math.round(t / hop);
    windows.push({ row, lo: Math.max(0, col - tolerance), hi: Math.min(recording.frames, col + tolerance + 1), anchor: k });
  });
  if (layout.textFrom !== undefined && referenceWords.length) {
    const row = Math.min(reference.frames - 1, Math.max(0, Math.round(referenceWords[0]!.start / hop)));
    windows.push({ row, lo: Math.min(recording.frames - 1, Math.round(layout.textFrom / hop)), hi: recording.frames });
  }
  windows.sort((a, b) => a.row - b.row);
  const monotonic = windows.filter((w, k) => k === 0 || w.lo >= windows[k - 1]!.lo);

  const stretchPenalty = layout.priced ? o.stretchPenalty : 0;
  // Opening a stretch matching no text has its price only where stretching has one too: in a pass
  // without it, a passage could be smeared over neighbouring words more cheaply than a stretch
  // is opened (so it was, in every pass, for a cut turn over a telephone line), and the first
  // pass would then show no stretch for the second to look at.
  const gapOpen = layout.priced ? o.gapOpen : 0;
  const { path, cells } = multiscalePath(reference, recording, { ...o, stretchPenalty, gapOpen, freeRows, freeCols, windows: monotonic });

  const cost = euclidean(reference, recording);
  let pathCost = 0;
  let pathCount = 0;
  const skipped = path.skipped!;
  for (let k = 0; k < path.rows.length; k++) {
    if (!refSpeech[path.rows[k]!] || !recSpeech[path.cols[k]!]) continue;
    pathCost += cost(path.rows[k]!, path.cols[k]!);
    pathCount++;
  }
  const matchScore = pathCount ? pathCost / pathCount / unrelatedCost(reference, recording, refSpeech, recSpeech) : 1;
  const rows = reference.frames;
  const cols = recording.frames;
  // Reference frames passed over by text-matched-to-no-sound steps, and recording frames by the other kind.
  const refSkipped = new Uint8Array(rows);
  const recSkipped = new Uint8Array(cols);
  for (let k = 0; k < path.rows.length; k++) {
    const i = path.rows[k]!;
    const j = path.cols[k]!;
    // Recorded speech held in one of the reference's silences, and reference speech held in a
    // pause of the recording, whether or not the step was at the capped cost.
    if (skipped[k] === SKIPPED_REFERENCE || (freeCols[j] && refSpeech[i] && !freeRows[i])) refSkipped[i] = 1;
    if (skipped[k] === SKIPPED_RECORDING || (freeRows[i] && recSpeech[j])) recSkipped[j] = 1;
  }
  const unmatched = unmatchedStretches(recSkipped, recSpeech, hop, o.minUnmatched);
  const inUnmatched = new Uint8Array(cols);
  for (const [a, b] of unmatched) inUnmatched.fill(1, Math.round(a / hop), Math.round(b / hop));

  const first = firstColumnPerRow(path, rows);
  const columnOf = (row: number) => (row >= rows ? cols : first[row]!);
  // The first reference frame the path matches to each recording frame.
  const rowOf = new Int32Array(cols);
  for (let k = path.rows.length - 1; k >= 0; k--) rowOf[path.cols[k]!] = path.rows[k]!;

  // Each word's span in the reference, moved to where its sound begins and ends (not a pause
  // eSpeak put in front of it).
  const spans = referenceWords.map((w) => {
    let i0 = Math.min(rows - 1, Math.max(0, Math.round(w.start / hop)));
    let i1 = Math.min(rows, Math.max(i0 + 1, Math.round(w.end / hop)));
    while (i0 < i1 - 1 && !refSpeech[i0]) i0++;
    while (i1 > i0 + 1 && !refSpeech[i1 - 1]) i1--;
    return [i0, i1] as const;
  });
  const passed = spans.map(([i0, i1]) => {
    let n = 0;
    for (let i = i0; i < i1; i++) n += refSkipped[i]!;
    return n * 2 > i1 - i0;
  });
  const unspoken = unspokenWords(spans, passed, hop, o.minUnspoken);
  const words = referenceWords.map((_w, k): WordTiming | null => {
    const [i0, i1] = spans[k]!;
    if (unspoken[k]) return null;
    let j0 = columnOf(i0);
    let j1 = Math.max(j0 + 1, columnOf(i1));
    // A word never spans speech that matches no text: it keeps the side it starts on.
    for (let j = j0; j < j1; j++) {
      if (inUnmatched[j]) {
        j1 = Math.max(j0 + 1, j);
        break;
      }
    }
    // A word that starts (or ends) in a pause of the recording moves to the speech onset (offset).
    // Only a move of more than EDGE_SLACK frames is made: closer than that, the warping path
    // knows better than loudness where a soft onset (h, f, a stop's closure) lies under noise.
    let onset = j0;
    while (onset < j1 - 1 && !recSpeech[onset]) onset++;
    // A word that opens a sentence (the reference pauses before it) and was put wholly in a
    // pause of the recording starts where the speech after that pause starts.
    if (i0 >= SENTENCE_GAP && !refSpeech[i0 - SENTENCE_GAP]) {
      const next = onsetAfterPause(recSpeech, j0, j1);
      if (next !== null) return { start: next * hop, end: (next + Math.max(1, j1 - j0)) * hop };
    }
    if (onset - j0 > EDGE_SLACK) j0 = onset;
    let offset = j1;
    while (offset > j0 + 1 && !recSpeech[offset - 1]) offset--;
    if (j1 - offset > EDGE_SLACK) j1 = offset;
    return { start: j0 * hop, end: j1 * hop };
  });
  const rate = medianRate(referenceWords, words);
  trimStretched(words, spans.map(([i0, i1]) => (i1 - i0) * hop), rate);
  // A short opening (a sentence of a few words) matched into a long lead-in of music or noise,
  // followed by a long stretch matching no text that holds the opening's own speech: a lead-in
  // is far more common than a few words, then a long aside. The text is aligned again, starting
  // no earlier than that stretch's end.
  const lead = unmatched.find(([a, b]) => b - a >= LONG_LEAD);
  if (layout.textFrom === undefined && !layout.measureOnly && lead) {
    let opening = 0;
    // Words timed before the stretch's end, inside it too: the music on either side of an
    // opening matched into it is one stretch when less than 2 s apart.
    words.forEach((w, k) => {
      if (w && w.start < lead[1]) opening += (spans[k]![1] - spans[k]![0]) * hop;
    });
    if (opening > 0 && opening <= SHORT_OPENING) {
      return alignFeatures(referenceMel, referenceWords, recordingMel, options, { ...layout, textFrom: Math.max(lead[0], lead[1] - 2 * opening - 1) });
    }
  }
  // Words passed over in a pause have no length of their own to compare.
  const irregular = irregularity(referenceWords, words.map((w, k) => (passed[k] ? null : w)));
  // Two kinds of evidence: how far the sounds are from the reference's (matchScore), and how far
  // the words' lengths are from the reference's proportions (irregular). Other speech can come
  // close on one of them; it has not been seen close on both.
  const mismatch = matchScore + irregular;
  const unmeasured: OrderMeasures = { inOrder: NaN, shuffled: NaN, orderedMismatch: NaN };
  if (layout.measureOnly) return { words, unmatched, irregular, mismatch, matchScore, order: unmeasured, referenceSpeech, recordingSpeech, cells };
  // How far a recording's mismatch lies from that of other speech depends on the voice and the
  // line (synthetic voices measure 0.54–0.69 with their own text, telephone speech up to 0.78):
  // so the recording is judged against itself, the text in its order against the same words
  // shuffled, which costs the same voice, the same line and the same sounds, only not in the
  // order spoken.
  const order = layout.nested ? unmeasured : orderTest(referenceMel, referenceWords, recordingMel, layout.gaps ?? [], columnOf, options);
  if (!layout.nested && !(order.orderedMismatch <= o.maxOrderedMismatch)) {
    const f = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : 'not measurable');
    throw new AlignmentError(
      `the recording does not seem to contain the transcript's text: the transcript in its own order matches it with a match score of ${f(order.inOrder)}, ` +
        `and with its words shuffled ${f(order.shuffled)}; taken together (${f(order.inOrder)} less ${ORDER_WEIGHT} × the difference: ${f(order.orderedMismatch)}) ` +
        `that is above the limit, ${o.maxOrderedMismatch}, set from recordings of their own text and of other texts`,
      true,
    );
  }
  // A recording read much slower or faster than the reference: aligned again (see alignFeatures).
  if (layout.stretched === undefined && !layout.nested && Math.abs(Math.log(rate)) > Math.log(RATE_TOLERANCE)) {
    const scale = (t: number) => t * rate;
    const stretchedWords = referenceWords.map((w) => ({ start: scale(w.start), end: scale(w.end) }));
    const gaps = layout.gaps?.map(([a, b]) => [scale(a), scale(b)] as [number, number]);
    return { restretch: { rate, words: stretchedWords, gaps, irregular, mismatch, matchScore, order } };
  }
  // A time the transcript gives that the recording contradicts (a caption cue seconds from its
  // speech): the path is held at the edge of the window that time allows, and the text between
  // it and where it is spoken is squeezed (its words out of proportion, or passed over as never
  // spoken) or stretched. Those times are dropped and the text aligned again, and that alignment
  // is taken when it is better on one count and no worse on any: words left untimed, words out of
  // proportion, recorded speech matching no text (a right time that keeps the path from straying
  // is kept unless the path without it is better on those counts). The refusal test keeps the
  // first pass's measures.
  const pressed = layout.anchorsDropped ? [] : pressedAnchors(monotonic, columnOf, cols);
  if (pressed.length) {
    const dropped = new Set(pressed);
    const anchors = layout.anchors!.map((t, k) => (dropped.has(k) ? null : t));
    const again = alignFeatures(referenceMel, referenceWords, recordingMel, options, { ...layout, anchors, nested: true, anchorsDropped: true });
    const untimed = (w: readonly (WordTiming | null)[]) => w.filter((x) => !x).length;
    const fewer = untimed(again.words) < untimed(words) || again.irregular < irregular;
    if (fewer && untimed(again.words) <= untimed(words) && again.irregular <= irregular && totalLength(again.unmatched) <= totalLength(unmatched)) {
      return { ...again, irregular, mismatch, matchScore, order };
    }
  }
  // After the refusal test's measures: they are those of the path itself.
  startAfterHeldPause(words, spans.map(([i0, i1]) => columnOf(Math.min(i1, i0 + HELD_OPENING))), rowOf, recSound, hop);
  startAfterInnerPause(words, spans.map(([i0, i1]) => i1 - i0), spans.map(([i0]) => i0 >= SENTENCE_GAP && !refSpeech[i0 - SENTENCE_GAP]), pauses(recSpeech, OPENING_PAUSE), hop);
  const without = layout.turns ? withoutPartialTurns(referenceMel, referenceWords, recordingMel, options, layout, { words, unmatched, matchScore }) : null;
  if (without) return { ...without, irregular, mismatch, matchScore, order };
  // Speech between timed words that matches no text (a cut passage, an aside): where matching
  // speech costs nearly as much as other speech (a telephone line), a word next to it is
  // stretched over part of it, or a sentence is moved into it, more cheaply than a silence of the
  // reference holds it. The text is aligned again with a price on every stretching step. The
  // refusal test keeps the first pass's measures, so it is the same for every recording.
  if (!layout.priced && o.stretchPenalty > 0 && unmatched.some(([a, b]) => words.some((w) => w && w.start < a) && words.some((w) => w && w.start >= b))) {
    const again = alignFeatures(referenceMel, referenceWords, recordingMel, options, { ...layout, priced: true, nested: true });
    return { ...again, irregular, mismatch, matchScore, order };
  }
  return { words, unmatched, irregular, mismatch, matchScore, order, referenceSpeech, recordingSpeech, cells };
}

/**
 * Seconds of reference text the order test aligns, at most: a longer text is tested on a stretch
 * from its middle. Either is aligned on the stretch of recording the path put it in, so that the
 * test costs a few alignments of a minute or two whatever the length of the recording.
 */
const ORDER_SAMPLE = 90;
/** Seconds of recording either side of that stretch, so that the text in either order may float. */
const ORDER_MARGIN = 5;
/** Longest stretch of recording the order test aligns, in lengths of its stretch of reference. */
const ORDER_STRETCH = 4;

/**
 * The refusal test's measures: the match score of the text in its own order (`inOrder`) and of
 * the same words in shuffled orders (`shuffled`, their mean), on the same stretch of the same
 * recording (see ORDER_SAMPLE). Speech of the text matches its words in order far
 * better than shuffled; other speech matches both about as badly, whatever its voice or line.
 */
function orderTest(
  referenceMel: MelFrames,
  referenceWords: readonly WordTiming[],
  recordingMel: MelFrames,
  gaps: readonly [number, number][],
  columnOf: (row: number) => number,
  options: AlignOptions,
): OrderMeasures {
  const hop = referenceMel.hop;
  const measure = (mel: MelFrames, words: readonly WordTiming[], g: readonly [number, number][], recording: MelFrames, shuffled?: number): OrderScores => {
    try {
      return alignFeatures(mel, words, recording, options, { gaps: g, measureOnly: true, ...(shuffled === undefined ? {} : { shuffled }) });
    } catch (error) {
      // A stretch with no speech, or too short for its text, matches nothing.
      if (error instanceof AlignmentError) return { matchScore: NaN, irregular: NaN };
      throw error;
    }
  };
  const last = referenceWords.at(-1);
  if (!last) return { inOrder: NaN, shuffled: NaN, orderedMismatch: NaN };
  // The words of the middle ORDER_SAMPLE seconds of the text (all of a shorter one), with the silence around them.
  const middle = (referenceWords[0]!.start + last.end) / 2;
  const k0 = Math.max(0, referenceWords.findIndex((w) => w.end > middle - ORDER_SAMPLE / 2));
  let k1 = k0;
  while (k1 < referenceWords.length && referenceWords[k1]!.end - referenceWords[k0]!.start <= ORDER_SAMPLE) k1++;
  k1 = Math.max(k0 + 1, k1);
  const w0 = Math.round(referenceWords[k0]!.start / hop);
  const w1 = Math.round(referenceWords[k1 - 1]!.end / hop);
  const r0 = Math.max(0, w0 - Math.round(0.5 / hop));
  const r1 = Math.min(referenceMel.frames, w1 + Math.round(0.5 / hop));
  // The recording where the path put those words, with a margin, at least as long as the stretch
  // of reference and at most ORDER_STRETCH times as long.
  const margin = Math.round(ORDER_MARGIN / hop);
  let c0 = columnOf(w0) - margin;
  let c1 = columnOf(w1) + margin;
  const length = r1 - r0;
  const extra = c1 - c0 < length ? length - (c1 - c0) : c1 - c0 > ORDER_STRETCH * length + 2 * margin ? ORDER_STRETCH * length + 2 * margin - (c1 - c0) : 0;
  c0 -= Math.ceil(extra / 2);
  c1 += Math.ceil(extra / 2);
  c0 = Math.max(0, c0);
  c1 = Math.min(recordingMel.frames, Math.max(c0 + 1, c1));
  const words = referenceWords.slice(k0, k1).map((w) => ({ start: w.start - r0 * hop, end: w.end - r0 * hop }));
  const within = gaps.map(([a, b]) => [Math.max(a, r0 * hop) - r0 * hop, Math.min(b, r1 * hop) - r0 * hop] as [number, number]).filter(([a, b]) => b > a);
  const mel = sliceFrames(referenceMel, r0, r1);
  const recording = sliceFrames(recordingMel, c0, c1);
  return orderMeasures(measure(mel, words, within, recording), (seed) => measure(mel, words, within, recording, seed));
}

/** Shuffles the order test aligns: their mean is the null (one alone varies by about ± 0.1 between shuffles). */
const ORDER_SHUFFLES = 4;
/**
 * How much of the order gain (shuffled − in order) is taken off the match score in order. Chosen
 * on the development set (1 to 6 tried, and the gain alone): the gain alone is compressed by noise
 * (a matching recording at 15 dB SNR gained 0.04, where unrelated pairs reach 0.045), and the match
 * score alone moves with the voice and line. 2.5 to 6 all kept every matching recording below
 * every unrelated try; 3 left the widest gap.
 */
const ORDER_WEIGHT = 3;

/** What the order test reads of one of its alignments. */
export type OrderScores = Pick<Alignment, 'matchScore' | 'irregular'>;

/**
 * The order test's measures from its alignment of the text in order and the alignments of its
 * shuffles (`shuffled(seed)`). Only the match score is compared, not the mismatch (match score +
 * share of words out of proportion): with some texts that share rises when the words are shuffled
 * whatever the recording holds, so part of its gain belongs to the text, not to the recording. On
 * the development set the LibriVox text (five long sentences) gained 0.03–0.13 in that share from
 * its order on recordings of other texts, as much as matching recordings gain (0.02–0.26), while
 * its match score gained −0.01 to 0.045 there and matching recordings 0.04–0.17. The mismatch with
 * both parts let one matching recording (a slow Spanish reader with a quarter of its speech cut
 * from the text) be refused and nine unrelated tries measure below it; the match score alone puts
 * every matching recording below every unrelated try (docs/alignment.md).
 */
export function orderMeasures(inOrder: OrderScores, shuffled: (seed: number) => OrderScores): OrderMeasures {
  // Seeds far apart: the generator of `shuffleWords` gives close sequences for close seeds.
  const each = Array.from({ length: ORDER_SHUFFLES }, (_x, k) => shuffled(Math.imul(k + 1, 0x9e3779b1) >>> 0).matchScore);
  const mean = each.reduce((a, b) => a + b, 0) / each.length;
  const own = inOrder.matchScore;
  return { inOrder: own, shuffled: mean, orderedMismatch: own - ORDER_WEIGHT * (mean - own), each };
}

/** Frames from … to − 1 of mel frames, as mel frames of their own. */
function sliceFrames(mel: MelFrames, from: number, to: number): MelFrames {
  return { ...mel, frames: to - from, data: mel.data.slice(from * mel.dims, to * mel.dims), energy: mel.energy.slice(from, to) };
}

/**
 * The reference with its words in a shuffled order (a fixed shuffle: the same text always gives
 * the same order), as a new order of its frames: `source[f]` is the frame that goes to place f.
 * Each word's frames move whole into another word's place, and what lies between words (the
 * silences between sentences and turns among it) stays where it was: the same voice, the same
 * sounds and pauses, in an order that was never spoken. Also gives the words' and the gaps' new
 * times.
 */
export function shuffleWords(
  frames: number,
  hop: number,
  words: readonly WordTiming[],
  gaps: readonly (readonly [number, number])[],
  seed = 2024,
): { source: Int32Array; words: WordTiming[]; gaps: [number, number][] } {
  const n = words.length;
  const b = new Int32Array(n);
  const e = new Int32Array(n);
  let at = 0;
  words.forEach((w, k) => {
    b[k] = Math.min(frames, Math.max(at, Math.round(w.start / hop)));
    e[k] = Math.min(frames, Math.max(b[k]!, Math.round(w.end / hop)));
    at = e[k]!;
  });
  for (let k = 0; k + 1 < n; k++) e[k] = Math.min(e[k]!, b[k + 1]!);
  const order = Array.from({ length: n }, (_x, k) => k);
  const next = congruential(seed);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  const source = new Int32Array(frames);
  let out = 0;
  const copy = (from: number, to: number) => {
    for (let f = from; f < to; f++) source[out++] = f;
  };
  const moved: [number, number][] = [];
  // What lies between words keeps its place among the slots; gaps within it move with it.
  const between = (from: number, to: number) => {
    const shift = (out - from) * hop;
    for (const [x, y] of gaps) {
      const lo = Math.max(x, from * hop);
      const hi = Math.min(y, to * hop);
      if (hi > lo) moved.push([lo + shift, hi + shift]);
    }
    copy(from, to);
  };
  const shuffled: WordTiming[] = [];
  between(0, n ? b[0]! : frames);
  for (let k = 0; k < n; k++) {
    const w = order[k]!;
    const start = out * hop;
    copy(b[w]!, e[w]!);
    shuffled.push({ start, end: out * hop });
    between(e[k]!, k + 1 < n ? b[k + 1]! : frames);
  }
  return { source, words: shuffled, gaps: moved };
}

/**
 * Mel frames stretched in time by `factor` (above 1: longer), each frame of the result the one of
 * the input at the same time: a sound keeps its spectrum and takes `factor` times as long.
 */
export function stretchFrames(mel: MelFrames, factor: number): MelFrames {
  const frames = Math.max(1, Math.round(mel.frames * factor));
  const source = new Int32Array(frames);
  for (let f = 0; f < frames; f++) source[f] = Math.min(mel.frames - 1, Math.floor((f + 0.5) / factor));
  return { ...mel, frames, data: reorderFrames(mel.data, mel.dims, source), energy: reorderFrames(mel.energy, 1, source) };
}

/** Frames (of `dims` values each) put in a new order: frame f of the result is frame source[f]. */
export function reorderFrames<T extends Float32Array | Uint8Array | Int16Array>(data: T, dims: number, source: Int32Array): T {
  const out = new (data.constructor as new (n: number) => T)(source.length * dims);
  for (let f = 0; f < source.length; f++) out.set(data.subarray(source[f]! * dims, (source[f]! + 1) * dims), f * dims);
  return out;
}

/**
 * The anchors (indices of the words whose start the transcript gives) whose window the path was
 * held at the edge of: it reached the anchored word's reference row in the first or last column
 * the window allows (not at the recording's start or end, where the window is cut short). A
 * path free to follow the recording lands there only by chance; one pressed against a time the
 * recording contradicts lands there every time.
 */
function pressedAnchors(windows: readonly (RowWindow & { anchor?: number })[], columnOf: (row: number) => number, cols: number): number[] {
  return windows
    .filter((w) => w.anchor !== undefined && ((w.hi < cols && columnOf(w.row) >= w.hi - 1) || (w.lo > 0 && columnOf(w.row) <= w.lo)))
    .map((w) => w.anchor!);
}

/**
 * Where speech starts after frames j0 … j1 − 1 of the recording when none of them is speech (a
 * word put wholly in a pause), or null when some are, or when no speech follows.
 */
export function onsetAfterPause(speech: Uint8Array, j0: number, j1: number): number | null {
  for (let j = j0; j < j1; j++) if (speech[j]) return null;
  let next = Math.max(j0, j1);
  while (next < speech.length && !speech[next]) next++;
  return next < speech.length ? next : null;
}

/**
 * Words of text that was never spoken: each word whose reference frames mostly lie in a pause of
 * the recording, where they make a run (consecutive such words) of at least `min` seconds of
 * reference. A single word or two passed over in a pause are a soft onset under noise, not
 * missing text: they are timed as usual.
 */
export function unspokenWords(spans: readonly (readonly [number, number])[], gone: readonly boolean[], hop: number, min: number): boolean[] {
  const out = gone.map(() => false);
  let k = 0;
  while (k < gone.length) {
    if (!gone[k]) {
      k++;
      continue;
    }
    let e = k;
    while (e < gone.length && gone[e]) e++;
    if ((spans[e - 1]![1] - spans[k]![0]) * hop >= min) out.fill(true, k, e);
    k = e;
  }
  return out;
}

/**
 * The share of words whose length in the recording is out of step with their length in the
 * reference by more than a factor of 2 either way, after allowing for the overall speaking
 * rate. Speech of the text keeps each word's proportions; a path through other speech squeezes
 * some words to nothing and stretches others.
 */
function irregularity(reference: readonly WordTiming[], found: readonly (WordTiming | null)[]): number {
  const logs: number[] = [];
  reference.forEach((w, k) => {
    const f = found[k];
    if (!f) return;
    logs.push(Math.log(Math.max(0.01, f.end - f.start) / Math.max(0.01, w.end - w.start)));
  });
  if (!logs.length) return 1;
  const sorted = [...logs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return logs.filter((v) => Math.abs(v - median) > Math.log(2)).length / logs.length;
}

/**
 * A word whose opening was matched over a pause of the recording (see HELD_OPENING) starts, in
 * place, HELD_LEAD frames before that pause's end. `openingEnds[k]` is the recording frame where
 * the path leaves word k's opening; `rowOf[j]`, the reference frame it matches to recording frame
 * j; `sound`, the recording's voice activity without bridging.
 */
export function startAfterHeldPause(words: (WordTiming | null)[], openingEnds: readonly number[], rowOf: Int32Array, sound: Uint8Array, hop: number): void {
  words.forEach((w, k) => {
    if (!w) return;
    const j0 = Math.round(w.start / hop);
    const to = Math.min(openingEnds[k]!, sound.length);
    let end: number | null = null;
    for (let j = j0; j < to; ) {
      if (sound[j]) {
        j++;
        continue;
      }
      let e = j;
      while (e < sound.length && !sound[e]) e++;
      // The part of the pause inside the opening, and how far the path advances over it.
      const last = Math.min(e, to) - 1;
      if (last - j + 1 >= HELD_PAUSE && e < sound.length && (rowOf[last]! - rowOf[j]! + 1) * HELD_RATE <= last - j + 1) end = e;
      j = e;
    }
    if (end === null) return;
    const start = (end - HELD_LEAD) * hop;
    if (start > w.start && start < w.end) w.start = start;
  });
}

/**
 * A sentence whose first words hold a pause of the recording (at least OPENING_PAUSE frames) inside
 * one of them was started in sound before that pause that is not its own: the last notes of
 * music before the speech, the end of an aside. Such a word and those before it in the sentence
 * (at most OPENING_WORDS) are moved, in place, to share the time from the pause's end to that
 * word's end in proportion to their reference lengths (`lengths`, in frames).
 */
export function startAfterInnerPause(words: (WordTiming | null)[], lengths: readonly number[], opensSentence: readonly boolean[], recordingPauses: readonly [number, number][], hop: number): void {
  words.forEach((_w, k0) => {
    if (!opensSentence[k0] || !words[k0]) return;
    for (let m = k0; m < Math.min(words.length, k0 + OPENING_WORDS); m++) {
      const w = words[m];
      if (!w || (m > k0 && opensSentence[m])) return;
      const inner = recordingPauses.find(([a, b]) => a * hop > w.start && b * hop < w.end);
      if (!inner) continue;
      const from = inner[1] * hop;
      const to = w.end;
      let total = 0;
      for (let k = k0; k <= m; k++) if (words[k]) total += lengths[k]!;
      let at = from;
      for (let k = k0; k <= m; k++) {
        const x = words[k];
        if (!x) continue;
        const length = ((to - from) * lengths[k]!) / total;
        x.start = at;
        x.end = at + length;
        at += length;
      }
      return;
    }
  });
}

/**
 * A word stretched far beyond its length in the reference (more than 3 times it, and by more than
 * a second) took in sound that is not the word: music, noise or other talk before it. Its start
 * moves, in place, to where its own length at the recording's speaking rate (`rate`, recording
 * seconds per reference second) ends at its end.
 */
export function trimStretched(words: (WordTiming | null)[], lengths: readonly number[], rate: number): void {
  words.forEach((w, k) => {
    if (!w) return;
    const own = lengths[k]! * rate;
    if (w.end - w.start > 3 * own + 1) w.start = Math.max(w.start, w.end - own);
  });
}

/** The median of each word's length in the recording over its length in the reference. */
function medianRate(reference: readonly WordTiming[], found: readonly (WordTiming | null)[]): number {
  const r: number[] = [];
  reference.forEach((w, k) => {
    const f = found[k];
    if (f && w.end > w.start) r.push((f.end - f.start) / (w.end - w.start));
  });
  r.sort((a, b) => a - b);
  return r.length ? r[Math.floor(r.length / 2)]! : 1;
}

/** Mean squared distance of the marked frames from their mean (after mean normalisation: from zero). */
function spread(f: Features, marks: Uint8Array, dims: number): number {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < f.frames; k++) {
    if (!marks[k]) continue;
    n++;
    for (let d = 0; d < dims; d++) sum += f.data[k * f.dims + d]! ** 2;
  }
  return n ? sum / n : 0;
}

/**
 * Stretches of recorded speech matched to no text, in seconds: skipped speech frames less than
 * 2 s apart taken together, kept when they hold at least `min` seconds of speech.
 */
function unmatchedStretches(skipped: Uint8Array, speech: Uint8Array, hop: number, min: number): [number, number][] {
  const out: [number, number][] = [];
  // Skipped speech less than 2 s apart is one stretch (a cut turn has pauses between its sentences).
  const bridge = Math.round(2 / hop);
  let start = -1;
  let last = -1;
  let talk = 0;
  const flush = () => {
    if (start >= 0 && talk * hop >= min) out.push([start * hop, (last + 1) * hop]);
  };
  for (let j = 0; j < skipped.length; j++) {
    if (!skipped[j] || !speech[j]) continue;
    if (start < 0 || j - last > bridge) {
      flush();
      start = j;
      talk = 0;
    }
    talk++;
    last = j;
  }
  flush();
  return out;
}

/** Seconds of the stretches, in total. */
const totalLength = (stretches: readonly [number, number][]) => stretches.reduce((n, [a, b]) => n + b - a, 0);

/**
 * A turn found only in part (some of its words untimed as never spoken, others timed) is often a
 * turn never spoken at all, whose other sentences were matched to the speech of their
 * neighbours, squeezing those into pauses. The text is aligned again without each such turn
 * (up to MAX_TURN_TESTS of them); the turn's absence is accepted when that alignment is no worse
 * on any count: no more words untimed elsewhere, no more recorded speech without text (the
 * turn's words had no speech of their own), a match score at most MATCH_SLACK higher, and no
 * more words out of proportion. Returns the best such alignment, with the turn's words
 * untimed, or null.
 */
function withoutPartialTurns(
  referenceMel: MelFrames,
  referenceWords: readonly WordTiming[],
  recordingMel: MelFrames,
  options: AlignOptions,
  layout: ReferenceLayout,
  first: Pick<Alignment, 'words' | 'unmatched' | 'matchScore'>,
): Alignment | null {
  const starts = layout.turns!;
  const gaps = layout.gaps ?? [];
  // A turn's frames run from the end of the silence before it to the end of the silence before the next.
  const gapEndBefore = (t: number) => gaps.filter(([, b]) => b <= t + 1e-9).at(-1)?.[1] ?? 0;
  // Words squeezed into a pause count here as out of proportion: that is how a neighbour of a
  // turn never spoken gives up its speech to the turn's other sentences.
  const before = irregularity(referenceWords, first.words);
  let best: Alignment | null = null;
  let bestSqueezed = Infinity;
  let tests = 0;
  for (let t = 0; t < starts.length && tests < MAX_TURN_TESTS; t++) {
    const from = starts[t]!;
    const to = starts[t + 1] ?? referenceWords.length;
    const timed = first.words.slice(from, to).filter(Boolean).length;
    if (timed === 0 || timed === to - from) continue;
    tests++;
    const span: [number, number] = [gapEndBefore(referenceWords[from]!.start), to < referenceWords.length ? gapEndBefore(referenceWords[to]!.start) : referenceWords[to - 1]!.end];
    const reduced = alignWithout(referenceMel, referenceWords, recordingMel, options, layout, span, [from, to]);
    const squeezed = irregularity(referenceWords, reduced.words);
    const untimedElsewhere = (w: readonly (WordTiming | null)[]) => w.filter((x, k) => !x && (k < from || k >= to)).length;
    // No worse on any count: the simpler account (the whole turn absent) is taken.
    if (untimedElsewhere(reduced.words) > untimedElsewhere(first.words) || totalLength(reduced.unmatched) > totalLength(first.unmatched) + 1 || reduced.matchScore > first.matchScore + MATCH_SLACK || squeezed > before) continue;
    if (squeezed < bestSqueezed) {
      best = reduced;
      bestSqueezed = squeezed;
    }
  }
  return best;
}

/**
 * The alignment of the text without words from … to − 1, whose reference frames lie in `span`
 * (seconds, with the silence after them): those words come back untimed.
 */
function alignWithout(
  referenceMel: MelFrames,
  referenceWords: readonly WordTiming[],
  recordingMel: MelFrames,
  options: AlignOptions,
  layout: ReferenceLayout,
  span: [number, number],
  [from, to]: [number, number],
): Alignment {
  const hop = referenceMel.hop;
  const [a, b] = span;
  const removedBefore = (t: number) => Math.max(0, Math.min(t, b) - a);
  const shift = (t: number) => t - removedBefore(t);
  const cut0 = Math.round(a / hop);
  const cut1 = Math.min(referenceMel.frames, Math.round(b / hop));
  const { dims } = referenceMel;
  const frames = referenceMel.frames - (cut1 - cut0);
  const data = new Int16Array(frames * dims);
  data.set(referenceMel.data.subarray(0, cut0 * dims));
  data.set(referenceMel.data.subarray(cut1 * dims), cut0 * dims);
  const energy = new Float32Array(frames);
  energy.set(referenceMel.energy.subarray(0, cut0));
  energy.set(referenceMel.energy.subarray(cut1), cut0);
  const keep = (_x: unknown, k: number) => k < from || k >= to;
  const reduced = alignFeatures(
    { ...referenceMel, frames, data, energy },
    referenceWords.filter(keep).map((w) => ({ start: shift(w.start), end: shift(w.end) })),
    recordingMel,
    options,
    {
      nested: true,
      gaps: (layout.gaps ?? []).filter(([x, y]) => x < a || y > b).map(([x, y]) => [shift(x), shift(y)] as [number, number]),
      ...(layout.anchors ? { anchors: layout.anchors.filter(keep) } : {}),
      ...(layout.textFrom !== undefined ? { textFrom: layout.textFrom } : {}),
    },
  );
  return { ...reduced, words: [...reduced.words.slice(0, from), ...Array.from({ length: to - from }, () => null), ...reduced.words.slice(from)] };
}
