/**
 * GGUF v3 (ggml's file format, docs/gguf.md in ggml):
 *   "GGUF" u32 version, u64 n_tensors, u64 n_kv,
 *   n_kv x (string key, u32 type, value),  n_tensors x (string name, u32 n_dims, u64 ne[n_dims], u32 type, u64 offset),
 *   padding to general.alignment (default 32), tensor data (each at its offset from the data start).
 * Strings are u64 length + UTF-8 bytes. ne[0] is the innermost (contiguous) dimension, so a row-major
 * (out, in) matrix has ne = [in, out].
 *
 * The reader trusts nothing: every count is checked against the bytes left before anything is
 * allocated, tensor extents must lie inside the data area, and unknown types are rejected.
 */
import { ByteReader, ByteWriter, bf16ToF32, f16ToF32, f32FromBytes } from "./bytes.js";
import { FormatError } from "./errors.js";

export enum GgufType {
  U8 = 0,
  I8 = 1,
  U16 = 2,
  I16 = 3,
  U32 = 4,
  I32 = 5,
  F32 = 6,
  BOOL = 7,
  STRING = 8,
  ARRAY = 9,
  U64 = 10,
  I64 = 11,
  F64 = 12,
}

export type GgufScalar = number | boolean | string;
export type GgufValue =
  | { type: Exclude<GgufType, GgufType.ARRAY | GgufType.STRING | GgufType.BOOL>; value: number }
  | { type: GgufType.BOOL; value: boolean }
  | { type: GgufType.STRING; value: string }
  | { type: GgufType.ARRAY; itemType: GgufType; value: GgufScalar[] | GgufValue[] };

/** ggml tensor types we read and write (quantized types are rejected with E_UNSUPPORTED). */
export enum GgmlType {
  F32 = 0,
  F16 = 1,
  BF16 = 30,
}
const TYPE_SIZE: Record<number, number> = { [GgmlType.F32]: 4, [GgmlType.F16]: 2, [GgmlType.BF16]: 2 };

export interface GgufTensorInfo {
  name: string;
  /** ne, innermost first. */
  dims: number[];
  type: GgmlType;
  /** Byte offset inside the data area. */
  offset: number;
  nbytes: number;
}

export interface GgufFile {
  version: number;
  metadata: Map<string, GgufValue>;
  tensors: Map<string, GgufTensorInfo>;
  /** The data area (a view into the file). */
  data: Uint8Array;
}

const MAGIC = 0x46554747; // "GGUF" little-endian
const MAX_STRING = 1 << 24;

function readString(r: ByteReader, field: string): string {
  const n = r.u64(`${field} length`);
  if (n > MAX_STRING)
    throw new FormatError("E_CORRUPT", `gguf: ${field} claims ${n} bytes, above the 16 MB string limit`);
  return r.utf8(n, field);
}

/** Smallest encoded size of one value of a type, to bound array counts before allocating. */
function minSize(t: GgufType): number {
  switch (t) {
    case GgufType.U8:
    case GgufType.I8:
    case GgufType.BOOL:
      return 1;
    case GgufType.U16:
    case GgufType.I16:
      return 2;
    case GgufType.U32:
    case GgufType.I32:
    case GgufType.F32:
      return 4;
    case GgufType.STRING:
      return 8;
    case GgufType.ARRAY:
      return 12;
    default:
      return 8;
  }
}

function readScalar(r: ByteReader, t: GgufType, f: string): GgufScalar {
  switch (t) {
    case GgufType.U8:
      return r.u8(f);
    case GgufType.I8:
      return r.i8(f);
    case GgufType.U16:
      return r.u16(f);
    case GgufType.I16:
      return r.i16(f);
    case GgufType.U32:
      return r.u32(f);
    case GgufType.I32:
      return r.i32(f);
    case GgufType.F32:
      return r.f32(f);
    case GgufType.BOOL: {
      const b = r.u8(f);
      if (b > 1) throw new FormatError("E_CORRUPT", `gguf: ${f} is a bool with value ${b}`);
      return b === 1;
    }
    case GgufType.STRING:
      return readString(r, f);
    case GgufType.U64:
      return r.u64(f);
    case GgufType.I64:
      return r.i64(f);
    case GgufType.F64:
      return r.f64(f);
    default:
      throw new FormatError("E_CORRUPT", `gguf: ${f} has unknown value type ${t}`);
  }
}

function readValue(r: ByteReader, t: GgufType, f: string, depth: number): GgufValue {
  if (t !== GgufType.ARRAY) return { type: t, value: readScalar(r, t, f) } as GgufValue;
  if (depth > 2) throw new FormatError("E_CORRUPT", `gguf: ${f} nests arrays too deeply`);
  const itemType = r.u32(`${f} item type`) as GgufType;
  if (!(itemType in GgufType)) throw new FormatError("E_CORRUPT", `gguf: ${f} has unknown item type ${itemType}`);
  const n = r.u64(`${f} count`);
  if (n * minSize(itemType) > r.remaining)
    throw new FormatError("E_TRUNCATED", `gguf: ${f} declares ${n} items, more than the file holds`);
  if (itemType === GgufType.ARRAY) {
    const items: GgufValue[] = [];
    for (let i = 0; i < n; i++) items.push(readValue(r, GgufType.ARRAY, `${f}[${i}]`, depth + 1));
    return { type: GgufType.ARRAY, itemType, value: items };
  }
  const items: GgufScalar[] = new Array(n);
  for (let i = 0; i < n; i++) items[i] = readScalar(r, itemType, f);
  return { type: GgufType.ARRAY, itemType, value: items };
}

