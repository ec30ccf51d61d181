import { LANGUAGES, type SupportedLanguage } from "../core/types.js";

const SUPPORTED: ReadonlySet<string> = new Set(LANGUAGES);

/** The lexicon language for a request language: "und" and anything unsupported read as English. */
export function lexiconLanguage(lang: string): SupportedLanguage {
  return SUPPORTED.has(lang) ? (lang as SupportedLanguage) : "en";
}
