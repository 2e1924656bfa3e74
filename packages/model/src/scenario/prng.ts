/**
 * @module scenario/prng
 * A small seeded PRNG (mulberry32, public domain, by Tommy Ettinger) so that a sensitivity
 * analysis with the same seed gives the same numbers on every machine and Node version:
 * `Math.random` cannot be seeded. 32-bit state; fine for sampling parameters, not for crypto.
 *
 * @example
 * const next = mulberry32(42);
 * next(); // a float in [0, 1), the same sequence for seed 42 every time
 */

/** Returns a generator of floats in [0, 1). The seed is taken modulo 2^32. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
