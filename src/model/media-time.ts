/**
 * Transcript time and media time. A transcript time T is heard at media time T + offset (the
 * person's offset, positive when the voices come later than the transcript says).
 */

/**
 * The media time to go to for transcript time `time`: shifted by `offset`, never negative, and
 * at least half a millisecond past it, rounded up to the millisecond (so it reads well in a `#t=`
 * link). Landing exactly on an item's start is not enough: taking the offset away again in
 * floating point (8.7 − 1 = 7.699999…) would fall just before it.
 */
export function mediaTimeOf(time: number, offset = 0): number {
  return Math.ceil((Math.max(0, time + offset) + 0.0005) * 1000) / 1000;
}

/**
 * Seconds rounded to the millisecond, the precision of every caption format (and enough for
 * speech): it also keeps 1.001 from reading back as 1.0010000000000001.
 */
export function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
