/**
 * Language detection for descriptions. franc (character trigrams) is reliable on sentences but guesses on three
 * words, so its ranking is combined with counts of function words typical of each language. Only the supported
 * languages compete; text that none of them explains well is "und" and handled like English.
 */
import { francAll } from "franc";
import { LANGUAGES, type Language, type SupportedLanguage } from "../core/types.js";
import { isWord, segment } from "../lexicon/index.js";
import { wordSet } from "../core/words.js";

const ISO3: Record<string, SupportedLanguage> = { eng: "en", spa: "es", fra: "fr", deu: "de", por: "pt", ita: "it" };

// Short, distinctive function words (articles, prepositions, conjunctions): strong evidence even in 3-word input.
const FUNCTION_WORDS: Record<SupportedLanguage, string[]> = {
  en: [
    "the",
    "and",
    "of",
    "for",
    "with",
    "in",
    "a",
    "an",
    "our",
    "that",
    "we",
    "to",
    "on",
    "shop",
    "store",
    "my",
    "your",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "y",
    "para",
    "con",
    "en",
    "una",
    "un",
    "que",
    "tienda",
    "nuestra",
    "nuestro",
    "por",
    "sin",
  ],
  fr: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "pour",
    "avec",
    "dans",
    "une",
    "un",
    "qui",
    "au",
    "aux",
    "boutique",
    "notre",
    "sans",
    "en",
    "à",
    "ou",
    "nos",
    "vos",
    "votre",
    "sur",
    "par",
    "chez",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "für",
    "mit",
    "im",
    "in",
    "ein",
    "eine",
    "einen",
    "von",
    "zum",
    "zur",
    "unser",
    "unsere",
    "ohne",
    "laden",
  ],
  pt: [
    "o",
    "a",
    "os",
    "as",
    "de",
    "do",
    "da",
    "dos",
    "das",
    "e",
    "para",
    "com",
    "em",
    "uma",
    "um",
    "que",
    "loja",
    "nossa",
    "sem",
    "no",
    "na",
  ],
  it: [
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "di",
    "del",
    "della",
    "e",
    "per",
    "con",
    "in",
    "una",
    "un",
    "che",
    "negozio",
    "nostro",
    "senza",
    "nel",
    "a",
    "da",
    "al",
    "alla",
    "dal",
    "sul",
    "anche",
    "non",
    "ed",
    "fino",
  ],
};

// Letters that occur in one language's orthography and rarely in the others'.
const LETTER_HINTS: [RegExp, SupportedLanguage][] = [
  [/[ñ¿¡]/, "es"],
  [/[ãõ]|ção|ções/, "pt"],
  [/[ßäöü]/, "de"],
  [/[èàù]|\bè\b/, "it"],
  [/[êâîôûëïœç]/, "fr"],
];

/** The language most of a country's customers read, for countries with one supported language. */
export const COUNTRY_LANGUAGE: Readonly<Record<string, SupportedLanguage>> = {
  us: "en",
  gb: "en",
  ie: "en",
  au: "en",
  nz: "en",
  ca: "en",
  es: "es",
  mx: "es",
  ar: "es",
  co: "es",
  cl: "es",
  pe: "es",
  fr: "fr",
  be: "fr",
  de: "de",
  at: "de",
  ch: "de",
  pt: "pt",
  br: "pt",
  it: "it",
  uy: "es",
  ec: "es",
  ve: "es",
  bo: "es",
  py: "es",
  gt: "es",
  cr: "es",
  pa: "es",
  do: "es",
  cu: "es",
  sv: "es",
  hn: "es",
  ni: "es",
  ao: "pt",
  mz: "pt",
  lu: "fr",
  mc: "fr",
  li: "de",
  sm: "it",
};

/**
 * `countryHint`: the country of a place named in the text. It adds 0.75 point to that country's language: a tie
 * breaker for short texts ("gelateria artigianale a Bologna"), not enough to override real evidence.
 */
/**
 * Articles, prepositions and conjunctions (with their contractions) that name nothing: as a part joined to a
 * concept ("silencio" + "dela", "caballo" + "del") they make a fragment, not a name.
 */
const GLUE_WORDS = wordSet(
  "the a an and of for with in on to at by " +
    "el la lo los las un una de del y e o u en con por para al " +
    "le les l un une de des du d et ou en au aux avec pour dans sur " +
    "der die das den dem des ein eine und oder im am an zum zur von mit fur " +
    "o a os as um uma de do da dos das e ou em no na nos nas ao aos com por pelo pela " +
    "il lo la i gli le un una di del della dello delle degli dei e ed o in nel nella con per al alla dal dalla sul sulla da " +
    "dela",
);

/** A function word of a supported language ("de", "dela", "und", "the"), in lower case. */
export function isGlueWord(word: string): boolean {
  return GLUE_WORDS.has(word);
}

