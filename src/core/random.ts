/**
 * The project's one seeded random number generator (Math.random cannot be seeded), so a training run, a
 * sampled generation, a dataset build or a bootstrap repeats exactly for the same seed on every machine.
 *
 * `new Rng(seed)` is xoshiro128** (Blackman & Vigna; 128-bit state, period 2^128 - 1), seeded through
 * SplitMix32. Two other bit sources stay selectable because committed files are reproduced from them:
 * "sfc32" (Doty-Humphrey's Small Fast Counter) drew the template dataset (`namewright data build --seed 1`
 * rebuilds data/built/dataset byte for byte) and "mulberry32" (Ettinger; 32-bit state) drew the safety set's
 * obfuscations and the bootstrap resamples. New code takes the default.
 */
import { fnv1a } from "./hash.js";

export type RngAlgorithm = "xoshiro128**" | "sfc32" | "mulberry32";

/** A uniform draw in [0, 1), for code that only needs that. */
export type Random = () => number;

/** SplitMix32: expands one seed into a stream of well-mixed 32-bit words (used to seed the state). */
function splitMix32(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spareNormal: number | null = null;

  constructor(
    seed: number,
    readonly algorithm: RngAlgorithm = "xoshiro128**",
  ) {
    if (algorithm === "mulberry32") {
      this.s0 = seed >>> 0;
      return;
    }
    const next = splitMix32(seed);
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if (algorithm === "xoshiro128**") this.s3 = (this.s3 | 1) >>> 0;
    else for (let i = 0; i < 12; i++) this.u32(); // sfc32: discard the first outputs
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    if (this.algorithm === "xoshiro128**") {
      const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
      const t = this.s1 << 9;
      this.s2 ^= this.s0;
      this.s3 ^= this.s1;
      this.s1 ^= this.s2;
      this.s0 ^= this.s3;
      this.s2 ^= t;
      this.s3 = rotl(this.s3, 11);
      return result;
    }
    if (this.algorithm === "sfc32") {
      const t = (((this.s0 + this.s1) >>> 0) + this.s3) >>> 0;
      this.s3 = (this.s3 + 1) >>> 0;
      this.s0 = this.s1 ^ (this.s1 >>> 9);
      this.s1 = (this.s2 + (this.s2 << 3)) >>> 0;
      this.s2 = ((this.s2 << 21) | (this.s2 >>> 11)) >>> 0;
      this.s2 = (this.s2 + t) >>> 0;
      return t;
    }
    this.s0 = (this.s0 + 0x6d2b79f5) >>> 0;
    let t = this.s0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to weights[i] (weights >= 0, not all 0). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** k distinct items (k clipped to the list length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.min(k, items.length));
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Standard normal via Box-Muller; the second value of each pair is kept for the next call. */
  normal(): number {
    if (this.spareNormal !== null) {
      const v = this.spareNormal;
      this.spareNormal = null;
      return v;
    }
    let u = this.next();
    while (u <= 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** An independent generator of the same algorithm, derived from this one and a label (stable sub-streams). */
  fork(label: string): Rng {
    return new Rng((this.u32() ^ fnv1a(label)) >>> 0, this.algorithm);
  }

  /** Snapshot of the state, for checkpoints. */
  state(): number[] {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  /** Restores a snapshot taken by state(). */
  setState(s: readonly number[]): void {
    this.s0 = s[0]! >>> 0;
    this.s1 = s[1]! >>> 0;
    this.s2 = s[2]! >>> 0;
    this.s3 = s[3]! >>> 0;
    this.spareNormal = null;
  }
}

/** mulberry32 as a plain function returning draws in [0, 1) (bootstrap resampling, obfuscation variants). */
export function mulberry32(seed: number): Random {
  const rng = new Rng(seed, "mulberry32");
  return () => rng.next();
}
