/**
 * The 64-bit key of a zone label, as two 32-bit words, computed identically from a JS string (look-ups)
 * and from the bytes of a zone file (builds, no string made). Two multiplicative lanes over the bytes
 * (FNV-1a's and MurmurHash2's multipliers, over 16-bit pairs of characters; the second lane also shifts, so the two are not linear in the
 * same way). The lanes are left raw: the filter avalanches them with MurmurHash3's fmix32 together with its
 * seed (fuse.ts), so finishing them here would only double the work of a look-up. Only 32-bit integer
 * operations (Math.imul), which V8 keeps unboxed. Two names with one key can only make the index say
 * "taken" for the absent one.
 */

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Key words of an ASCII label (LDH letters folded to lower case); out[0], out[1] receive the two words. */
export function hashLabel(label: string, out: Uint32Array): void {
  hashLabelRange(label, 0, label.length, out);
}

/**
 * The key of label = text[start, end), without slicing the string (look-ups take "label.tld" as given).
 * Characters go in two at a time (16 bits per step: half the multiplies of a byte-wise loop).
 */
export function hashLabelRange(text: string, start: number, end: number, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  let i = start;
  // "| 32" lower-cases A-Z and leaves a-z, 0-9 and "-" (which have that bit set) unchanged: the whole LDH
  // alphabet folds without a branch.
  for (; i + 1 < end; i += 2) {
    const c = text.charCodeAt(i) | 32 | ((text.charCodeAt(i + 1) | 32) << 8);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  if (i < end) {
    const c = text.charCodeAt(i) | 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const n = end - start;
  out[0] = (a ^ n) >>> 0;
  out[1] = (b ^ Math.imul(n, 0x9e3779b1)) >>> 0;
}

/** The same key from bytes[start, end) (ASCII). */
export function hashLabelBytes(bytes: Uint8Array, start: number, end: number, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const c = bytes[i] | 32 | ((bytes[i + 1] | 32) << 8);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  if (i < end) {
    const c = bytes[i] | 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const n = end - start;
  out[0] = (a ^ n) >>> 0;
  out[1] = (b ^ Math.imul(n, 0x9e3779b1)) >>> 0;
}
