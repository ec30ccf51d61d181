/**
 * Zone-file indexes: which names of a TLD are delegated, from its ICANN CZDS zone file, in ~9 bits per
 * name (a binary fuse filter, see fuse.ts for why). `has(domain)` true means "in the zone, so taken" (with
 * a 2^-8 chance that an absent name collides: a false "taken", never a false "available"); false means
 * only "not delegated": the name may still be registered (on hold, or added since the file's date), so
 * RDAP decides.
 *
 * File format (little-endian): "NWZONE1\n", u32 header length, header JSON, fingerprints, u32 FNV-1a of
 * the fingerprints. Every field is checked on load before anything is allocated from it.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { AvailabilityDataError } from "../errors.js";
import { BinaryFuse8, type FuseLayout } from "./fuse.js";
import { hashLabel, hashLabelRange } from "./hash.js";
import { scanZoneFile, type ScanOptions } from "./parse.js";

export { BinaryFuse8, fuseLayout, type FuseLayout } from "./fuse.js";
export { hashLabel, hashLabelBytes, hashLabelRange } from "./hash.js";
export { scanZoneFile, ZoneScanner, type ZoneScan, type KeySink, type ScanOptions } from "./parse.js";

const MAGIC = Buffer.from("NWZONE1\n", "ascii");
const MAX_HEADER = 64 * 1024;
const HASH_NAME = "fnv1a+murmur2 16-bit lanes, fmix32-seeded positions v3";

interface Header {
  tld: string;
  count: number;
  label: string;
  hash: string;
  segmentLength: number;
  segmentCount: number;
  arrayLength: number;
  seed: [number, number, number];
}

/** Grows two word arrays of keys. */
class KeyBuffer {
  a = new Uint32Array(1 << 16);
  b = new Uint32Array(1 << 16);
  n = 0;
  push = (ka: number, kb: number): void => {
    if (this.n === this.a.length) {
      const a = new Uint32Array(this.a.length * 2);
      const b = new Uint32Array(this.b.length * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.n] = ka;
    this.b[this.n] = kb;
    this.n++;
  };
}

/** A seeded splitmix32-style generator, so an index built twice from one zone is byte-identical. */
function seeds(start: number): () => number {
  let s = start >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

export class ZoneIndex {
  readonly tld: string;
  /** What the index was built from ("the .com zone file of 2026-12-01"), for reasons shown to users. */
  readonly label: string;
  private readonly filter: BinaryFuse8;
  private readonly key = new Uint32Array(2);
  /** ".com": stripped from names before hashing. */
  private readonly suffix: string;

  constructor(tld: string, label: string, filter: BinaryFuse8) {
    this.tld = tld;
    this.suffix = `.${tld}`;
    this.label = label;
    this.filter = filter;
  }

  /** Distinct names stored. */
  get count(): number {
    return this.filter.size;
  }

  get bitsPerName(): number {
    return this.filter.size === 0 ? 0 : (this.filter.fingerprints.length * 8) / this.filter.size;
  }

  /** Builds from labels or full names of this TLD ("example" or "example.com"). */
  static fromNames(tld: string, names: Iterable<string>, label = `the .${tld} zone`): ZoneIndex {
    const t = tld.toLowerCase();
    const keys = new KeyBuffer();
    const k = new Uint32Array(2);
    for (const name of names) {
      hashLabel(labelOf(name, t), k);
      keys.push(k[0], k[1]);
    }
    return new ZoneIndex(t, label, BinaryFuse8.build(keys.a, keys.b, keys.n, seeds(0x5eed)));
  }

  /** True when `domain` ("example.com", or a bare label) is in the zone: taken. */
  has(domain: string): boolean {
    // The label is domain[0, end): a final root dot and the TLD suffix (any case) are cut by index, so a
    // look-up allocates nothing.
    let end = domain.length;
    if (end > 0 && domain.charCodeAt(end - 1) === 46) end--;
    const suffix = this.suffix;
    const start = end - suffix.length;
    if (start > 0) {
      let match = true;
      for (let i = 0; i < suffix.length && match; i++)
        match = (domain.charCodeAt(start + i) | 32) === suffix.charCodeAt(i);
      if (match) end = start;
    }
    hashLabelRange(domain, 0, end, this.key);
    return this.filter.contains(this.key[0], this.key[1]);
  }

  /** Membership by a precomputed key (hashLabel), for bulk look-ups without string slicing. */
  hasKey(ka: number, kb: number): boolean {
    return this.filter.contains(ka, kb);
  }

  save(path: string): void {
    const l = this.filter.layout;
    const header: Header = {
      tld: this.tld,
      count: this.filter.size,
      label: this.label,
      hash: HASH_NAME,
      segmentLength: l.segmentLength,
      segmentCount: l.segmentCount,
      arrayLength: l.arrayLength,
      seed: [...l.seed] as [number, number, number],
    };
    const h = Buffer.from(JSON.stringify(header), "utf8");
    const len = Buffer.alloc(4);
    len.writeUInt32LE(h.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32LE(fnv1a(this.filter.fingerprints));
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([MAGIC, len, h, this.filter.fingerprints, sum]));
    renameSync(tmp, path);
  }
}

function labelOf(name: string, tld: string): string {
  const n = name.toLowerCase().replace(/\.$/, "");
  const suffix = `.${tld}`;
  return n.endsWith(suffix) ? n.slice(0, -suffix.length) : n;
}

/** Builds an index by streaming a CZDS zone file (.txt.gz or .txt). */
export async function buildZoneIndexFromFile(
  file: string,
  options: ScanOptions & { label?: string } = {},
): Promise<ZoneIndex> {
  const keys = new KeyBuffer();
  const scan = await scanZoneFile(file, keys.push, options);
  const filter = BinaryFuse8.build(keys.a, keys.b, keys.n, seeds(0x5eed));
  const label = options.label ?? `the .${scan.tld} zone file ${file.split("/").pop()}`;
  return new ZoneIndex(scan.tld, label, filter);
}

function bad(path: string, why: string): never {
  throw new AvailabilityDataError("bad_zone_index", `${path} is not a usable zone index: ${why}`);
}

const isWhole = (v: unknown, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;

/** Loads an index written by save(), checking every length and the checksum. */
export function loadZoneIndex(path: string): ZoneIndex {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new AvailabilityDataError("no_zone_index", `cannot read zone index ${path}: ${(e as Error).message}`);
  }
  if (buf.length < MAGIC.length + 8 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) bad(path, "wrong magic");
  const hlen = buf.readUInt32LE(MAGIC.length);
  if (hlen > MAX_HEADER || MAGIC.length + 4 + hlen > buf.length) bad(path, "header length out of range");
  let h: Partial<Header>;
  try {
    h = JSON.parse(buf.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + hlen)) as Partial<Header>;
  } catch {
    bad(path, "header is not JSON");
  }
  if (h.hash !== HASH_NAME) bad(path, `built with another hash (${String(h.hash)})`);
  if (typeof h.tld !== "string" || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(h.tld)) bad(path, "bad TLD");
  if (!isWhole(h.count, 2 ** 32)) bad(path, "bad count");
  if (!isWhole(h.segmentLength, 262144) || (h.segmentLength & (h.segmentLength - 1)) !== 0 || h.segmentLength < 1)
    bad(path, "bad segment length");
  if (!isWhole(h.segmentCount, 2 ** 32) || h.segmentCount < 1) bad(path, "bad segment count");
  if (h.arrayLength !== (h.segmentCount + 2) * h.segmentLength) bad(path, "array length does not match the layout");
  if (!Array.isArray(h.seed) || h.seed.length !== 3 || !h.seed.every((s) => isWhole(s, 2 ** 32 - 1)))
    bad(path, "bad seed");
  const start = MAGIC.length + 4 + hlen;
  if (buf.length !== start + h.arrayLength + 4) bad(path, "file size does not match the header (truncated?)");
  const fingerprints = new Uint8Array(buf.buffer, buf.byteOffset + start, h.arrayLength);
  if (buf.readUInt32LE(start + h.arrayLength) !== fnv1a(fingerprints)) bad(path, "checksum mismatch");
  const layout: FuseLayout = {
    segmentLength: h.segmentLength,
    segmentCount: h.segmentCount,
    arrayLength: h.arrayLength,
    seed: h.seed as [number, number, number],
  };
  return new ZoneIndex(
    h.tld,
    typeof h.label === "string" ? h.label : `the .${h.tld} zone`,
    new BinaryFuse8(layout, h.count, fingerprints),
  );
}
