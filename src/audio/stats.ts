/**
 * Order statistics, one definition each for the whole project (signal analysis, voice-activity
 * detection, the demo's report and the benchmarks). Values that are not finite are left out;
 * with none left the answer is NaN, for the caller to decide what "no value" means.
 */

function sortedFinite(values: ArrayLike<number>): Float64Array {
  // A plain loop into a typed array: the aligner asks for percentiles of hundreds of thousands
  // of frame energies, where filtering through an Array cost a third of a second a time.
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n).sort();
}

/** The value below which `share` (0…1) of the values lie, by linear interpolation between the closest ranks. */
export function percentile(values: ArrayLike<number>, share: number): number {
  const sorted = sortedFinite(values);
  if (!sorted.length) return NaN;
  const at = Math.min(1, Math.max(0, share)) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: ArrayLike<number>): number {
  return percentile(values, 0.5);
}
