/**
 * A binary fuse filter with 8-bit fingerprints (Graf & Lemire, "Binary Fuse Filters: Fast and Smaller
 * Than Xor Filters", ACM JEA 2022), ported from their reference C (binaryfusefilter.h, 3-wise).
 *
 * Why this structure: a zone index must never miss a registered name (a miss would say "available") and
 * may err only towards "taken". A filter has no false negatives by construction, and its false positives
 * (rate 2^-8 = 0.39% with 8-bit fingerprints) fall exactly on the permitted side. Space is about
 * 1.125 x 8 = 9 bits per name for large sets (the array is 1.125 n cells of one byte), a look-up is three
 * byte reads at hashed positions in three adjacent segments, and the filter is one flat byte array, so
 * saving and loading are single reads and writes. A sorted-fingerprint set (Elias-Fano) at the same error
 * costs ~2 + 8 = 10 bits per name and a select per look-up; a JS Set costs tens of bytes per name.
 *
 * Construction: every key maps to cells h0 < h1 < h2 (one per segment, segments of length L = 2^k); keys
 * are peeled (a cell hit by exactly one remaining key fixes that key's order), then fingerprints are
 * assigned in reverse peel order so that F[h0] ^ F[h1] ^ F[h2] = fingerprint(key) for every key. Peeling
 * fails with small probability; a new seed is tried then. Keys are 64-bit (two 32-bit words, see hash.ts);
 * duplicates are detected during construction (they cancel in the XOR sums) and dropped, as in the C code.
 */
import { fmix32 } from "./hash.js";

export interface FuseLayout {
  segmentLength: number;
  segmentCount: number;
  arrayLength: number;
  seed: readonly [number, number, number];
}

/** Reference parameters (binary_fuse_calculate_segment_length / _size_factor, arity 3). */
export function fuseLayout(size: number, seed: readonly [number, number, number]): FuseLayout {
  let segmentLength = size === 0 ? 4 : 2 ** Math.floor(Math.log(size) / Math.log(3.33) + 2.25);
  if (segmentLength > 262144) segmentLength = 262144;
  const sizeFactor = size <= 1 ? 0 : Math.max(1.125, 0.875 + (0.25 * Math.log(1000000)) / Math.log(size));
  const capacity = size <= 1 ? 0 : Math.round(size * sizeFactor);
  const initSegmentCount = Math.max(0, Math.ceil(capacity / segmentLength) - 2);
  let segmentCount = initSegmentCount + 2;
  segmentCount = segmentCount <= 2 ? 1 : segmentCount - 2;
  return { segmentLength, segmentCount, arrayLength: (segmentCount + 2) * segmentLength, seed };
}

/**
 * Three seeded 32-bit hashes of key (ka, kb): w0 picks the first segment and cell, w1 the cell in the
 * second, w2 the cell in the third (low bits) and the fingerprint (top 8 bits, disjoint from any mask).
 */
const range = (layout: FuseLayout): number => (layout.segmentCount * layout.segmentLength) / 4294967296;

/** Cells and fingerprint of key (ka, kb) under a layout; `out` receives h0, h1, h2, fingerprint. */
export function fusePositions(ka: number, kb: number, layout: FuseLayout, out: Uint32Array): void {
  const [s0, s1, s2] = layout.seed;
  const L = layout.segmentLength;
  const mask = L - 1;
  const w0 = fmix32(ka ^ s0);
  const w1 = fmix32(kb ^ s1);
  const w2 = fmix32(ka ^ kb ^ s2);
  // Fast range reduction (Lemire): w0 * range maps w0 onto [0, segmentCount * L) without a modulo; the
  // product is below segmentCount * L, so truncation is the floor.
  const h0 = (w0 * range(layout)) >>> 0;
  out[0] = h0;
  out[1] = (h0 + L) ^ (w1 & mask);
  out[2] = (h0 + 2 * L) ^ (w2 & mask);
  out[3] = w2 >>> 24;
}

export class BinaryFuse8 {
  readonly layout: FuseLayout;
  /** Number of distinct keys stored. */
  readonly size: number;
  readonly fingerprints: Uint8Array;
  // The layout unpacked into fields: a look-up reads them directly.
  private readonly L: number;
  private readonly mask: number;
  private readonly range: number;
  private readonly s0: number;
  private readonly s1: number;
  private readonly s2: number;

  constructor(layout: FuseLayout, size: number, fingerprints: Uint8Array) {
    this.layout = layout;
    this.size = size;
    this.fingerprints = fingerprints;
    this.L = layout.segmentLength;
    this.mask = layout.segmentLength - 1;
    this.range = range(layout);
    [this.s0, this.s1, this.s2] = layout.seed;
  }

  /** True for every stored key; for other keys true with probability ~1/256. Same arithmetic as fusePositions. */
  contains(ka: number, kb: number): boolean {
    if (this.size === 0) return false;
    const w0 = fmix32(ka ^ this.s0);
    const w1 = fmix32(kb ^ this.s1);
    const w2 = fmix32(ka ^ kb ^ this.s2);
    const h0 = (w0 * this.range) >>> 0;
    const L = this.L;
    const F = this.fingerprints;
    return ((w2 >>> 24) ^ F[h0] ^ F[(h0 + L) ^ (w1 & this.mask)] ^ F[(h0 + 2 * L) ^ (w2 & this.mask)]) === 0;
  }

