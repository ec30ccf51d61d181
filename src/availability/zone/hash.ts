/**
 * The 64-bit key of a zone label, as two 32-bit words, computed identically from a JS string (look-ups)
 * and from the bytes of a zone file (builds, no string made). Two multiplicative lanes over the bytes
 * (FNV-1a's and MurmurHash2's multipliers; the second lane also shifts, so the two are not linear in the
 * same way), each finished with MurmurHash3's fmix32 avalanche. Only 32-bit integer operations (Math.imul),
 * which V8 keeps unboxed. Two names with one key can only make the index say "taken" for the absent one.
 */

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Key words of an ASCII label (letters folded to lower case); out[0], out[1] receive the two words. */
export function hashLabel(label: string, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  const n = label.length;
  for (let i = 0; i < n; i++) {
    let c = label.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[0] = fmix32(a ^ n);
  out[1] = fmix32(b ^ Math.imul(n, 0x9e3779b1));
}

/** The same key from bytes[start, end) (ASCII). */
export function hashLabelBytes(bytes: Uint8Array, start: number, end: number, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = start; i < end; i++) {
    let c = bytes[i];
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const n = end - start;
  out[0] = fmix32(a ^ n);
  out[1] = fmix32(b ^ Math.imul(n, 0x9e3779b1));
}
