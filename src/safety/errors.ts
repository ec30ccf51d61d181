import { NamewrightError } from "../core/index.js";

/** A shipped safety data file (policy, lexicon, model, trademarks, dataset) is missing or malformed. */
export class SafetyDataError extends NamewrightError {
  constructor(message: string) {
    super("SAFETY_DATA", message);
  }
}

/** A caller passed an unusable option to a safety function (unknown split, bad option value). */
export class SafetyInputError extends NamewrightError {
  constructor(message: string) {
    super("SAFETY_INPUT", message);
  }
}
