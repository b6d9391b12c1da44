/**
 * Dynamic time warping inside a corridor, and a coarse-to-fine search that keeps memory
 * proportional to the length of the recording rather than to its square.
 *
 * Rows are reference (synthesized) frames, columns are recording frames. A corridor gives,
 * for each row, the half-open range of columns that may be visited. Only one byte per visited
 * cell is stored (the step that reached it) plus two rows of accumulated cost, so a 60-minute
 * recording at 10 ms frames with a corridor ~60 frames wide needs ~20 MB.
 */

/** For each row i, columns lo[i] ≤ j < hi[i] may be visited. */
export interface Corridor {
  rows: number;
  cols: number;
  lo: Int32Array;
  hi: Int32Array;
}

/** A monotonic path: pairs (rows[k], cols[k]) from the first row to the last. */
export interface Path {
  rows: Int32Array;
  cols: Int32Array;
  /** Sum of the local costs of the cells on the path (without `gapOpen`'s openings). */
  cost: number;
  /**
   * Per cell: SKIPPED_RECORDING if it was reached by a horizontal step at the capped cost (a
   * recording frame matched to no text), SKIPPED_REFERENCE for a vertical one (text matched to
   * no sound), else 0.
   */
  skipped?: Uint8Array;
}

export const SKIPPED_RECORDING = 1;
export const SKIPPED_REFERENCE = 2;

export interface DtwOptions {
  /** Weight of a diagonal step relative to a horizontal or vertical one (2: the symmetric pattern). */
  diagonalWeight?: number;
  /**
   * Highest local cost of a horizontal step in the first and the last row: the recording's
   * lead-in and tail (silence, music, noise, other talk) are matched to the reference's
   * leading and trailing silence at no more than this cost per frame, so a long lead-in does
   * not pull the text into it. The path still runs from corner to corner, so every path
   * carries the same total step weight and none is favoured for being short.
   */
  edgeCost?: number;
  /**
   * Rows (reference frames) where horizontal steps are capped at `edgeCost`: the reference's
   * pauses, where a recording may hold speech that is not in the transcript. Default: the first
   * and the last row.
   */
  freeRows?: Uint8Array;
  /**
   * Columns (recording frames) where vertical steps are capped at `edgeCost`: the recording's
   * pauses, where the transcript may hold text that was never spoken. Default: none.
   */
  freeCols?: Uint8Array;
  /**
   * Added to the cost of a horizontal step outside the free rows: one reference frame held over
   * one more recording frame. Speech of the text keeps close to the diagonal; a word stretched
   * across speech that is not its own (a passage the transcript lacks) takes many such steps,
   * so with this price a silence of the reference holds that passage instead. Default 0.
   */
  stretchPenalty?: number;
  /**
   * Added once to each run of recording frames matched to no text inside the text (in a free row
   * after the first row of speech and before the last: not the lead-in or the tail), as in
   * sequence alignment's affine gaps. Without it, one passage the transcript lacks costs the
   * same as two of the same total length, and a sentence said three times over after such a
   * passage may be matched one copy early, its first copy into the end of the passage, leaving
   * the last copy as a second, false stretch: the path takes the single stretch when the two
   * otherwise cost about the same. Default 0 (the path is then the same as without it).
   */
  gapOpen?: number;
}

export type CostFn = (i: number, j: number) => number;

/** A corridor that admits every cell (for small problems and tests). */
export function fullCorridor(rows: number, cols: number): Corridor {
  return { rows, cols, lo: new Int32Array(rows), hi: new Int32Array(rows).fill(cols) };
}

/** A Sakoe–Chiba band: the straight diagonal from (0,0) to (rows−1, cols−1), ± `radius` columns. */
export function bandCorridor(rows: number, cols: number, radius: number): Corridor {
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const slope = rows > 1 ? (cols - 1) / (rows - 1) : 0;
  for (let i = 0; i < rows; i++) {
    const centre = Math.round(i * slope);
    lo[i] = Math.max(0, centre - radius);
    hi[i] = Math.min(cols, centre + radius + 1);
  }
  return { rows, cols, lo, hi };
}

/** Number of cells a corridor admits (its memory cost in bytes). */
export function corridorCells(c: Corridor): number {
  let n = 0;
  for (let i = 0; i < c.rows; i++) n += c.hi[i]! - c.lo[i]!;
  return n;
}

const FROM_DIAGONAL = 0;
const FROM_UP = 1; // previous row, same column
const FROM_LEFT = 2; // same row, previous column
const START = 3;
const STEP = 3; // the bits above
/** The cheapest way to this cell ends in a run of recording frames matched to no text (a gap). */
const IN_GAP = 4;
/** The cheapest gap ending at this cell continues one ending at the cell to its left (else it opens here). */
const GAP_CONTINUES = 8;

