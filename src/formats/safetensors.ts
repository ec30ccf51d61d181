/**
 * safetensors (huggingface/safetensors): u64 LE header length n, n bytes of JSON
 *   { "<name>": { "dtype": "F32", "shape": [..], "data_offsets": [begin, end] }, "__metadata__": {str: str} }
 * then the data area; offsets are relative to it. We read F32, F16 and BF16 (converted to float32) and
 * write F32. The reader checks: header length within the file and below 100 MB, valid JSON object,
 * known dtype, integer shape, end - begin = numel * itemsize, offsets inside the data area, no overlap.
 */
import { ByteWriter, bf16ToF32, f16ToF32, f32FromBytes } from "./bytes.js";
import { FormatError } from "./errors.js";

const MAX_HEADER = 100 * 1024 * 1024;
const ITEM: Record<string, number> = { F32: 4, F16: 2, BF16: 2 };

export interface SafeTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** Raw bytes inside the file buffer (no copy). */
  bytes: Uint8Array;
}

export interface SafetensorsFile {
  metadata: Record<string, string>;
  tensors: Map<string, SafeTensor>;
}

export function readSafetensors(file: Uint8Array): SafetensorsFile {
  const what = "safetensors";
  if (file.length < 8)
    throw new FormatError("E_TRUNCATED", `${what}: file has ${file.length} bytes, fewer than the 8-byte header length`);
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const n = dv.getBigUint64(0, true);
  if (n > BigInt(Math.min(MAX_HEADER, file.length - 8))) {
    throw new FormatError(
      n > BigInt(MAX_HEADER) ? "E_CORRUPT" : "E_TRUNCATED",
      `${what}: header length ${n} exceeds the file (${file.length} bytes) or the 100 MB limit`,
    );
  }
  const hlen = Number(n);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(file.subarray(8, 8 + hlen)));
  } catch {
    throw new FormatError("E_CORRUPT", `${what}: header is not valid UTF-8 JSON`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header))
    throw new FormatError("E_CORRUPT", `${what}: header is not a JSON object`);
  const data = file.subarray(8 + hlen);
  const metadata: Record<string, string> = {};
  const tensors = new Map<string, SafeTensor>();
  const ranges: Array<[number, number, string]> = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") {
      if (typeof raw !== "object" || raw === null)
        throw new FormatError("E_CORRUPT", `${what}: __metadata__ is not an object`);
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof v !== "string") throw new FormatError("E_CORRUPT", `${what}: __metadata__.${k} is not a string`);
        metadata[k] = v;
      }
      continue;
    }
    const t = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (typeof t !== "object" || t === null)
      throw new FormatError("E_CORRUPT", `${what}: entry "${name}" is not an object`);
    if (typeof t.dtype !== "string") throw new FormatError("E_CORRUPT", `${what}: "${name}" has no dtype`);
    const item = ITEM[t.dtype];
    if (!item)
      throw new FormatError(
        "E_UNSUPPORTED",
        `${what}: "${name}" has dtype ${t.dtype}; only F32, F16 and BF16 are read`,
      );
    if (!Array.isArray(t.shape) || t.shape.length > 8 || !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new FormatError("E_CORRUPT", `${what}: "${name}" has an invalid shape`);
    }
    const shape = t.shape as number[];
    const numel = shape.reduce((a, b) => a * b, 1);
    const off = t.data_offsets;
    if (!Array.isArray(off) || off.length !== 2 || !off.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new FormatError("E_CORRUPT", `${what}: "${name}" has invalid data_offsets`);
    }
    const [b, e] = off as [number, number];
    if (e < b || e - b !== numel * item)
      throw new FormatError("E_CORRUPT", `${what}: "${name}" spans ${e - b} bytes, its shape needs ${numel * item}`);
    if (e > data.length)
      throw new FormatError(
        "E_TRUNCATED",
        `${what}: "${name}" ends at ${e}, past the data area (${data.length} bytes); the file is truncated`,
      );
    ranges.push([b, e, name]);
    tensors.set(name, { name, dtype: t.dtype, shape, bytes: data.subarray(b, e) });
  }
  ranges.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1])
      throw new FormatError("E_CORRUPT", `${what}: tensors "${ranges[i - 1]![2]}" and "${ranges[i]![2]}" overlap`);
  }
  return { metadata, tensors };
}

/** Tensor data as float32 (converted from F16/BF16 when needed). */
export function tensorToF32(t: SafeTensor): Float32Array {
  if (t.dtype === "F32") return f32FromBytes(t.bytes);
  const n = t.bytes.length / 2;
  const out = new Float32Array(n);
  const dv = new DataView(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
  const conv = t.dtype === "F16" ? f16ToF32 : bf16ToF32;
  for (let i = 0; i < n; i++) out[i] = conv(dv.getUint16(2 * i, true));
  return out;
}

export interface TensorToWrite {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Serialises F32 tensors (in the given order) plus string metadata. */
export function writeSafetensors(tensors: readonly TensorToWrite[], metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let off = 0;
  for (const t of tensors) {
    const numel = t.shape.reduce((a, b) => a * b, 1);
    if (numel !== t.data.length)
      throw new FormatError(
        "E_MISMATCH",
        `tensor "${t.name}": shape [${t.shape}] needs ${numel} values, got ${t.data.length}`,
      );
    header[t.name] = { dtype: "F32", shape: t.shape, data_offsets: [off, off + 4 * numel] };
    off += 4 * numel;
  }
  let json = JSON.stringify(header);
  // Pad the header with spaces so the data area starts 8-byte aligned (allowed by the spec).
  while ((8 + Buffer.byteLength(json)) % 8 !== 0) json += " ";
  const hb = new TextEncoder().encode(json);
  const w = new ByteWriter();
  w.u64(hb.length);
  w.bytes(hb);
  for (const t of tensors) w.bytes(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  return w.result();
}