  /**
   * Builds the filter from n keys given as two word arrays (duplicates allowed). `nextSeed` supplies
   * seeds; it is called again after a failed peel (rare).
   */
  static build(ka: Uint32Array, kb: Uint32Array, n: number, nextSeed: () => number): BinaryFuse8 {
    let size = n;
    let deduped = false;
    const pos = new Uint32Array(4);
    for (let attempt = 0; attempt < 100; attempt++) {
      // A duplicate that shares its cells with other keys is not caught while adding and can never peel;
      // after a first failure the keys are made distinct once (the C code sorts and dedupes at this point).
      if (attempt > 0 && !deduped) {
        ({ ka, kb, n } = distinctKeys(ka, kb, n));
        size = n;
        deduped = true;
      }
      const layout = fuseLayout(size, [nextSeed(), nextSeed(), nextSeed()]);
      const cap = layout.arrayLength;
      const count = new Uint8Array(cap); // (keys in cell) << 2 | XOR of the cell's position indices (0, 1, 2)
      const xa = new Uint32Array(cap);
      const xb = new Uint32Array(cap);
      let duplicates = 0;
      let overflow = false;
      for (let i = 0; i < n; i++) {
        const a = ka[i];
        const b = kb[i];
        fusePositions(a, b, layout, pos);
        const h0 = pos[0];
        const h1 = pos[1];
        const h2 = pos[2];
        count[h0] += 4;
        xa[h0] ^= a;
        xb[h0] ^= b;
        count[h1] += 4;
        count[h1] ^= 1;
        xa[h1] ^= a;
        xb[h1] ^= b;
        count[h2] += 4;
        count[h2] ^= 2;
        xa[h2] ^= a;
        xb[h2] ^= b;
        // A key seen twice cancels out of its cells: a cell holding "two" keys with a zero XOR is a duplicate.
        if (
          (xa[h0] === 0 && xb[h0] === 0 && count[h0] === 8) ||
          (xa[h1] === 0 && xb[h1] === 0 && count[h1] === 8) ||
          (xa[h2] === 0 && xb[h2] === 0 && count[h2] === 8)
        ) {
          duplicates++;
          count[h0] -= 4;
          xa[h0] ^= a;
          xb[h0] ^= b;
          count[h1] -= 4;
          count[h1] ^= 1;
          xa[h1] ^= a;
          xb[h1] ^= b;
          count[h2] -= 4;
          count[h2] ^= 2;
          xa[h2] ^= a;
          xb[h2] ^= b;
        }
        if (count[h0] < 4 || count[h1] < 4 || count[h2] < 4) overflow = true; // > 63 keys in a cell: reseed
      }
      if (overflow) continue;
      const alone = new Uint32Array(cap);
      let q = 0;
      for (let i = 0; i < cap; i++) if (count[i] >> 2 === 1) alone[q++] = i;
      const order = new Uint32Array(2 * size);
      const orderH = new Uint8Array(size);
      let stack = 0;
      const h = new Uint32Array(5);
      while (q > 0) {
        const index = alone[--q];
        if (count[index] >> 2 !== 1) continue;
        const a = xa[index];
        const b = xb[index];
        fusePositions(a, b, layout, pos);
        h[0] = pos[0];
        h[1] = pos[1];
        h[2] = pos[2];
        h[3] = pos[0];
        h[4] = pos[1];
        const found = count[index] & 3;
        orderH[stack] = found;
        order[2 * stack] = a;
        order[2 * stack + 1] = b;
        stack++;
        for (let k = 1; k <= 2; k++) {
          const other = h[found + k];
          if (count[other] >> 2 === 2) alone[q++] = other;
          count[other] -= 4;
          count[other] ^= (found + k) % 3;
          xa[other] ^= a;
          xb[other] ^= b;
        }
      }
      if (stack + duplicates !== n) continue;
      size = stack;
      const F = new Uint8Array(cap);
      for (let i = stack - 1; i >= 0; i--) {
        fusePositions(order[2 * i], order[2 * i + 1], layout, pos);
        h[0] = pos[0];
        h[1] = pos[1];
        h[2] = pos[2];
        h[3] = pos[0];
        h[4] = pos[1];
        const found = orderH[i];
        F[h[found]] = pos[3] ^ F[h[found + 1]] ^ F[h[found + 2]];
      }
      // The layout was sized for n keys; with duplicates dropped it is a little roomier, never smaller.
      return new BinaryFuse8(layout, size, F);
    }
    throw new Error("binary fuse construction failed after 100 seeds");
  }
}

/** The distinct keys among the first n, in first-seen order (an open-addressing table of indexes). */
function distinctKeys(ka: Uint32Array, kb: Uint32Array, n: number): { ka: Uint32Array; kb: Uint32Array; n: number } {
  let cap = 1;
  while (cap < 2 * n) cap *= 2;
  const slots = new Int32Array(cap).fill(-1);
  const oa = new Uint32Array(n);
  const ob = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = ka[i];
    const b = kb[i];
    let h = fmix32(a ^ Math.imul(b, 0x9e3779b1)) & (cap - 1);
    for (;;) {
      const j = slots[h];
      if (j < 0) {
        slots[h] = m;
        oa[m] = a;
        ob[m] = b;
        m++;
        break;
      }
      if (oa[j] === a && ob[j] === b) break;
      h = (h + 1) & (cap - 1);
    }
  }
  return { ka: oa, kb: ob, n: m };
}
