/**
 * JSONL files of records: one split per file. Reading treats the file as untrusted: a size cap, a
 * line-length cap, a schema check per line, and errors that name the file and line.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NamewrightError } from "../core/errors.js";
import { datasetRecordSchema, SPLITS, type DatasetRecord, type Split } from "./types.js";

export class DatasetFormatError extends NamewrightError {
  constructor(message: string) {
    super("DATA_BAD_FILE", message);
  }
}

const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_LINE_CHARS = 64 * 1024;

export function splitPath(dir: string, split: Split): string {
  return join(dir, `${split}.jsonl`);
}

/** Writes records to `path` as JSONL atomically (temp file + rename); returns its size. */
async function writeRecords(
  path: string,
  rows: readonly DatasetRecord[],
): Promise<{ path: string; records: number; bytes: number }> {
  const body = rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length > 0 ? "\n" : "");
  await writeFile(`${path}.tmp`, body, "utf8");
  await rename(`${path}.tmp`, path);
  return { path, records: rows.length, bytes: Buffer.byteLength(body, "utf8") };
}

/** Writes each split to `<dir>/<split>.jsonl` atomically (temp file + rename); returns bytes per file. */
export async function writeSplits(
  dir: string,
  records: readonly DatasetRecord[],
): Promise<Record<Split, { path: string; records: number; bytes: number }>> {
  await mkdir(dir, { recursive: true });
  const out = {} as Record<Split, { path: string; records: number; bytes: number }>;
  for (const split of SPLITS)
    out[split] = await writeRecords(
      splitPath(dir, split),
      records.filter((r) => r.split === split),
    );
  return out;
}

/** The reserve test records (BuiltDataset.reserve) go to `<dir>/test-reserve.jsonl`: `train:eval --split test-reserve`. */
export const RESERVE_FILE = "test-reserve.jsonl";

export async function writeReserve(
  dir: string,
  records: readonly DatasetRecord[],
): Promise<{ path: string; records: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  return writeRecords(join(dir, RESERVE_FILE), records);
}

/** Parses one JSONL file of records, validating every line. */
export function parseRecords(text: string, source: string): DatasetRecord[] {
  const out: DatasetRecord[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim().length === 0) continue;
    if (line.length > MAX_LINE_CHARS)
      throw new DatasetFormatError(`${source}:${i + 1}: line longer than ${MAX_LINE_CHARS} characters`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DatasetFormatError(`${source}:${i + 1}: not valid JSON`);
    }
    const parsed = datasetRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DatasetFormatError(`${source}:${i + 1}: ${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    out.push(parsed.data as DatasetRecord);
  }
  return out;
}

export async function readSplit(dir: string, split: Split): Promise<DatasetRecord[]> {
  const path = splitPath(dir, split);
  const buf = await readFile(path);
  if (buf.length > MAX_FILE_BYTES) throw new DatasetFormatError(`${path}: larger than ${MAX_FILE_BYTES} bytes`);
  return parseRecords(buf.toString("utf8"), path);
}

/** All three splits of a dataset directory. */
export async function readDataset(dir: string): Promise<DatasetRecord[]> {
  const all: DatasetRecord[] = [];
  for (const split of SPLITS) all.push(...(await readSplit(dir, split)));
  return all;
}
