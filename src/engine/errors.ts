/**
 * Errors the engine throws for bad input (wrong shapes, impossible configs). Each has a stable `code`
 * so callers can branch on it, and a message that says what to change.
 */
import { NamewrightError } from "../core/errors.js";

export type EngineErrorCode = "E_CONFIG" | "E_SHAPE" | "E_TOKEN_RANGE" | "E_LORA" | "E_CONTEXT_LENGTH";

/** Shares the project's error base, so the CLI and server report it as a typed error, not a crash. */
export class EngineError extends NamewrightError {
  declare readonly code: EngineErrorCode;
  constructor(code: EngineErrorCode, message: string) {
    super(code, message);
  }
}
