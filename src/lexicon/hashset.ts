/**
 * A compact, read-only hash set of words with an optional frequency rank per word, laid out in flat typed
 * arrays so that it can be written to and read from one binary file without parsing (load = one read).
 *
 * Hash: 32-bit FNV-1a over UTF-16 code units, h = (h XOR c) * 16777619 (mod 2^32), which extends one
 * character at a time; segmentation therefore probes every substring label[i..j) for j = i+1, i+2, ...
 * without allocating a string. Open addressing with linear probing, table size a power of two >= 2n.
 *
 * Prefix filter: a bitmap (PREFIX_BITS bits, 64 KB) of the hashes of the first PREFIX_LEN characters of every
 * longer entry. A probe that has read PREFIX_LEN characters without the bit set can stop: no longer entry
 * starts that way. This cuts segmentation's probes by about half (most 4-letter strings start no word).
 *
 * File layout (little-endian), all sections 4-byte aligned:
 *   header: u32 magic "NWLX", u32 format, u32 n, u32 tableSize, u32 charCount, u32 maxLen, u32 rankedCount,
 *           u32 keyBytes, key (UTF-8, padded to 4)
 *   offsets u32[n+1] | ranks i32[n] (-1 = none) | table i32[tableSize] (entry+1, 0 = empty) |
 *   prefix u32[PREFIX_BITS/32] | chars u16[charCount]
 */

import { FNV_OFFSET, fnvStep } from "../core/hash.js";

export { FNV_OFFSET, fnvStep };

const MAGIC = 0x584c574e; // "NWLX"
const FORMAT = 2;
const HEADER_WORDS = 8;
/** Length of the prefixes in the prefix filter. */
export const PREFIX_LEN = 4;
const PREFIX_BITS = 1 << 19;
const PREFIX_MASK = PREFIX_BITS - 1;

export class CompactWordSet {
  private constructor(
    private readonly offsets: Uint32Array,
    private readonly ranks: Int32Array,
    private readonly table: Int32Array,
    private readonly prefix: Uint32Array,
    private readonly chars: Uint16Array,
    readonly maxLength: number,
    readonly rankedCount: number,
  ) {}

  get size(): number {
    return this.offsets.length - 1;
  }

  /**
   * Builds the set; `ranks` gives a rank to some of the words (others get none; negative values are kept
   * as markers, see store.ts). Duplicates are kept once.
   */
  static build(words: Iterable<string>, ranks?: ReadonlyMap<string, number>): CompactWordSet {
    const unique = [...new Set(words)];
    const n = unique.length;
    let charCount = 0;
    let maxLen = 0;
    for (const w of unique) {
      charCount += w.length;
      if (w.length > maxLen) maxLen = w.length;
    }
    let tableSize = 16;
    while (tableSize < 2 * n) tableSize *= 2;
    const offsets = new Uint32Array(n + 1);
    const rankArr = new Int32Array(n).fill(-1);
    const table = new Int32Array(tableSize);
    const chars = new Uint16Array(charCount);
    const prefix = new Uint32Array(PREFIX_BITS >>> 5);
    const mask = tableSize - 1;
    let pos = 0;
    let ranked = 0;
    for (let e = 0; e < n; e++) {
      const w = unique[e];
      offsets[e] = pos;
      let h = FNV_OFFSET;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        chars[pos++] = c;
        h = fnvStep(h, c);
        if (k === PREFIX_LEN - 1 && w.length > PREFIX_LEN) {
          const b = h & PREFIX_MASK;
          prefix[b >>> 5] |= 1 << (b & 31);
        }
      }
      const r = ranks?.get(w);
      if (r !== undefined) {
        rankArr[e] = r;
        if (r >= 0) ranked++;
      }
      let slot = h & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    offsets[n] = pos;
    return new CompactWordSet(offsets, rankArr, table, prefix, chars, maxLen, ranked);
  }

