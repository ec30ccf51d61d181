/** File helpers: atomic writes (a crash mid-save never leaves a half-written checkpoint behind). */
import { renameSync, writeFileSync, readFileSync, statSync } from "node:fs";
import { FormatError } from "./errors.js";

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** Reads a model file whole, refusing files above maxBytes (default 4 GiB). */
export function readModelFile(path: string, maxBytes = 4 * 1024 ** 3): Uint8Array {
  const size = statSync(path).size;
  if (size > maxBytes)
    throw new FormatError("E_UNSUPPORTED", `${path} is ${size} bytes, above the ${maxBytes}-byte limit`);
  return new Uint8Array(readFileSync(path));
}