/** The cheapest monotonic path through a corridor. */
export function dtw(cost: CostFn, corridor: Corridor, options: DtwOptions = {}): Path {
  const { rows, lo, hi } = corridor;
  const wd = options.diagonalWeight ?? 2;
  const edgeCost = options.edgeCost ?? Infinity;
  const lastRow = rows - 1;
  const freeRows = options.freeRows;
  const freeCols = options.freeCols;
  const stretch = options.stretchPenalty ?? 0;
  const freeRow = (i: number) => (freeRows ? freeRows[i] === 1 : i === 0 || i === lastRow);
  // The text lies between the first and the last row that is not free; gaps opened in a free
  // row between them (not the lead-in or the tail) pay `gapOpen`.
  let textFrom = 0;
  while (textFrom < rows && freeRow(textFrom)) textFrom++;
  let textTo = lastRow;
  while (textTo >= 0 && freeRow(textTo)) textTo--;
  const gapOpen = options.gapOpen ?? 0;
  const offsets = new Float64Array(rows + 1);
  for (let i = 0; i < rows; i++) offsets[i + 1] = offsets[i]! + (hi[i]! - lo[i]!);
  const steps = new Uint8Array(offsets[rows]!);
  let width = 0;
  for (let i = 0; i < rows; i++) width = Math.max(width, hi[i]! - lo[i]!);
  // Two rows of accumulated cost, swapped after each row.
  let prev = new Float64Array(width);
  let cur = new Float64Array(width);
  let prevLo = 0;
  let prevHi = 0;
  for (let i = 0; i < rows; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    const base = offsets[i]!;
    const rowFree = freeRow(i);
    const open = i > textFrom && i < textTo ? gapOpen : 0;
    // The cheapest cost to the cell on the left of those whose path ends in a gap (Gotoh's
    // second state): a gap is opened from any path to the left, or continued.
    let gap = Infinity;
    for (let j = l; j < h; j++) {
      const c = cost(i, j);
      let best = Infinity;
      let step = START;
      if (i === 0) {
        if (j === 0) best = c;
      } else {
        if (j - 1 >= prevLo && j - 1 < prevHi) {
          const v = prev[j - 1 - prevLo]! + wd * c;
          if (v < best) {
            best = v;
            step = FROM_DIAGONAL;
          }
        }
        if (j >= prevLo && j < prevHi) {
          const v = prev[j - prevLo]! + (freeCols && freeCols[j] ? Math.min(c, edgeCost) : c);
          if (v < best) {
            best = v;
            step = FROM_UP;
          }
        }
      }
      if (j > l) {
        const left = cur[j - 1 - l]!;
        const v = left + (rowFree ? c : c + stretch);
        if (v < best) {
          best = v;
          step = FROM_LEFT;
        }
        if (rowFree) {
          // A recording frame matched to no text, at the capped cost: opened here or continued.
          const opened = left + open;
          if (gap < opened) step |= GAP_CONTINUES;
          else gap = opened;
          gap += edgeCost;
          if (gap < best) {
            best = gap;
            step |= IN_GAP;
          }
        }
      }
      cur[j - l] = best;
      steps[base + j - l] = step;
    }
    const t = prev;
    prev = cur;
    cur = t;
    prevLo = l;
    prevHi = h;
  }
  const last = rows - 1;
  const endCol = corridor.cols - 1;
  if (hi[last] !== corridor.cols || !Number.isFinite(prev[endCol - lo[last]!]!)) {
    throw new Error('DTW: the corridor does not connect its corners');
  }
  // Walk back.
  const pr: number[] = [];
  const pc: number[] = [];
  let i = last;
  let j = endCol;
  const skips: number[] = [];
  let total = 0;
  let inGap = false;
  for (;;) {
    pr.push(i);
    pc.push(j);
    const stored = steps[offsets[i]! + j - lo[i]!]!;
    if (inGap || stored & IN_GAP) {
      // A recording frame matched to no text; the gap goes on to the left, or opened here.
      skips.push(SKIPPED_RECORDING);
      total += edgeCost;
      inGap = (stored & GAP_CONTINUES) !== 0;
      j--;
      continue;
    }
    const step = stored & STEP;
    const c = cost(i, j);
    const capped = c > edgeCost && step === FROM_UP && !!freeCols && freeCols[j] === 1;
    skips.push(capped ? SKIPPED_REFERENCE : 0);
    total += capped ? edgeCost : c;
    if (step === START) break;
    if (step === FROM_DIAGONAL) {
      i--;
      j--;
    } else if (step === FROM_UP) i--;
    else j--;
  }
  pr.reverse();
  pc.reverse();
  skips.reverse();
  return { rows: Int32Array.from(pr), cols: Int32Array.from(pc), cost: total, skipped: Uint8Array.from(skips) };
}

/**
 * The corridor at a finer scale around a path found at a coarser one: each coarse cell covers
 * `factor` × `factor` fine cells, widened by `radius` fine columns on either side.
 */
export function corridorAroundPath(path: Path, factor: number, rows: number, cols: number, radius: number): Corridor {
  const lo = new Int32Array(rows).fill(cols);
  const hi = new Int32Array(rows).fill(0);
  for (let k = 0; k < path.rows.length; k++) {
    const r0 = path.rows[k]! * factor;
    const c0 = Math.max(0, path.cols[k]! * factor - radius);
    const c1 = Math.min(cols, (path.cols[k]! + 1) * factor + radius);
    for (let i = r0; i < Math.min(rows, r0 + factor); i++) {
      if (c0 < lo[i]!) lo[i] = c0;
      if (c1 > hi[i]!) hi[i] = c1;
    }
  }
  // Rows the coarse path did not reach (the coarse grid's last partial cell) inherit their neighbour's range.
  for (let i = 1; i < rows; i++) {
    if (hi[i]! <= lo[i]!) {
      lo[i] = lo[i - 1]!;
      hi[i] = hi[i - 1]!;
    }
  }
  // Monotonic bounds: a corridor row never starts left of the row above it, nor ends left of it.
  for (let i = 1; i < rows; i++) if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
  for (let i = rows - 2; i >= 0; i--) if (lo[i]! > lo[i + 1]!) lo[i] = lo[i + 1]!;
  return { rows, cols, lo, hi };
}

/** The first column the path visits in each row (where a reference frame begins in the recording). */
export function firstColumnPerRow(path: Path, rows: number): Int32Array {
  const out = new Int32Array(rows).fill(-1);
  for (let k = 0; k < path.rows.length; k++) {
    const i = path.rows[k]!;
    if (out[i] === -1) out[i] = path.cols[k]!;
  }
  for (let i = 1; i < rows; i++) if (out[i] === -1) out[i] = out[i - 1]!;
  return out;
}
