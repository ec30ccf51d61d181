/**
 * Errors for model files (safetensors, GGUF, checkpoints). Files are untrusted input, so every problem
 * maps to a stable code and a message that says what is wrong with the file, never a crash or a huge
 * allocation.
 */
export type FormatErrorCode =
  | "E_TRUNCATED" // the file ends before a length or offset it declares
  | "E_BAD_MAGIC" // not the expected format
  | "E_UNSUPPORTED" // valid file, feature we do not read (version, dtype, architecture)
  | "E_CORRUPT" // inconsistent header (overlapping/out-of-range tensors, bad JSON, absurd counts)
  | "E_MISMATCH"; // file is fine but does not fit the model/config it is loaded into

export class FormatError extends Error {
  readonly code: FormatErrorCode;
  constructor(code: FormatErrorCode, message: string) {
    super(message);
    this.name = "FormatError";
    this.code = code;
  }
}
