/**
 * Transcript time and media time. A transcript time T is heard at media time T + offset (the
 * person's offset, positive when the voices come later than the transcript says).
 */

/**
 * The media time to go to for transcript time `time`: shifted by `offset`, never negative, and
 * rounded up to the millisecond so that it lands inside the item it starts (and reads well in a
 * `#t=` link).
 */
export function mediaTimeOf(time: number, offset = 0): number {
  return Math.ceil(Math.max(0, time + offset) * 1000 - 1e-6) / 1000;
}
