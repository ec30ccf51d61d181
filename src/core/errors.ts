/**
 * Typed errors with a stable `code` (for programs) and a message that tells a person what to do next.
 * The CLI maps `InputError` to exit code 2; everything else that escapes is a bug (exit 1).
 */
export class NamewrightError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The caller's input cannot be used as given (empty, too long, binary, malformed option). */
export class InputError extends NamewrightError {}
