/**
 * Word knowledge shared by the candidate generator and the rubric scorer:
 *   isWord / wordFrequencyRank  dictionary membership (exact or accent-folded) and English frequency rank,
 *   segment                     a label cut into dictionary words by dynamic programming,
 *   pronounceability            letter-trigram phonotactics per language, calibrated to [0,1].
 * Everything loads lazily per language on first use and is synchronous; see README.md for sources,
 * licences and load times.
 */
import type { Language, SupportedLanguage } from "../core/types.js";
import { phonotacticModel } from "./phonotactics.js";
import { UMLAUT_DROPPED, wordStore } from "./store.js";
import { lexiconLanguage } from "./language.js";

export {
  segment,
  termSet,
  type Segmentation,
  type SegmentPart,
  type PartKind,
  type SegmentOptions,
} from "./segment.js";
export { CompactWordSet } from "./hashset.js";
export {
  pronounceability,
  phonotacticStats,
  phonotacticModel,
  type PhonotacticModel,
  type PhonotacticStats,
} from "./phonotactics.js";
export { fold, transliterateGerman } from "./fold.js";
export { DOMAIN_MORPHEMES, SPELLED_MORPHEMES } from "./morphemes.js";
export { lexiconLanguage } from "./language.js";
export { LexiconDataError } from "./errors.js";

function resolve(lang: Language): SupportedLanguage {
  return lexiconLanguage(lang);
}

/** True when `word` (any case) is in the language's dictionary, as written or with accents folded ("cafe" ~ "café"). */
export function isWord(word: string, lang: Language = "en"): boolean {
  if (word.length === 0) return false;
  return wordStore(resolve(lang)).has(word.toLowerCase());
}

/**
 * 0-based frequency rank of a word (0 = most frequent) where the shipped data has frequencies: English
 * only (SUBTLEX-US, ~74k words). Undefined for words outside the list and for other languages, whose
 * Hunspell dictionaries carry no frequency.
 */
export function wordFrequencyRank(word: string, lang: Language = "en"): number | undefined {
  const l = resolve(lang);
  if (l !== "en") return undefined;
  return wordStore(l).rank(word.toLowerCase());
}

/**
 * German only: true when `word` is a German word only with an umlaut dropped to its bare vowel
 * ("backerei" for "bäckerei"); German writes "baeckerei" when it cannot write "ä".
 */
export function dropsUmlaut(word: string): boolean {
  return wordStore("de").marker(word.toLowerCase()) === UMLAUT_DROPPED;
}

/**
 * Loads the word stores and phonotactic models of the given languages now (default: all), so the first
 * request does not pay for it. Returns the milliseconds spent.
 */
export function preloadLexicon(langs: readonly SupportedLanguage[] = ["en", "es", "fr", "de", "pt", "it"]): number {
  const t0 = performance.now();
  for (const l of langs) {
    wordStore(l);
    phonotacticModel(l);
  }
  return performance.now() - t0;
}
