/**
 * Round v23 (rejected by its pre-registered rule; kept as the experiment it was, not in the product):
 * names in the customers' language. An English description of a business whose customers speak Spanish,
 * Portuguese, Italian, French or German ("Every milonga in Buenos Aires, tonight", "a B&B above Merano") gets its
 * names built in that language, as naming experts build them (cabeceo.app, tanda.app), and judges cap a name "in a
 * language the customers would not read". The description's English words are carried over by the translation
 * table (data/built/naming/translations.json, written by translation writers and built by
 * scripts/build-translations.ts); a place or a name that is no English word stays as written, and an English word
 * without a translation is dropped rather than mixed in.
 *
 * Not when the customers are English speakers (expats, tourists, foreign buyers, people learning the language) or
 * the text asks for English names; and never when the caller fixed the language.
 */
import { existsSync, readFileSync } from "node:fs";
import { businessCountry, type Keyword, type SupportedLanguage, type Understanding } from "../../../src/core/types.js";
import { builtPath } from "../../../src/core/paths.js";
import { InputError } from "../../../src/core/errors.js";
import { isWord } from "../../../src/lexicon/index.js";
import { stem } from "../../../src/understand/keywords.js";
import { COUNTRY_LANGUAGE } from "../../../src/understand/language.js";

/** Countries with more than one language of their own, whose customers' language a place does not tell. */
const MULTILINGUAL = new Set(["ch", "be", "lu", "ca"]);

/** Customers who read English in a country that does not: visitors, expats, foreign buyers, language learners. */
const ENGLISH_CUSTOMERS =
  /\b(?:expats?|expatriates?|non-residents?|foreigners?|tourists?|visitors?|travell?ers?|holidaymakers?|digital nomads?|international (?:students?|buyers?|clients?|guests?|customers?)|english[- ]speak\w*|(?:us|american|british|uk) (?:citizens?|clients?|buyers?|customers?)|americans|abroad|overseas (?:buyers?|clients?)|(?:learn|learning|speak|speaking) (?:spanish|portuguese|italian|french|german)|(?:spanish|portuguese|italian|french|german) (?:lessons?|classes|course|courses|school|immersion|tutor\w*))\b/i;
/** The text asks for English names ("an English name", "should not sound Spanish", "works in English"). */
const ENGLISH_NAMES =
  /\b(?:english|anglo)[- ](?:name|names|sounding|words?)\b|\bin english\b|\bsounds? (?:english|international|global)\b|\b(?:not|n't) sound (?:spanish|portuguese|italian|french|german|local)\b/i;

type Table = Record<string, Partial<Record<SupportedLanguage, string[]>>>;
let table: Table | undefined;

function translations(): Table {
  if (table) return table;
  const path = builtPath("naming", "translations.json");
  if (!existsSync(path))
    throw new InputError("no_translations", `translation table missing at ${path}; run npx tsx scripts/build-translations.ts`);
  table = (JSON.parse(readFileSync(path, "utf8")) as { words: Table }).words;
  return table;
}

/** The language to build this request's names in when it is not the text's own, else null. */
export function customersLanguage(u: Understanding): SupportedLanguage | null {
  if (u.language !== "en") return null;
  const country = businessCountry(u);
  const lang = country && !MULTILINGUAL.has(country) ? COUNTRY_LANGUAGE[country] : undefined;
  if (!lang || lang === "en" || ENGLISH_CUSTOMERS.test(u.text) || ENGLISH_NAMES.test(u.text)) return null;
  return lang;
}

/**
 * The understanding to build names from: `u` itself, or, for an English text whose customers read another
 * supported language, the same request with its keywords in that language (`language` the customers',
 * `writtenIn` the text's). A keyword's first translation keeps its weight, a second one joins at half.
 */
export function inCustomersLanguage(u: Understanding): Understanding & { writtenIn?: string } {
  const lang = customersLanguage(u);
  if (!lang) return u;
  const t = translations();
  const out = new Map<string, Keyword>();
  const add = (k: Keyword): void => {
    const prev = out.get(k.stem);
    if (!prev || prev.weight < k.weight) out.set(k.stem, k);
  };
  for (const kw of u.keywords) {
    const forms = (t[kw.lemma]?.[lang] ?? t[kw.word]?.[lang] ?? []).filter((f) => !f.includes(" "));
    if (forms.length > 0) {
      forms.slice(0, 2).forEach((f, i) =>
        add({ word: f, lemma: f, stem: stem(f, lang), weight: kw.weight * (i === 0 ? 1 : 0.5), ...(kw.pos ? { pos: kw.pos } : {}) }),
      );
    } else if (!isWord(kw.word, "en") || kw.pos === "PROPN") {
      // A place, a name or a word of the trade that is no English word ("milonga", "estancia") reads as it is.
      add(kw);
    }
  }
  if (out.size === 0) return u;
  return {
    ...u,
    language: lang,
    writtenIn: u.language,
    keywords: [...out.values()].sort((a, b) => b.weight - a.weight),
  };
}
