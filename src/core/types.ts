/**
 * Plain data shared by the pipeline stages (understand -> candidates -> validate -> guard -> score -> rank).
 * Every stage is a function over these shapes, so the library, CLI, server and evaluation run the same code.
 */

/** Languages the pipeline understands and generates in; "und" = undetermined (treated like English). */
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
export type SupportedLanguage = (typeof LANGUAGES)[number];
export type Language = SupportedLanguage | "und";

export type Style = "short" | "playful" | "professional" | "any";

/** What the user asked for, from options and from the text ("no hyphens", ".io only", "max 8 letters"). */
export interface Constraints {
  /** Longest second-level label, in characters of its Unicode form. */
  maxLength?: number;
  minLength?: number;
  allowDigits: boolean;
  allowHyphens: boolean;
  /** Allowed TLDs/public suffixes, ASCII, without the leading dot ("com", "co.uk"). Empty = pipeline chooses. */
  tlds: string[];
  /** Words every suggestion must contain (lower case). */
  mustInclude: string[];
  /**
   * Starts the text asked for ("the name should start with 'Crumb'", understand/affix-wishes.ts): every suggestion
   * starts with one of them (lower case, as written; compared with diacritics folded). Absent when none was asked.
   */
  startsWith?: string[];
  /**
   * Words no suggestion may contain (lower case): the text's "avoid 'aqua'", plus the caller's `exclude`. A word with
   * a trailing hyphen ("derma-") holds only at a name's start, one with a leading hyphen ("-ly") only at its end.
   */
  exclude: string[];
  style: Style;
  /** Allow internationalised (non-ASCII) labels. */
  allowIdn: boolean;
  /** Most syllables a name should have ("two syllables max", "höchstens zwei Silben"); a wish the list honours. */
  maxSyllables?: number;
}

export interface Keyword {
  /** The word as written, lower-cased. */
  word: string;
  /** Dictionary form (lemma) when known, else the word. */
  lemma: string;
  /** Stem used for matching across inflections. */
  stem: string;
  /** Importance in [0,1]: position, frequency, part of speech, industry vocabulary. */
  weight: number;
  /**
   * Rough part of speech when known ("NOUN", "ADJ", "VERB", "PROPN"; "NOT_NOUN" for a German word written lower
   * case, which is a verb, adjective or adverb).
   */
  pos?: string;
}

export interface IndustryGuess {
  id: string;
  label: string;
  /** In [0,1]. */
  confidence: number;
}

export interface Location {
  name: string;
  /** ISO 3166-1 alpha-2, lower case, when known ("de", "fr"). */
  country?: string;
}

export interface Understanding {
  /** The description after Unicode normalisation and whitespace clean-up. */
  text: string;
  language: Language;
  keywords: Keyword[];
  industry: IndustryGuess | null;
  location: Location | null;
  /**
   * The country the text addresses when it names no place with a country, read from its currency, national
   * institutions and language variety ("£", "NHS"; "boletos"; "tenés"); see understand/markets.ts. Optional so
   * that hand-built understandings in tests stay valid.
   */
  market?: string;
  constraints: Constraints;
  /**
   * Brand and product names the description mentions ("Nike", "iPhone"), lower case. A suggestion built
   * on someone else's mark is a legal risk for the user, so generators avoid them and the pipeline drops
   * names that contain them. Optional so that hand-built understandings in tests stay valid.
   */
  brands?: string[];
  /**
   * The English name of the language the text is written in when the pipeline does not read it ("Polish"):
   * names then come only from words of a supported language in it, and the user is told so.
   */
  unsupportedLanguage?: string;
}

/** The country whose ccTLD may fit the business: the place's, else the one its markers point at. */
export function businessCountry(u: Pick<Understanding, "location" | "market">): string | undefined {
  return u.location?.country ?? u.market;
}

/** Where a candidate came from; kept for --explain and evaluation. */
export type CandidateSource = "lexical" | "model" | "crafted";

export interface Candidate {
  /** Second-level label in Unicode form, lower case ("brewbean", "café"). */
  label: string;
  /** Public suffix, ASCII, without dot ("com", "co.uk"). */
  tld: string;
  source: CandidateSource;
  /** How it was made: "compound", "blend", "affix:get-", "wordnet:synonym", ... */
  method: string;
  /** The morphemes/words it was built from, for relevance and diversity. */
  parts: string[];
  /**
   * Model candidates: how many of the sampled rows ended in this name (a frequency estimate of the model's
   * probability of it; the rejection-sampling round can prefer the rarely drawn ones).
   */
  draws?: number;
  /**
   * The generator's own estimate that the name is good, in (0,1], relative to its best candidate for the
   * request (the crafted generator's prior); the pipeline ranks by it when the generator says so.
   */
  prior?: number;
  /**
   * The crafted generator's reranker's prediction of the blind judges' score (0-10 scale, unclipped), from which
   * the shipped confidence is calibrated (src/generate/rerank.ts).
   */
  rerank?: number;
}

export interface SubScores {
  relevance: number;
  brandability: number;
  pronounceability: number;
  length: number;
  readability: number;
  tldFit: number;
  safety: number;
}

export interface RubricScore {
  /** 0-10. */
  overall: number;
  /** Each 0-10. */
  sub: SubScores;
  /** Short human-readable reasons, most important first. */
  reasons: string[];
}

export interface Suggestion {
  /** ASCII (punycode) form: what a registrar takes. */
  domain: string;
  /** In [0,1]. */
  confidence: number;
}

export interface ExplainedSuggestion extends Suggestion {
  /** Unicode form for display (equal to domain for ASCII names). */
  display: string;
  score: RubricScore;
  source: CandidateSource;
  method: string;
}

export type SuggestResponse =
  | { suggestions: Suggestion[]; status: "success" }
  | { suggestions: []; status: "blocked"; message: "Request contains inappropriate content" };

/**
 * The business sectors the taxonomy groups its industries into, in a stable order (balance tables, stratified
 * splits). Here in core because the name guard matches brands by sector and cannot import the taxonomy.
 */
export const SECTORS = [
  "food_drink",
  "retail",
  "fashion",
  "beauty",
  "software",
  "security",
  "finance",
  "professional_services",
  "real_estate",
  "construction_trades",
  "home_services",
  "automotive",
  "travel_hospitality",
  "industrial",
  "energy",
  "agriculture",
  "health",
  "wellness_fitness",
  "education",
  "family",
  "pets",
  "nonprofit",
  "creative_media",
  "events",
  "sports_recreation",
  "entertainment",
  "personal_services",
] as const;