export function readGguf(file: Uint8Array): GgufFile {
  const r = new ByteReader(file, "gguf");
  if (file.length < 4 || r.u32("magic") !== MAGIC)
    throw new FormatError("E_BAD_MAGIC", 'gguf: the file does not start with "GGUF"; is it a GGUF model?');
  const version = r.u32("version");
  if (version !== 2 && version !== 3)
    throw new FormatError("E_UNSUPPORTED", `gguf: version ${version} is not supported (2 and 3 are)`);
  const nTensors = r.u64("tensor count");
  const nKv = r.u64("metadata count");
  // Each kv takes >= 8 (key len) + 4 (type) + 1 bytes; each tensor info >= 8 + 4 + 4 + 8 bytes.
  if (nKv * 13 > r.remaining || nTensors * 24 > r.remaining) {
    throw new FormatError(
      "E_TRUNCATED",
      `gguf: header declares ${nKv} metadata entries and ${nTensors} tensors, more than the file holds`,
    );
  }
  const metadata = new Map<string, GgufValue>();
  for (let i = 0; i < nKv; i++) {
    const key = readString(r, `metadata key #${i}`);
    const t = r.u32(`type of ${key}`) as GgufType;
    if (!(t in GgufType)) throw new FormatError("E_CORRUPT", `gguf: metadata "${key}" has unknown type ${t}`);
    if (metadata.has(key)) throw new FormatError("E_CORRUPT", `gguf: metadata key "${key}" appears twice`);
    metadata.set(key, readValue(r, t, key, 0));
  }
  const alignV = metadata.get("general.alignment");
  const align = alignV ? Number(alignV.value) : 32;
  if (!Number.isInteger(align) || align < 1 || align > 1 << 16 || (align & (align - 1)) !== 0) {
    throw new FormatError("E_CORRUPT", `gguf: general.alignment ${align} is not a power of two up to 65536`);
  }
  const infos: GgufTensorInfo[] = [];
  for (let i = 0; i < nTensors; i++) {
    const name = readString(r, `tensor name #${i}`);
    const nd = r.u32(`dims of ${name}`);
    if (nd < 1 || nd > 4)
      throw new FormatError("E_CORRUPT", `gguf: tensor "${name}" has ${nd} dimensions (1..4 allowed)`);
    const dims: number[] = [];
    let numel = 1;
    for (let d = 0; d < nd; d++) {
      const v = r.u64(`dim ${d} of ${name}`);
      if (v < 1) throw new FormatError("E_CORRUPT", `gguf: tensor "${name}" has a zero dimension`);
      dims.push(v);
      numel *= v;
      if (numel > file.length)
        throw new FormatError("E_TRUNCATED", `gguf: tensor "${name}" has more elements than the file has bytes`);
    }
    const type = r.u32(`type of ${name}`);
    const item = TYPE_SIZE[type];
    if (!item)
      throw new FormatError(
        "E_UNSUPPORTED",
        `gguf: tensor "${name}" has ggml type ${type}; only F32, F16 and BF16 are read (dequantize first)`,
      );
    const offset = r.u64(`offset of ${name}`);
    if (offset % align !== 0)
      throw new FormatError("E_CORRUPT", `gguf: tensor "${name}" offset ${offset} is not aligned to ${align}`);
    infos.push({ name, dims, type: type as GgmlType, offset, nbytes: numel * item });
  }
  const dataStart = Math.ceil(r.pos / align) * align;
  if (dataStart > file.length) throw new FormatError("E_TRUNCATED", "gguf: file ends before its tensor data");
  const data = file.subarray(dataStart);
  const tensors = new Map<string, GgufTensorInfo>();
  for (const t of infos) {
    if (t.offset + t.nbytes > data.length)
      throw new FormatError(
        "E_TRUNCATED",
        `gguf: tensor "${t.name}" ends past the end of the file; the file is truncated`,
      );
    if (tensors.has(t.name)) throw new FormatError("E_CORRUPT", `gguf: tensor "${t.name}" appears twice`);
    tensors.set(t.name, t);
  }
  const sorted = [...tensors.values()].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.offset < sorted[i - 1]!.offset + sorted[i - 1]!.nbytes)
      throw new FormatError("E_CORRUPT", `gguf: tensors "${sorted[i - 1]!.name}" and "${sorted[i]!.name}" overlap`);
  }
  return { version, metadata, tensors, data };
}

