/**
 * Hashed features for the request classifier (the "hashing trick": no vocabulary to ship). From the
 * normalised text (src/safety/normalize.ts, which undoes obfuscations and keeps each script readable):
 *  - word unigrams and bigrams;
 *  - character 2- to 5-grams of each squeezed word padded with spaces (" porn " -> " p", " po", "por",
 *    ...), which carry over to inflections, compounds, misspellings and agglutinative languages;
 *  - character unigrams of scripts written without spaces (Han, kana, Thai, Khmer, Burmese, Lao), whose
 *    "words" are whole phrases;
 *  - the ids of the lexicon rules and contexts that fired (src/safety/rules.ts), so the classifier learns
 *    how far to trust each one;
 *  - cross-lingual concepts and their pairs (src/safety/concepts.ts);
 *  - for a word in Cyrillic or Greek, its word and character n-grams once more in a plain Latin
 *    transliteration ("убиј" -> "ubij", "απάτη" -> "apati"), in the same feature space as Latin words: Serbian
 *    is written in both scripts and Bosnian, Croatian and Montenegrin in Latin, writers type Russian, Ukrainian
 *    and Greek in Latin letters, so what one spelling teaches reaches the other (the normaliser keeps each
 *    script readable and never transliterates, because the lexicon's terms are written per script).
 * N-gram features are hashed with 32-bit FNV-1a into DIM buckets, binary, scaled by 1/sqrt(count) so
 * long and short requests weigh alike; rule and concept features get a fixed value, so a strong signal
 * is not diluted by a long text.
 */
import type { NormalizedText } from "./normalize.js";
import { fnv1a } from "../core/hash.js";
import { applyRules } from "./rules.js";
import { conceptFeatures } from "./concepts.js";

/**
 * 2^20 buckets per class: the writers' requests in some eighty languages hold many times more distinct recurring
 * n-grams than 2^17 buckets, so at 2^17 a rare language's n-grams were mostly read through other languages' weights,
 * and at 2^19 still several shared a bucket (the measured counts and the cross-validations that chose each size are
 * in data/sources/safety/FROZEN.md). The int8 weights take 14 MiB at 14 classes.
 */
export const FEATURE_BITS = 20;
export const FEATURE_DIM = 1 << FEATURE_BITS;
/** Value of a rule or concept feature (n-gram features share an L2 norm of 1 among them). */
const SIGNAL_VALUE = 0.3;
/**
 * Cyrillic and Greek letters (lower case, accents already dropped by the normaliser) to the Latin letters they are
 * written with when the same language is typed in Latin, accent-free as the normaliser leaves Latin text
 * (Serbian "ш" = "š" -> "s", "ћ" = "ć" -> "c", "ђ" = "đ" -> "d"; Russian "я" -> "ja"; Greek "θ" -> "th"). The
 * letters the normaliser already reduces (й, ё, ї, ў lose their marks) keep entries so that the function is also
 * right on text that did not pass through it.
 */
const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ђ: "d",
  е: "e",
  ж: "z",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ћ: "c",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "c",
  џ: "dz",
  ш: "s",
  щ: "sc",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "ju",
  я: "ja",
  й: "j",
  є: "je",
  і: "i",
  ї: "i",
  ґ: "g",
  ѕ: "dz",
  ё: "e",
  ў: "u",
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "ks",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};
const CYRILLIC_OR_GREEK_WORD = /[\u0370-\u03ff\u0400-\u04ff]/;

/** The Latin spelling of a Cyrillic or Greek word (letters without a mapping are kept). */
export function transliterate(word: string): string {
  let out = "";
  for (const ch of word) out += TRANSLIT[ch] ?? ch;
  return out;
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Lao}]/u;

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** `firedRules`: the ids from applyRules(t), when the caller already has them. */
export function extractFeatures(t: NormalizedText, firedRules?: readonly string[]): SparseVector {
  const mask = FEATURE_DIM - 1;
  const set = new Set<number>();
  const add = (f: string) => set.add(fnv1a(f) & mask);
  // Every word counts (the input is already bounded by MAX_INPUT_CHARS): injected instructions and harm
  // buried at the end of a long paragraph are part of what is classified.
  const words = t.text.split(" ").filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    add("w:" + words[i]);
    if (i + 1 < words.length) add("b:" + words[i] + " " + words[i + 1]);
  }
  const squeezedWords = t.squeezed.split(" ").filter((w) => w.length > 0);
  const grams = (w: string): void => {
    const p = " " + w + " ";
    for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= p.length; i++) add("c:" + p.slice(i, i + n));
  };
  for (const w of squeezedWords) {
    grams(w);
    if (CYRILLIC_OR_GREEK_WORD.test(w)) {
      const latin = transliterate(w);
      add("w:" + latin);
      grams(latin);
    }
  }
  for (const ch of t.text) if (UNSPACED.test(ch)) add("u:" + ch);
  const v = set.size > 0 ? 1 / Math.sqrt(set.size) : 0;
  const values = new Map<number, number>();
  for (const i of set) values.set(i, v);
  for (const id of firedRules ?? applyRules(t).fired) values.set(fnv1a("r:" + id) & mask, SIGNAL_VALUE);
  for (const id of conceptFeatures(t)) values.set(fnv1a("k:" + id) & mask, SIGNAL_VALUE);
  const indices = Int32Array.from([...values.keys()].sort((a, b) => a - b));
  return { indices, values: Float32Array.from(indices, (i) => values.get(i) ?? 0) };
}
