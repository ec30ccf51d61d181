/**
 * Word segmentation of a concatenated label ("brewbean" -> brew + bean, "getcoffeehq" -> get + coffee + hq)
 * by dynamic programming over cut points, minimising the total cost of the pieces:
 *
 *   best[0] = 0,  best[j] = min over pieces p = label[i..j) of best[i] + cost(p)
 *
 * cost(p) is the negative log-probability of p under a unigram model, so that few, long, common words win:
 *   ranked word (English, SUBTLEX rank r):  ln(r + 1) + ln(H),  H = ln(R) + 0.5772   (Zipf: P(r) ~ 1/(r H))
 *   unranked dictionary word:               ln(N)   (uniform over the N entries of the language's list)
 *   function word of an unranked language:  ln(FUNCTION_WORD_RANK) + ln(H)  (stop words are the head of
 *                                           any language's frequency list)
 *   plus a short-word surcharge (1-3 letters are mostly particles/abbreviations that shred a label),
 *   plus CROSS_LANGUAGE for English pieces inside a label of another language,
 *   domain morpheme ("hq", "ify"):          MORPHEME_COST,
 *   an unknown run of k characters:         UNKNOWN_START + k ln(26)  (a letter drawn uniformly, plus the
 *                                           price of leaving the lexicon once; runs are single pieces)
 *   a digit run: free (it is its own piece); hyphens separate pieces and cost nothing.
 * Complexity O(n * L * stores) hash probes, L = longest entry; no strings are allocated while probing.
 */
import type { Language, SupportedLanguage } from "../core/types.js";
import { fold, isAscii } from "./fold.js";
import { CompactWordSet, FNV_OFFSET, fnvStep } from "./hashset.js";
import { DOMAIN_MORPHEMES } from "./morphemes.js";
import { readStopwords } from "./sources.js";
import { wordStore, type WordStore } from "./store.js";

export type PartKind = "word" | "morpheme" | "unknown" | "digits";

export interface SegmentPart {
  text: string;
  kind: PartKind;
  /** Lexicon the word was found in (kind "word" only). */
  lang?: SupportedLanguage;
  /** SUBTLEX frequency rank when known (English words only). */
  rank?: number;
}

export interface Segmentation {
  /** Piece texts in order; joined they give the label without its hyphens. */
  words: string[];
  parts: SegmentPart[];
  /** Share of the label's characters (hyphens excluded) inside dictionary words or domain morphemes, in [0,1]. */
  coverage: number;
  /** Number of pieces that are dictionary words. */
  wordCount: number;
  /** Total cost (nats) of the best segmentation; lower = more word-like. */
  cost: number;
}

const UNKNOWN_START = 8;
const UNKNOWN_PER_CHAR = Math.log(26);
/** Longest unknown run tried as one piece; longer ones are chained (and pay UNKNOWN_START again). */
const MAX_UNKNOWN_RUN = 24;
/** Typical rank of a stop word in a frequency list (they fill its first few hundred places). */
const FUNCTION_WORD_RANK = 100;
const MORPHEME_COST = 10;
/** English pieces inside another language's label: ln(20), i.e. one name piece in ~20 is borrowed English. */
const CROSS_LANGUAGE = 3;
const EULER_GAMMA = 0.5772156649;
/** Surcharge by piece length (index = length; longer pieces get none). */
const SHORT_SURCHARGE = [0, 3, 2, 1];

let morphemeSet: CompactWordSet | undefined;
function morphemes(): CompactWordSet {
  return (morphemeSet ??= CompactWordSet.build(DOMAIN_MORPHEMES));
}

interface Scorer {
  store: WordStore;
  lang: SupportedLanguage;
  /** Cost of an unranked word. */
  base: number;
  /** ln(H) for ranked words. */
  zipf: number;
  extra: number;
  /** Function words, for languages without frequency ranks. */
  fn: CompactWordSet | undefined;
  fnCost: number;
}

const functionWordSets = new Map<SupportedLanguage, CompactWordSet>();
function functionWords(lang: SupportedLanguage, store: WordStore): CompactWordSet {
  let set = functionWordSets.get(lang);
  if (!set) {
    const words: string[] = [];
    for (const w of readStopwords(lang)) {
      if (!store.has(w)) continue;
      words.push(w);
      if (!isAscii(w)) words.push(fold(w));
    }
    set = CompactWordSet.build(words);
    functionWordSets.set(lang, set);
  }
  return set;
}