  /**
   * False when no entry longer than PREFIX_LEN starts with the PREFIX_LEN characters whose FNV-1a hash
   * is `h` (true may be a false positive). Only meaningful for h over exactly PREFIX_LEN characters.
   */
  mayExtend(h: number): boolean {
    const b = h & PREFIX_MASK;
    return (this.prefix[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /**
   * Entry index of s[start, end) given its FNV-1a hash `h`, or -1. No allocation.
   * Characters are compared exactly (the caller folds case/accents beforehand).
   */
  findHashed(h: number, s: string, start: number, end: number): number {
    const size = this.table.length;
    const mask = size - 1;
    const n = this.offsets.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (let probes = 0; probes < size; probes++) {
      const e1 = this.table[slot];
      if (e1 <= 0 || e1 > n) return -1;
      const e = e1 - 1;
      const o = this.offsets[e];
      if (this.offsets[e + 1] - o === len) {
        let k = 0;
        while (k < len && this.chars[o + k] === s.charCodeAt(start + k)) k++;
        if (k === len) return e;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Entry index of s[start, end) (default: all of s), or -1. */
  find(s: string, start = 0, end = s.length): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) h = fnvStep(h, s.charCodeAt(k));
    return this.findHashed(h, s, start, end);
  }

  /** Rank of entry `e` (from find): >= 0 a frequency rank, -1 none, below -1 a marker set at build time. */
  rankOf(e: number): number {
    return e < 0 || e >= this.ranks.length ? -1 : this.ranks[e];
  }

  /** The word stored as entry `e`. */
  wordAt(e: number): string {
    return String.fromCharCode(...this.chars.subarray(this.offsets[e], this.offsets[e + 1]));
  }

  /** Serialises to the file layout above; `key` records what the set was built from (for cache checks). */
  toBuffer(key: string): Buffer {
    const keyBytes = Buffer.from(key, "utf8");
    const keyPadded = (keyBytes.length + 3) & ~3;
    const n = this.size;
    const charBytes = (this.chars.length * 2 + 3) & ~3;
    const total =
      HEADER_WORDS * 4 + keyPadded + (n + 1) * 4 + n * 4 + this.table.length * 4 + this.prefix.byteLength + charBytes;
    const buf = Buffer.alloc(total);
    const head = [
      MAGIC,
      FORMAT,
      n,
      this.table.length,
      this.chars.length,
      this.maxLength,
      this.rankedCount,
      keyBytes.length,
    ];
    head.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
    keyBytes.copy(buf, HEADER_WORDS * 4);
    let off = HEADER_WORDS * 4 + keyPadded;
    for (const arr of [this.offsets, this.ranks, this.table, this.prefix, this.chars]) {
      Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(buf, off);
      off += (arr.byteLength + 3) & ~3;
    }
    return buf;
  }

  /**
   * Reads a buffer written by toBuffer. Every length in the header is checked against the buffer before a
   * view is made; returns undefined (the caller rebuilds) when anything is off or the key differs. The
   * contents are not scanned (that would cost about as much as rebuilding); instead
   * look-ups are safe on any contents: probing stops after tableSize slots, entry indices are range-
   * checked, and out-of-range reads of typed arrays compare unequal. A corrupt file can give wrong
   * answers, never a crash or a hang.
   */
  static fromBuffer(data: Uint8Array, expectedKey: string): CompactWordSet | undefined {
    // Typed views need 4-byte alignment; copy when the underlying buffer is not aligned.
    const bytes = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
    const layout = readLayout(bytes, bytes.byteLength, expectedKey);
    if (!layout) return undefined;
    const { n, tableSize, charCount } = layout;
    const base = bytes.byteOffset;
    const offsets = new Uint32Array(bytes.buffer, base + layout.offsetsAt, n + 1);
    const ranks = new Int32Array(bytes.buffer, base + layout.ranksAt, n);
    const table = new Int32Array(bytes.buffer, base + layout.tableAt, tableSize);
    const prefix = new Uint32Array(bytes.buffer, base + layout.prefixAt, PREFIX_BITS >>> 5);
    const chars = new Uint16Array(bytes.buffer, base + layout.charsAt, charCount);
    if (offsets[0] !== 0 || offsets[n] !== charCount) return undefined;
    return new CompactWordSet(offsets, ranks, table, prefix, chars, layout.maxLength, layout.rankedCount);
  }
}

/** Where each section of a file written by toBuffer lies (byte offsets from its start). */
export interface SetLayout {
  n: number;
  tableSize: number;
  charCount: number;
  maxLength: number;
  rankedCount: number;
  offsetsAt: number;
  ranksAt: number;
  tableAt: number;
  prefixAt: number;
  charsAt: number;
}

/** Bytes of the header plus its key: enough for readLayout when the key is at most `keyBytes` long. */
export function headerBytes(keyBytes: number): number {
  return HEADER_WORDS * 4 + ((keyBytes + 3) & ~3);
}

/**
 * Reads and checks the header at the start of `head` (the whole file or its first bytes) against the
 * file's total length; undefined when anything is off or the key differs. Every length in the header is
 * checked against `totalBytes` before a caller makes a view or reads at an offset.
 */
export function readLayout(head: Uint8Array, totalBytes: number, expectedKey: string): SetLayout | undefined {
  if (head.byteLength < HEADER_WORDS * 4) return undefined;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const h = (i: number): number => dv.getUint32(i * 4, true);
  if (h(0) !== MAGIC || h(1) !== FORMAT) return undefined;
  const n = h(2),
    tableSize = h(3),
    charCount = h(4),
    maxLength = h(5),
    rankedCount = h(6),
    keyLen = h(7);
  if (tableSize === 0 || (tableSize & (tableSize - 1)) !== 0 || tableSize <= n) return undefined;
  const keyPadded = (keyLen + 3) & ~3;
  const offsetsAt = HEADER_WORDS * 4 + keyPadded;
  if (offsetsAt > head.byteLength) return undefined;
  const key = Buffer.from(head.buffer, head.byteOffset + HEADER_WORDS * 4, keyLen).toString("utf8");
  if (key !== expectedKey) return undefined;
  const ranksAt = offsetsAt + (n + 1) * 4;
  const tableAt = ranksAt + n * 4;
  const prefixAt = tableAt + tableSize * 4;
  const charsAt = prefixAt + PREFIX_BITS / 8;
  if (charsAt + ((charCount * 2 + 3) & ~3) !== totalBytes) return undefined;
  return { n, tableSize, charCount, maxLength, rankedCount, offsetsAt, ranksAt, tableAt, prefixAt, charsAt };
}
