/**
 * Reading numeric command-line options: one rule and one message for every CLI, so "--seed -4" and
 * "--top-k zero" fail the same way. Commands keep their own error codes (programs match on them).
 */
import { InputError } from "./errors.js";

/** `value` as a whole number in [min, max], or an InputError with `code` that names the option and the range. */
export function wholeNumberOption(name: string, value: string, min: number, max: number, code: string): number {
  const text = value.trim();
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new InputError(code, `--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}
