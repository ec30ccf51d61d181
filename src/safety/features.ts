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
 *  - cross-lingual concepts and their pairs (src/safety/concepts.ts).
 * N-gram features are hashed with 32-bit FNV-1a into DIM buckets, binary, scaled by 1/sqrt(count) so
 * long and short requests weigh alike; rule and concept features get a fixed value, so a strong signal
 * is not diluted by a long text.
 */
import type { NormalizedText } from "./normalize.js";
import { fnv1a } from "../core/hash.js";
import { applyRules } from "./rules.js";
import { conceptFeatures } from "./concepts.js";

/** 2^17 buckets per class: collisions stay rare for ~10^5 distinct n-grams while int8 weights stay ~1.8 MiB. */
export const FEATURE_BITS = 17;
export const FEATURE_DIM = 1 << FEATURE_BITS;
/** Value of a rule or concept feature (n-gram features share an L2 norm of 1 among them). */
const SIGNAL_VALUE = 0.3;
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
  for (const w of squeezedWords) {
    const p = " " + w + " ";
    for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= p.length; i++) add("c:" + p.slice(i, i + n));
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
