/**
 * A small seeded pseudo-random generator, so that everything the demo-media generator "randomises"
 * (pause lengths, room tone) comes out the same on every run and every machine.
 *
 * mulberry32 uses only 32-bit integer arithmetic (`Math.imul`, shifts), which JavaScript defines
 * exactly, so the sequence does not depend on the engine or the platform.
 */

/** A generator of numbers in [0, 1), each a multiple of 2^-32. */
export type Random = () => number;

/** mulberry32: the same seed always gives the same sequence. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [min, max) from the generator. */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
