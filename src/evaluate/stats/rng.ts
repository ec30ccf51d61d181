/**
 * Seeded uniform random numbers for resampling, so a bootstrap CI repeats exactly for the same seed.
 * mulberry32 (src/core/random.ts): period 2^32, ample for drawing bootstrap indices (10^4 resamples x 10^3
 * items = 10^7 draws << 2^32).
 */
export { mulberry32 as seededRandom, type Random } from "../../core/random.js";
