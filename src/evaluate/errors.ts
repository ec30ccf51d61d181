import { NamewrightError } from "../core/errors.js";

/** An evaluation cannot proceed as asked (bad data file, run folder of another configuration, judge failure). */
export class EvalError extends NamewrightError {}