/** A tensor's values as float32. */
export function ggufTensorF32(f: GgufFile, name: string): Float32Array {
  const t = f.tensors.get(name);
  if (!t) throw new FormatError("E_MISMATCH", `gguf: tensor "${name}" is missing`);
  const b = f.data.subarray(t.offset, t.offset + t.nbytes);
  if (t.type === GgmlType.F32) return f32FromBytes(b);
  const n = t.nbytes / 2;
  const out = new Float32Array(n);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const conv = t.type === GgmlType.F16 ? f16ToF32 : bf16ToF32;
  for (let i = 0; i < n; i++) out[i] = conv(dv.getUint16(2 * i, true));
  return out;
}

// ---- typed metadata getters (a missing or mistyped key is E_MISMATCH with the key's name) ----

export function metaNumber(f: GgufFile, key: string, fallback?: number): number {
  const v = f.metadata.get(key);
  if (v === undefined && fallback !== undefined) return fallback;
  if (!v || typeof v.value !== "number")
    throw new FormatError("E_MISMATCH", `gguf: metadata "${key}" is missing or not a number`);
  return v.value;
}

export function metaString(f: GgufFile, key: string, fallback?: string): string {
  const v = f.metadata.get(key);
  if (v === undefined && fallback !== undefined) return fallback;
  if (!v || typeof v.value !== "string")
    throw new FormatError("E_MISMATCH", `gguf: metadata "${key}" is missing or not a string`);
  return v.value;
}

// ---- writer ----

export interface GgufTensorToWrite {
  name: string;
  /** ne, innermost first. */
  dims: number[];
  data: Float32Array;
}

function writeString(w: ByteWriter, s: string): void {
  const b = new TextEncoder().encode(s);
  w.u64(b.length);
  w.bytes(b);
}

function writeScalar(w: ByteWriter, t: GgufType, v: GgufScalar): void {
  switch (t) {
    case GgufType.U8:
      w.u8(v as number);
      break;
    case GgufType.I8:
      w.i8(v as number);
      break;
    case GgufType.U16:
      w.u16(v as number);
      break;
    case GgufType.I16:
      w.i16(v as number);
      break;
    case GgufType.U32:
      w.u32(v as number);
      break;
    case GgufType.I32:
      w.i32(v as number);
      break;
    case GgufType.F32:
      w.f32(v as number);
      break;
    case GgufType.BOOL:
      w.u8(v ? 1 : 0);
      break;
    case GgufType.STRING:
      writeString(w, v as string);
      break;
    case GgufType.U64:
      w.u64(v as number);
      break;
    case GgufType.I64:
      w.i64(v as number);
      break;
    case GgufType.F64:
      w.f64(v as number);
      break;
    default:
      throw new FormatError("E_CORRUPT", `gguf: cannot write value type ${t}`);
  }
}

function writeValue(w: ByteWriter, v: GgufValue): void {
  if (v.type !== GgufType.ARRAY) {
    writeScalar(w, v.type, v.value);
    return;
  }
  w.u32(v.itemType);
  w.u64(v.value.length);
  for (const item of v.value) {
    if (v.itemType === GgufType.ARRAY) {
      const inner = item as GgufValue;
      w.u32(inner.type);
      writeValue(w, inner);
    } else writeScalar(w, v.itemType, item as GgufScalar);
  }
}

/** Serialises metadata (in order) and F32 tensors into a GGUF v3 file with 32-byte alignment. */
export function writeGguf(
  metadata: ReadonlyArray<[string, GgufValue]>,
  tensors: readonly GgufTensorToWrite[],
): Uint8Array {
  const align = 32;
  const w = new ByteWriter();
  w.u32(MAGIC);
  w.u32(3);
  w.u64(tensors.length);
  w.u64(metadata.length);
  for (const [k, v] of metadata) {
    writeString(w, k);
    w.u32(v.type);
    writeValue(w, v);
  }
  let off = 0;
  for (const t of tensors) {
    const numel = t.dims.reduce((a, b) => a * b, 1);
    if (numel !== t.data.length)
      throw new FormatError(
        "E_MISMATCH",
        `gguf: tensor "${t.name}" dims [${t.dims}] need ${numel} values, got ${t.data.length}`,
      );
    writeString(w, t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(GgmlType.F32);
    w.u64(off);
    off += Math.ceil((4 * numel) / align) * align;
  }
  w.pad(align);
  for (const t of tensors) {
    w.bytes(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    w.pad(align);
  }
  return w.result();
}

// Convenience constructors for metadata values.
export const gg = {
  u32: (value: number): GgufValue => ({ type: GgufType.U32, value }),
  i32: (value: number): GgufValue => ({ type: GgufType.I32, value }),
  f32: (value: number): GgufValue => ({ type: GgufType.F32, value }),
  bool: (value: boolean): GgufValue => ({ type: GgufType.BOOL, value }),
  str: (value: string): GgufValue => ({ type: GgufType.STRING, value }),
  strs: (value: string[]): GgufValue => ({ type: GgufType.ARRAY, itemType: GgufType.STRING, value }),
  f32s: (value: number[]): GgufValue => ({ type: GgufType.ARRAY, itemType: GgufType.F32, value }),
  i32s: (value: number[]): GgufValue => ({ type: GgufType.ARRAY, itemType: GgufType.I32, value }),
};
