/**
 * Seeded uniform random numbers for resampling, so a bootstrap CI repeats exactly for the same seed
 * (Math.random cannot be seeded). mulberry32 (Tommy Ettinger): 32-bit state, period 2^32, fast; ample for
 * drawing bootstrap indices (10^4 resamples x 10^3 items = 10^7 draws << 2^32).
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
