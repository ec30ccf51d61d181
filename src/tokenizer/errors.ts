/** Errors of the tokenizer module: each has a stable `code` and a message that says what to fix. */
import { NamewrightError } from "../core/errors.js";

export type TokenizerErrorCode =
  | "E_TOKENIZER_FILE" // a saved tokenizer is malformed or was written by another version
  | "E_TOKENIZER_OPTIONS" // training options are impossible (vocab too small, duplicate specials)
  | "E_TOKEN_ID"; // an id outside the vocabulary was given to decode

export class TokenizerError extends NamewrightError {
  declare readonly code: TokenizerErrorCode;
  constructor(code: TokenizerErrorCode, message: string) {
    super(code, message);
  }
}
