/**
 * Streams an ICANN CZDS zone file (RFC 1035 §5 master format as CZDS publishes it: one record per line,
 * absolute owner names, "owner TTL class type rdata", tabs or spaces; gzip-compressed as .txt.gz) and
 * yields the key of every registered name: an owner one label below the TLD that has an NS record
 * (a delegation). Glue (ns1.example.com A ...), DS and the apex records are skipped. Bytes are scanned
 * in place (no string per line), since a .com zone has hundreds of millions of lines. Lines are bounded
 * (64 KiB) so a file without newlines cannot grow memory without limit.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { AvailabilityDataError } from "../errors.js";
import { hashLabelBytes } from "./hash.js";

const MAX_LINE = 64 * 1024;
const NL = 10;
const SPACE = 32;
const TAB = 9;
const CR = 13;
const DOT = 46;

export interface ZoneScan {
  tld: string;
  /** Registered names seen (consecutive duplicates folded). */
  names: number;
  /** Lines read. */
  lines: number;
}

/** Key sink: (ka, kb) of each registered label. */
export type KeySink = (ka: number, kb: number) => void;

const isSpace = (c: number): boolean => c === SPACE || c === TAB || c === CR;

/** Scans a CZDS zone file (.gz detected by its magic bytes) and sends each registered name's key to `sink`. */
export interface ScanOptions {
  /** The zone's TLD when the file has no SOA first. */
  tld?: string;
  /** Called every 2^22 lines (a .com zone has ~400M): lines and names so far. */
  onProgress?: (lines: number, names: number) => void;
}

export async function scanZoneFile(file: string, sink: KeySink, options: ScanOptions = {}): Promise<ZoneScan> {
  const fh = await open(file, "r");
  const magic = Buffer.alloc(2);
  try {
    await fh.read(magic, 0, 2, 0);
  } finally {
    await fh.close();
  }
  const raw = createReadStream(file);
  const stream = magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.destroy(e));
  const scanner = new ZoneScanner(sink, options.tld, file, options.onProgress);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) scanner.push(chunk);
  } catch (e) {
    if (e instanceof AvailabilityDataError) throw e;
    throw new AvailabilityDataError("bad_zone", `cannot read zone file ${file}: ${(e as Error).message}`);
  }
  return scanner.end();
}

/** The byte-level scanner, usable on any chunked input (tests feed it directly). */
export class ZoneScanner {
  private tld: Uint8Array | undefined;
  private tldText: string | undefined;
  private carry: Buffer = Buffer.alloc(0);
  private readonly key = new Uint32Array(2);
  private lastA = -1;
  private lastB = -1;
  private names = 0;
  private lines = 0;

  constructor(
    private readonly sink: KeySink,
    tld: string | undefined,
    private readonly file: string,
    private readonly onProgress?: (lines: number, names: number) => void,
  ) {
    if (tld !== undefined) this.setTld(tld);
  }

  private setTld(tld: string): void {
    const t = tld.toLowerCase().replace(/^\.|\.$/g, "");
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(t))
      throw new AvailabilityDataError("bad_zone", `"${tld}" is not a TLD in ASCII form`);
    this.tldText = t;
    this.tld = Buffer.from(`${t}.`, "ascii");
  }

  push(chunk: Buffer): void {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(NL, start);
      if (nl < 0) break;
      this.line(buf, start, nl);
      start = nl + 1;
    }
    buf = buf.subarray(start);
    if (buf.length > MAX_LINE)
      throw new AvailabilityDataError("bad_zone", `${this.file}: a line is longer than ${MAX_LINE} bytes`);
    this.carry = Buffer.from(buf);
  }

  end(): ZoneScan {
    if (this.carry.length > 0) this.line(this.carry, 0, this.carry.length);
    this.carry = Buffer.alloc(0);
    if (!this.tldText) throw new AvailabilityDataError("bad_zone", `${this.file}: no SOA record names the zone's TLD`);
    return { tld: this.tldText, names: this.names, lines: this.lines };
  }

  private line(b: Buffer, s: number, e: number): void {
    if ((++this.lines & 0x3fffff) === 0) this.onProgress?.(this.lines, this.names);
    // Fields: owner, then up to TTL and class before the type.
    let i = s;
    while (i < e && isSpace(b[i])) i++;
    if (i === e || b[i] === 59 /* ; */ || b[i] === 36 /* $ */ || i !== s) return; // blank, comment, directive, continuation
    const ownerStart = i;
    while (i < e && !isSpace(b[i])) i++;
    const ownerEnd = i;
    let typeStart = -1;
    let typeEnd = -1;
    for (let f = 0; f < 3 && i < e; f++) {
      while (i < e && isSpace(b[i])) i++;
      const fs = i;
      while (i < e && !isSpace(b[i])) i++;
      if (fs === i) break;
      const c = b[fs] | 32;
      const len = i - fs;
      const isTtl = b[fs] >= 48 && b[fs] <= 57;
      const isClass =
        len === 2 &&
        ((c === 105 && (b[fs + 1] | 32) === 110) ||
          (c === 99 && (b[fs + 1] | 32) === 104) ||
          (c === 104 && (b[fs + 1] | 32) === 115));
      if (!isTtl && !isClass) {
        typeStart = fs;
        typeEnd = i;
        break;
      }
    }
    if (typeStart < 0) return;
    const tlen = typeEnd - typeStart;
    const t0 = b[typeStart] | 32;
    if (tlen === 3 && t0 === 115 && (b[typeStart + 1] | 32) === 111 && (b[typeStart + 2] | 32) === 97) {
      // SOA at the apex names the zone.
      if (!this.tld) this.setTld(b.toString("ascii", ownerStart, ownerEnd));
      return;
    }
    if (tlen !== 2 || t0 !== 110 || (b[typeStart + 1] | 32) !== 115) return; // not NS
    const tld = this.tld;
    if (!tld) throw new AvailabilityDataError("bad_zone", `${this.file}: NS records before the SOA; pass the TLD`);
    // Owner must be "<label>.<tld>." exactly: one label, then the TLD with its final dot.
    let dot = ownerStart;
    while (dot < ownerEnd && b[dot] !== DOT) dot++;
    if (dot === ownerStart || ownerEnd - (dot + 1) !== tld.length) return;
    for (let k = 0; k < tld.length; k++) if ((b[dot + 1 + k] | 32) !== tld[k] && b[dot + 1 + k] !== tld[k]) return;
    hashLabelBytes(b, ownerStart, dot, this.key);
    const a = this.key[0];
    const kb = this.key[1];
    if (a === this.lastA && kb === this.lastB) return; // the same delegation's next NS line
    this.lastA = a;
    this.lastB = kb;
    this.names++;
    this.sink(a, kb);
  }
}
