/**
 * Errors for model files (safetensors, GGUF, checkpoints). Files are untrusted input, so every problem
 * maps to a stable code and a message that says what is wrong with the file, never a crash or a huge
 * allocation.
 */
import { NamewrightError } from "../core/errors.js";

export type FormatErrorCode =
  | "E_TRUNCATED" // the file ends before a length or offset it declares
  | "E_BAD_MAGIC" // not the expected format
  | "E_UNSUPPORTED" // valid file, feature we do not read (version, dtype, architecture)
  | "E_CORRUPT" // inconsistent header (overlapping/out-of-range tensors, bad JSON, absurd counts)
  | "E_MISMATCH"; // file is fine but does not fit the model/config it is loaded into

/** Shares the project's error base, so the CLI and server report it as a typed error, not a crash. */
export class FormatError extends NamewrightError {
  declare readonly code: FormatErrorCode;
  constructor(code: FormatErrorCode, message: string) {
    super(code, message);
  }
}
