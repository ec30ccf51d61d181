/**
 * Errors the engine throws for bad input (wrong shapes, impossible configs). Each has a stable `code`
 * so callers can branch on it, and a message that says what to change.
 */
export type EngineErrorCode =
  | "E_CONFIG"
  | "E_SHAPE"
  | "E_TOKEN_RANGE"
  | "E_LORA"
  | "E_CONTEXT_LENGTH";

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = "EngineError";
    this.code = code;
  }
}