export function detectLanguage(text: string, countryHint?: string): Language {
  const lower = text.toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return "und";
  const score: Record<SupportedLanguage, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0 };

  for (const lang of LANGUAGES) {
    const set = new Set(FUNCTION_WORDS[lang]);
    for (const w of words) if (set.has(w)) score[lang] += 1;
  }
  for (const [re, lang] of LETTER_HINTS) if (re.test(lower)) score[lang] += 1.5;

  // Dictionary vote for short texts, where trigram statistics guess: "pet grooming salon" has three English
  // words and one French one. Each content word gives 0.5 to every language whose dictionary has it.
  // Acronyms and product jargon written with inner capitals ("SaaS", "KYC", "HubSpot") in otherwise
  // ordinary text are no language's evidence, however a large dictionary happens to spell them.
  if (words.length <= 12) {
    const written = text.match(/\p{L}+/gu) ?? [];
    const shouted = !/\p{Ll}/u.test(text); // ALL CAPS text: capitals say nothing about a word
    words.forEach((w, i) => {
      if (w.length < 4 || (!shouted && /\p{Lu}/u.test((written[i] ?? "").slice(1)))) return;
      const has = LANGUAGES.filter((lang) => isWord(w, lang));
      // A word only one dictionary has ("bakery", "gelateria") is stronger evidence than a shared one.
      for (const lang of has) score[lang] += has.length === 1 ? 1 : 0.5;
    });
  }

  // One to three words where no language has more evidence than English ("SaaS", "data API", "yoga
  // studio": words every dictionary shares, or none has): trigram statistics on so little text are a guess,
  // and terse jargon is English far more often than anything else.
  if (words.length <= 3 && LANGUAGES.every((l) => score.en >= score[l])) return "en";

  // franc returns languages with a distance-based score in [0,1] (1 = best); its top guesses add up to 3 points,
  // more when the text is long enough for trigram statistics to be trusted.
  const trust = Math.min(1, words.length / 12);
  const ranked = francAll(lower, { only: Object.keys(ISO3), minLength: 3 });
  for (const [code, s] of ranked) {
    const lang = ISO3[code];
    if (lang) score[lang] += 3 * trust * s;
  }
  const hinted = countryHint ? COUNTRY_LANGUAGE[countryHint] : undefined;
  if (hinted) score[hinted] += 0.75;
  let best: SupportedLanguage = "en";
  for (const lang of LANGUAGES) if (score[lang] > score[best]) best = lang;
  return score[best] > 0 ? best : "und";
}

/** Languages franc tells apart that the pipeline does not read, by ISO 639-3 code, with their English names. */
const UNSUPPORTED_NAMES: Record<string, string> = {
  pol: "Polish",
  tur: "Turkish",
  nld: "Dutch",
  rus: "Russian",
  ukr: "Ukrainian",
  jpn: "Japanese",
  cmn: "Chinese",
  kor: "Korean",
  arb: "Arabic",
  hin: "Hindi",
  swe: "Swedish",
  dan: "Danish",
  nob: "Norwegian",
  fin: "Finnish",
  ces: "Czech",
  slk: "Slovak",
  hun: "Hungarian",
  ron: "Romanian",
  ell: "Greek",
  heb: "Hebrew",
  vie: "Vietnamese",
  ind: "Indonesian",
  tha: "Thai",
  cat: "Catalan",
  hrv: "Croatian",
  srp: "Serbian",
  bul: "Bulgarian",
  pes: "Persian",
};

/**
 * The language of a text the pipeline does not read (Polish, Japanese, ...), or null. Only for text of at least
 * 10 letters, fewer than half of whose Latin words are in any supported dictionary, and whose best guess among
 * all languages franc knows is an unsupported one, ahead of every supported language by a clear margin.
 */
export function unsupportedLanguage(text: string): { code: string; name: string } | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (letters < 10) return null;
  // Mostly words of a supported language (any of the six dictionaries): that language, however franc votes.
  const latin = words.filter((w) => w.length >= 3 && /^\p{Script=Latin}+$/u.test(w));
  // Known: a dictionary word of a supported language, or a compound of them ("videoproduktionsfirma"). The
  // dictionaries are asked first and the segmenter only for words none of them has; counting stops once half
  // the words are known (the answer cannot change after that).
  const compound = (lower: string, l: SupportedLanguage): boolean => {
    const seg = segment(lower, l);
    return seg.coverage === 1 && seg.wordCount >= 2 && seg.words.every((x) => x.length >= 4);
  };
  let known = 0;
  for (const w of latin) {
    if (known * 2 >= latin.length) break;
    const lower = w.toLowerCase();
    if (LANGUAGES.some((l) => isWord(lower, l)) || (lower.length >= 8 && LANGUAGES.some((l) => compound(lower, l))))
      known++;
  }
  if (latin.length > 0 && known * 2 >= latin.length) return null;
  const ranked = francAll(text.toLowerCase(), { minLength: 10 });
  const [top, score] = ranked[0] ?? ["und", 0];
  const name = UNSUPPORTED_NAMES[top];
  if (!name || score < 1) return null;
  const bestSupported = ranked.find(([code]) => ISO3[code] !== undefined)?.[1] ?? 0;
  return bestSupported <= 0.9 ? { code: top, name } : null;
}
