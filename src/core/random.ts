/**
 * mulberry32 (Tommy Ettinger): a seeded uniform PRNG in [0, 1) with 32-bit state and period 2^32 — small,
 * fast and reproducible on every machine (Math.random cannot be seeded). Used where a stream of a few million
 * draws is enough: bootstrap resampling, obfuscation variants, sampling for lexicon statistics. The dataset
 * builder (sfc32) and the engine (its own Rng) need longer periods and keep their own generators.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
