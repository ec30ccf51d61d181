/**
 * Bounds-checked little-endian reader over a byte array: every read first checks that the bytes exist,
 * so a truncated or forged file raises FormatError("E_TRUNCATED") instead of reading garbage.
 */
import { FormatError } from "./errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export class ByteReader {
  pos = 0;
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    private readonly what: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  need(n: number, field: string): void {
    if (!(n >= 0) || n > this.remaining) {
      throw new FormatError(
        "E_TRUNCATED",
        `${this.what}: file ends inside ${field} (needs ${n} bytes at offset ${this.pos}, ${this.remaining} left); the file is truncated or corrupt`,
      );
    }
  }
  u8(f: string): number {
    this.need(1, f);
    return this.view.getUint8(this.pos++);
  }
  i8(f: string): number {
    this.need(1, f);
    return this.view.getInt8(this.pos++);
  }
  u16(f: string): number {
    this.need(2, f);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }
  i16(f: string): number {
    this.need(2, f);
    const v = this.view.getInt16(this.pos, true);
    this.pos += 2;
    return v;
  }
  u32(f: string): number {
    this.need(4, f);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i32(f: string): number {
    this.need(4, f);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f32(f: string): number {
    this.need(4, f);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(f: string): number {
    this.need(8, f);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** u64 as a JS number; values above 2^53 cannot be real sizes here and are rejected. */
  u64(f: string): number {
    this.need(8, f);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new FormatError("E_CORRUPT", `${this.what}: ${f} is ${v}, larger than any real file`);
    return Number(v);
  }
  i64(f: string): number {
    this.need(8, f);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
      throw new FormatError("E_UNSUPPORTED", `${this.what}: ${f} = ${v} does not fit a JS number`);
    return Number(v);
  }
  bytesOf(n: number, f: string): Uint8Array {
    this.need(n, f);
    const b = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  utf8(n: number, f: string): string {
    const b = this.bytesOf(n, f);
    try {
      return utf8.decode(b);
    } catch {
      throw new FormatError("E_CORRUPT", `${this.what}: ${f} is not valid UTF-8`);
    }
  }
}

/** Growable little-endian writer. */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.ensure(1);
    this.view.setUint8(this.length, v);
    this.length += 1;
  }
  i8(v: number): void {
    this.ensure(1);
    this.view.setInt8(this.length, v);
    this.length += 1;
  }
  u16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }
  i16(v: number): void {
    this.ensure(2);
    this.view.setInt16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }
  i32(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.length, v, true);
    this.length += 4;
  }
  f32(v: number): void {
    this.ensure(4);
    this.view.setFloat32(this.length, v, true);
    this.length += 4;
  }
  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }
  u64(v: number): void {
    this.ensure(8);
    this.view.setBigUint64(this.length, BigInt(v), true);
    this.length += 8;
  }
  i64(v: number): void {
    this.ensure(8);
    this.view.setBigInt64(this.length, BigInt(v), true);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  pad(align: number): void {
    while (this.length % align !== 0) this.u8(0);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** IEEE half -> float. */
export function f16ToF32(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

/** bfloat16 -> float: the upper 16 bits of a float32. */
export function bf16ToF32(h: number): number {
  const b = new DataView(new ArrayBuffer(4));
  b.setUint32(0, h << 16);
  return b.getFloat32(0);
}

/** Copies little-endian float32 bytes into a new Float32Array (handles unaligned sources). */
export function f32FromBytes(b: Uint8Array): Float32Array {
  const out = new Float32Array(b.length / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}
