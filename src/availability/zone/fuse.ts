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

/** Cells and fingerprint of key (ka, kb) under a layout; `out` receives h0, h1, h2, fingerprint. */
export function fusePositions(ka: number, kb: number, layout: FuseLayout, out: Uint32Array): void {
  const [s0, s1, s2] = layout.seed;
  const L = layout.segmentLength;
  const mask = L - 1;
  const w0 = fmix32(ka ^ fmix32(kb ^ s0));
  const w1 = fmix32(kb ^ fmix32(w0 ^ s1));
  const w2 = fmix32(w1 ^ s2);
  // Multiply-high maps w0 onto [0, segmentCount * L) without a modulo (Lemire's fast range reduction).
  const h0 = Math.floor((w0 * (layout.segmentCount * L)) / 4294967296);
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

  constructor(layout: FuseLayout, size: number, fingerprints: Uint8Array) {
    this.layout = layout;
    this.size = size;
    this.fingerprints = fingerprints;
  }

  /** True for every stored key; for other keys true with probability ~1/256. */
  contains(ka: number, kb: number): boolean {
    if (this.size === 0) return false;
    const { segmentLength: L, segmentCount, seed } = this.layout;
    const mask = L - 1;
    const w0 = fmix32(ka ^ fmix32(kb ^ seed[0]));
    const w1 = fmix32(kb ^ fmix32(w0 ^ seed[1]));
    const w2 = fmix32(w1 ^ seed[2]);
    const h0 = Math.floor((w0 * (segmentCount * L)) / 4294967296);
    const F = this.fingerprints;
    return ((w2 >>> 24) ^ F[h0] ^ F[(h0 + L) ^ (w1 & mask)] ^ F[(h0 + 2 * L) ^ (w2 & mask)]) === 0;
  }

  /**
   * Builds the filter from n keys given as two word arrays (duplicates allowed). `nextSeed` supplies
   * seeds; it is called again after a failed peel (rare).
   */
  static build(ka: Uint32Array, kb: Uint32Array, n: number, nextSeed: () => number): BinaryFuse8 {
    let size = n;
    const pos = new Uint32Array(4);
    for (let attempt = 0; attempt < 100; attempt++) {
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
    throw new Error("binary fuse construction failed after 100 seeds (keys not distinct enough?)");
  }
}
