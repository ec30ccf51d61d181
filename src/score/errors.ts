import { NamewrightError } from "../core/errors.js";

/** A scoring resource the product needs (the shipped confidence model) is missing or unreadable. */
export class ScoreError extends NamewrightError {}
