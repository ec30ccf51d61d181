/**
 * Hashed features for the request classifier (the "hashing trick": no vocabulary to ship).
 * From the normalised text: word unigrams and bigrams; from the squeezed text: character 3-, 4- and
 * 5-grams of each word padded with spaces (" porn " -> " po", "por", "orn", "rn ", ...), which carry
 * over to inflections, compounds and other languages. Each feature is hashed with 32-bit FNV-1a into
 * DIM buckets; values are binary presence, L2-normalised so long and short requests weigh alike.
 */
import type { NormalizedText } from "./normalize.js";
import { fnv1a } from "../core/hash.js";

/** 2^14 buckets: ~16k weights per class keeps the model small (int8 => 16 KiB per class). */
export const FEATURE_BITS = 14;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MAX_WORDS = 400;

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export function extractFeatures(t: NormalizedText): SparseVector {
  const set = new Set<number>();
  const add = (f: string) => set.add(fnv1a(f) & (FEATURE_DIM - 1));
  const words = t.text
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
  for (let i = 0; i < words.length; i++) {
    add("w:" + words[i]);
    if (i + 1 < words.length) add("b:" + words[i] + " " + words[i + 1]);
  }
  const squeezedWords = t.squeezed
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
  for (const w of squeezedWords) {
    const p = " " + w + " ";
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= p.length; i++) add("c:" + p.slice(i, i + n));
  }
  const indices = Int32Array.from([...set].sort((a, b) => a - b));
  const v = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
  const values = new Float32Array(indices.length).fill(v);
  return { indices, values };
}
