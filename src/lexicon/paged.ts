/**
 * A word set answered from its cache file on disk, a few bytes at a time, instead of reading the whole
 * file first. Language detection asks every language's dictionary about a handful of words; reading six
 * whole stores for that (tens of MB, most of it Portuguese and Italian inflections) dominated a cold start.
 * Each look-up here costs about three positioned reads from the page cache: table slots, the entry's
 * offsets, its characters. The probing and the answers are those of CompactWordSet over the same file
 * (same hash, same linear probing), so a word is found here exactly when it is found there.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { FNV_OFFSET, fnvStep, headerBytes, readLayout, type SetLayout } from "./hashset.js";

/** Table slots read per positioned read: most probes end within a few slots of the first. */
const SLOTS_PER_READ = 16;

export class PagedWordSet {
  private readonly scratch = Buffer.alloc(4 * SLOTS_PER_READ);

  private constructor(
    private fd: number | undefined,
    private readonly layout: SetLayout,
  ) {}

  /** Opens a cache file written by CompactWordSet.toBuffer; undefined when it is missing or not for `key`. */
  static open(path: string, key: string): PagedWordSet | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const total = fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(total, headerBytes(Buffer.byteLength(key, "utf8"))));
      readSync(fd, head, 0, head.length, 0);
      const layout = readLayout(head, total, key);
      if (!layout) {
        closeSync(fd);
        return undefined;
      }
      return new PagedWordSet(fd, layout);
    } catch {
      if (fd !== undefined) closeSync(fd);
      return undefined;
    }
  }

  /** Releases the file (after which every look-up answers "absent"). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private read(at: number, bytes: number): Buffer | undefined {
    if (this.fd === undefined) return undefined;
    const buf = bytes <= this.scratch.length ? this.scratch : Buffer.alloc(bytes);
    const got = readSync(this.fd, buf, 0, bytes, at);
    return got === bytes ? buf : undefined;
  }

  private u32(at: number): number {
    const b = this.read(at, 4);
    return b ? b.readUInt32LE(0) : 0;
  }

  /** Entry index of `s`, or -1 (as CompactWordSet.find on the same file). */
  find(s: string): number {
    const { n, tableSize, tableAt, offsetsAt, charsAt } = this.layout;
    let h = FNV_OFFSET;
    for (let k = 0; k < s.length; k++) h = fnvStep(h, s.charCodeAt(k));
    const mask = tableSize - 1;
    let slot = h & mask;
    for (let probes = 0; probes < tableSize;) {
      const run = Math.min(SLOTS_PER_READ, tableSize - slot);
      const slots = this.read(tableAt + slot * 4, run * 4);
      if (!slots) return -1;
      const entries = Array.from({ length: run }, (_, i) => slots.readInt32LE(i * 4));
      for (const e1 of entries) {
        if (e1 <= 0 || e1 > n) return -1;
        const e = e1 - 1;
        const o = this.u32(offsetsAt + e * 4);
        if (this.u32(offsetsAt + (e + 1) * 4) - o === s.length) {
          const chars = this.read(charsAt + o * 2, s.length * 2);
          let k = 0;
          while (chars && k < s.length && chars.readUInt16LE(k * 2) === s.charCodeAt(k)) k++;
          if (k === s.length) return e;
        }
        if (++probes >= tableSize) return -1;
      }
      slot = (slot + run) & mask;
    }
    return -1;
  }

  /** Rank of entry `e`: >= 0 a frequency rank, -1 none, below -1 a marker (as CompactWordSet.rankOf). */
  rankOf(e: number): number {
    if (e < 0 || e >= this.layout.n) return -1;
    const b = this.read(this.layout.ranksAt + e * 4, 4);
    return b ? b.readInt32LE(0) : -1;
  }
}
