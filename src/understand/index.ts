/**
 * understand(description) -> language, keywords, industry, location and constraints: everything later stages
 * need to know about the request, as plain data.
 */
import type { Language, SupportedLanguage, Understanding } from "../core/types.js";
import { normalizeDescription, stripMarkup } from "./normalize.js";
import { findBrands } from "./brands.js";
import { detectLanguage, unsupportedLanguage } from "./language.js";
import { extractKeywords } from "./keywords.js";
import { parseConstraints, type ConstraintOptions } from "./constraints.js";
import { findLocation, townCountries } from "./places.js";
import { marketCountry } from "./markets.js";
import { negatedWords } from "./negation.js";
import { guessIndustry } from "./industry.js";
import { blankPoliteness } from "./politeness.js";

export { normalizeDescription, foldDiacritics, stripMarkup, MAX_DESCRIPTION_LENGTH } from "./normalize.js";
export { findBrands } from "./brands.js";
export { detectLanguage, isGlueWord, unsupportedLanguage } from "./language.js";
export { extractKeywords, stem, isStopWord, NOT_NOUN } from "./keywords.js";
export { parseConstraints } from "./constraints.js";
export type { ConstraintOptions } from "./constraints.js";
export { findLocation, placeCountry, townCountries } from "./places.js";
export { guessIndustry } from "./industry.js";

/** Throws InputError for empty, over-long or binary input. */
/** Understanding options: the constraints a caller sets, and the language when the caller knows it. */
export interface UnderstandOptions extends ConstraintOptions {
  /** The description's language, instead of detecting it (`--lang`). */
  language?: SupportedLanguage;
}

export function understand(description: unknown, options: UnderstandOptions = {}): Understanding {
  const text = normalizeDescription(description);
  const content = stripMarkup(text);
  const { constraints, rest } = parseConstraints(content, options);
  // The text's language without the place, asked only when a town's name is shared across countries.
  let hint: Language | undefined;
  const place = findLocation(content, () => (hint ??= options.language ?? detectLanguage(rest || content || text)));
  const language = options.language ?? detectLanguage(rest || content || text, place?.country);
  const brands = findBrands(content, language);
  const brandSet = new Set(brands);
  const placeWords = new Set(place?.words ?? []);
  // Place names locate the business; they are kept as keywords with a lower weight (a city can make a good
  // name part, "brooklynbrew") but must not dominate relevance.
  // What the text says the business is without ("sin dolor", "ohne Männer") is not what it is.
  const negated = negatedWords(rest);
  // The sign-off formulas ("grazie mille", "merci d'avance") tell the language but name nothing: keywords are read
  // without them.
  const said = blankPoliteness(rest);
  const keywords = extractKeywords(said, language)
    .filter((k) => !brandSet.has(k.word) && !brandSet.has(k.lemma) && !negated.has(k.word))
    .map((k) =>
      placeWords.has(k.word) || placeWords.has(k.lemma)
        ? { ...k, weight: Math.round(k.weight * 0.35 * 1000) / 1000 }
        : k,
    );
  keywords.sort((a, b) => b.weight - a.weight);
  const industry = guessIndustry(said, extractKeywords(said, language, { keepFiller: true }), language);
  // A town name two countries share is the one the text's own markers point at: "Córdoba" with Argentine
  // voseo is Argentina's, whichever country the place list gives the name. The markers are read only when they
  // can decide something (no country yet, or a shared name).
  const towns = place?.country ? townCountries(place.name) : [];
  const shared = towns.some((c) => c !== place?.country);
  const marked = !place?.country || shared ? marketCountry(content, language) : null;
  const country =
    place?.country && marked && marked !== place.country && towns.includes(marked) ? marked : place?.country;
  const location = place ? { name: place.name, ...(country ? { country } : {}) } : null;
  const market = location?.country ? null : marked;
  // A language the lexicons do not cover: said once, so callers can tell the user that only the words of a
  // supported language (English words in the text, mostly) are used.
  const unsupported = options.language ? null : unsupportedLanguage(content || text);
  return {
    text,
    language,
    keywords,
    industry,
    location,
    ...(market ? { market } : {}),
    constraints,
    brands,
    ...(unsupported ? { unsupportedLanguage: unsupported.name } : {}),
  };
}