function scorerFor(lang: SupportedLanguage, extra: number): Scorer {
  const store = wordStore(lang);
  const ranked = store.set.rankedCount;
  const zipf = ranked > 0 ? Math.log(Math.log(ranked) + EULER_GAMMA) : 0;
  // Unranked words in a ranked lexicon: as if ranked twice past the end of the list.
  const size = Math.max(store.set.size, 2);
  const base = ranked > 0 ? Math.log(2 * ranked + 1) + zipf : Math.log(size);
  const fn = ranked > 0 ? undefined : functionWords(lang, store);
  const fnCost = Math.log(FUNCTION_WORD_RANK) + Math.log(Math.log(size) + EULER_GAMMA);
  return { store, lang, base, zipf, extra, fn, fnCost };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
/** Characters that may be inside a dictionary word: a-z and everything past Latin-1 punctuation. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

const KIND_UNKNOWN = 0, KIND_WORD = 1, KIND_MORPHEME = 2, KIND_DIGITS = 3, KIND_HYPHEN = 4;

/**
 * Segments a lower-case label. `lang` is the description's language; its dictionary is tried first and
 * English is always tried too (domain names mix in English words), with a small surcharge.
 */
export function segment(label: string, lang: Language = "en"): Segmentation {
  const primary: SupportedLanguage = lang === "und" ? "en" : lang;
  const scorers = [scorerFor(primary, 0)];
  if (primary !== "en") scorers.push(scorerFor("en", CROSS_LANGUAGE));
  const morph = morphemes();

  const n = label.length;
  // Second probe stream over the accent-folded label when folding keeps positions (é -> e, not ß -> ss).
  let folded: string | undefined;
  if (!isAscii(label)) {
    const f = fold(label);
    if (f.length === n && f !== label) folded = f;
  }
  const best = new Float64Array(n + 1).fill(Infinity);
  const prev = new Int32Array(n + 1).fill(-1);
  const kind = new Uint8Array(n + 1);
  const who = new Int8Array(n + 1).fill(-1);
  const rankAt = new Int32Array(n + 1).fill(-1);
  best[0] = 0;

  const relax = (i: number, j: number, cost: number, k: number, s: number, r: number): void => {
    const c = best[i] + cost;
    if (c < best[j]) {
      best[j] = c;
      prev[j] = i;
      kind[j] = k;
      who[j] = s;
      rankAt[j] = r;
    }
  };

  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const c0 = label.charCodeAt(i);
    if (c0 === 0x2d) {
      relax(i, i + 1, 0, KIND_HYPHEN, -1, -1);
      continue;
    }
    if (isDigit(c0)) {
      let j = i + 1;
      while (j < n && isDigit(label.charCodeAt(j))) j++;
      relax(i, j, 0, KIND_DIGITS, -1, -1);
      continue;
    }
    for (let j = i + 1; j <= Math.min(n, i + MAX_UNKNOWN_RUN); j++) {
      const c = label.charCodeAt(j - 1);
      if (c === 0x2d || isDigit(c)) break;
      relax(i, j, UNKNOWN_START + (j - i) * UNKNOWN_PER_CHAR, KIND_UNKNOWN, -1, -1);
    }
    if (!isWordChar(c0)) continue;
    for (let s = 0; s < scorers.length; s++) {
      const sc = scorers[s];
      const set = sc.store.set;
      const end = Math.min(n, i + set.maxLength);
      for (const text of folded ? [label, folded] : [label]) {
        let h = FNV_OFFSET;
        for (let j = i; j < end; j++) {
          const c = text.charCodeAt(j);
          if (!isWordChar(c)) break;
          h = fnvStep(h, c);
          const e = set.findHashed(h, text, i, j + 1);
          if (e < 0) continue;
          const len = j + 1 - i;
          const r = set.rankOf(e);
          // Function words are short by nature ("y", "el", "du"): no short-word surcharge for them.
          const isFn = r < 0 && sc.fn !== undefined && sc.fn.findHashed(h, text, i, j + 1) >= 0;
          const freq = r >= 0 ? Math.log(r + 1) + sc.zipf : isFn ? sc.fnCost : sc.base;
          const cost = freq + (isFn ? 0 : (SHORT_SURCHARGE[len] ?? 0)) + sc.extra;
          relax(i, j + 1, cost, KIND_WORD, s, r);
        }
      }
    }
    let h = FNV_OFFSET;
    for (let j = i; j < Math.min(n, i + morph.maxLength); j++) {
      const c = label.charCodeAt(j);
      if (!isWordChar(c)) break;
      h = fnvStep(h, c);
      if (morph.findHashed(h, label, i, j + 1) >= 0) relax(i, j + 1, MORPHEME_COST, KIND_MORPHEME, -1, -1);
    }
  }

  // Walk back, merging runs of unknown characters into one piece.
  const rev: SegmentPart[] = [];
  let j = n;
  while (j > 0) {
    const i = prev[j];
    const k = kind[j];
    if (k !== KIND_HYPHEN) {
      const text = label.slice(i, j);
      const last = rev[rev.length - 1];
      if (k === KIND_UNKNOWN && last && last.kind === "unknown") last.text = text + last.text;
      else if (k === KIND_WORD) {
        const part: SegmentPart = { text, kind: "word", lang: scorers[who[j]].lang };
        if (rankAt[j] >= 0) part.rank = rankAt[j];
        rev.push(part);
      } else rev.push({ text, kind: k === KIND_MORPHEME ? "morpheme" : k === KIND_DIGITS ? "digits" : "unknown" });
    }
    j = i;
  }
  const parts = rev.reverse();
  let total = 0;
  let covered = 0;
  let wordCount = 0;
  for (const p of parts) {
    total += p.text.length;
    if (p.kind === "word" || p.kind === "morpheme") covered += p.text.length;
    if (p.kind === "word") wordCount++;
  }
  return { words: parts.map((p) => p.text), parts, coverage: total > 0 ? covered / total : 0, wordCount, cost: best[n] };
}
