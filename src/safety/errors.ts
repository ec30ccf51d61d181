import { InputError, NamewrightError } from "../core/index.js";

/** A shipped safety data file (policy, lexicon, model, trademarks, dataset) is missing or malformed. */
export class SafetyDataError extends NamewrightError {
  constructor(message: string) {
    super("SAFETY_DATA", message);
  }
}

/**
 * A caller passed an unusable option to a safety function (unknown split, bad option value). An InputError, so
 * the command line answers it as bad input (exit 2), as it does every other.
 */
export class SafetyInputError extends InputError {
  constructor(message: string) {
    super("SAFETY_INPUT", message);
  }
}
