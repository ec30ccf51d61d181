/**
 * Input hygiene for descriptions: reject what cannot be a description (empty, over-long, binary) with an
 * InputError, and normalise the rest (NFKC folds full-width and compatibility forms; zero-width and control
 * characters are removed; runs of whitespace collapse). In core because the command line applies it before
 * anything else loads (it starts the request guard on the normalised text: src/safety/off-thread.ts).
 */
import { InputError } from "./errors.js";

export const MAX_DESCRIPTION_LENGTH = 2000;

// Zero-width and bidi-control characters carry no meaning in a description but can hide words from matching.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;
// C0/C1 controls other than tab, newline and carriage return (matching them is the point of this pattern).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Throws InputError for unusable input; returns the cleaned description. */
export function normalizeDescription(input: unknown): string {
  if (typeof input !== "string") {
    throw new InputError("invalid_type", "business_description must be a string of text");
  }
  if (input.includes("\u0000") || /\uFFFD/.test(input) || controlShare(input) > 0.1) {
    throw new InputError(
      "binary_input",
      "the description looks like binary data; give plain text describing the business",
    );
  }
  if (input.length > MAX_DESCRIPTION_LENGTH * 2) {
    throw new InputError(
      "too_long",
      `the description is ${input.length} characters; the limit is ${MAX_DESCRIPTION_LENGTH}`,
    );
  }
  const text = input.normalize("NFKC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  if (text.length === 0) {
    throw new InputError(
      "empty",
      'the description is empty; describe the business in a few words, e.g. "organic coffee shop in downtown area"',
    );
  }
  if (text.length > MAX_DESCRIPTION_LENGTH) {
    throw new InputError(
      "too_long",
      `the description is ${text.length} characters; the limit is ${MAX_DESCRIPTION_LENGTH}`,
    );
  }
  return text;
}

function controlShare(s: string): number {
  if (s.length === 0) return 0;
  const m = s.match(CONTROL);
  return m ? m.length / s.length : 0;
}
