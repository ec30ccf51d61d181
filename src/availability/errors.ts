/** Errors of the availability module; each has a stable `code`. */
import { InputError, NamewrightError } from "../core/errors.js";

/** A bootstrap, zone or index file that cannot be used (malformed, truncated, wrong version). */
export class AvailabilityDataError extends NamewrightError {}

/** A caller's input that cannot be checked (an invalid domain, a bad option). */
export class AvailabilityInputError extends InputError {}
