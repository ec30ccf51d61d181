import { NamewrightError } from "../core/errors.js";

/**
 * The lexicon's shipped or installed data is missing or unreadable (a phonotactic model under
 * data/built/lexicon/, a word-list package in node_modules). Code "LEXICON_DATA"; the message says how to fix it.
 */
export class LexiconDataError extends NamewrightError {
  constructor(message: string) {
    super("LEXICON_DATA", message);
  }
}
