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
 *   caller term (options.terms, "saas"):    TERM_COST,
 *   an unknown run of k characters:         UNKNOWN_START + k ln(26)  (a letter drawn uniformly, plus the
 *                                           price of leaving the lexicon once; runs are single pieces)
 *   a digit run: free (it is its own piece); hyphens separate pieces and cost nothing.
 * Complexity O(n * L * stores) hash probes, L = longest entry, cut short by the sets' 4-letter prefix
 * filter; no strings are allocated while probing.
 */
import type { Language, SupportedLanguage } from "../core/types.js";
import { fold, isAscii } from "./fold.js";
import { CompactWordSet, FNV_OFFSET, PREFIX_LEN, fnvStep } from "./hashset.js";
import { DOMAIN_MORPHEMES } from "./morphemes.js";
import { readStopwords } from "./sources.js";
import { UMLAUT_DROPPED, wordStore, type WordStore } from "./store.js";
import { lexiconLanguage } from "./language.js";

export type PartKind = "word" | "term" | "morpheme" | "unknown" | "digits";

export interface SegmentPart {
  text: string;
  /**
   * word: in the language's (or English) dictionary; term: one of the caller's own words (the
   * description's keywords, say "saas"); morpheme: a naming convention ("hq", "ify"); unknown: none of
   * these; digits: a run of digits.
   */
  kind: PartKind;
  /** Lexicon the word was found in (kind "word" only). */
  lang?: SupportedLanguage;
  /** SUBTLEX frequency rank when known (English words only). */
  rank?: number;
  /** German only: the word was found with an umlaut dropped to its bare vowel ("backerei" for "bäckerei"). */
  umlautDropped?: true;
}

export interface Segmentation {
  /** Piece texts in order; joined they give the label without its hyphens. */
  words: string[];
  parts: SegmentPart[];
  /** Share of the label's characters (hyphens excluded) inside words, terms or morphemes, in [0,1]. */
  coverage: number;
  /** Number of pieces that are dictionary words. */
  wordCount: number;
  /** Total cost (nats) of the best segmentation; lower = more word-like. */
  cost: number;
}

export interface SegmentOptions {
  /**
   * Extra words to recognise (lower case, accent-folded), e.g. the request's keywords: a label built from
   * them ("stacksaas") should split at them even when a dictionary lacks one. Build once per request with
   * `termSet()`; cost TERM_COST each.
   */
  terms?: CompactWordSet;
}

const UNKNOWN_START = 8;
const UNKNOWN_PER_CHAR = Math.log(26);
/** Longest unknown run tried as one piece; longer ones are chained (and pay UNKNOWN_START again). */
const MAX_UNKNOWN_RUN = 24;
/** Typical rank of a stop word in a frequency list (they fill its first few hundred places). */
const FUNCTION_WORD_RANK = 100;
const MORPHEME_COST = 10;
/** A word the caller supplied: as likely as a frequent word (rank ~ e^5 ~ 150 in Zipf terms). */
const TERM_COST = 7.5;
/** English pieces inside another language's label: ln(20), i.e. one name piece in ~20 is borrowed English. */
const CROSS_LANGUAGE = 3;
const EULER_GAMMA = 0.5772156649;
/** Surcharge by piece length (index = length; longer pieces get none). */
const SHORT_SURCHARGE = [0, 3, 2, 1];

let morphemeSet: CompactWordSet | undefined;
function morphemes(): CompactWordSet {
  return (morphemeSet ??= CompactWordSet.build(DOMAIN_MORPHEMES));
}

/** A set of caller words for SegmentOptions.terms (lower-cased and accent-folded here; 2+ letters). */
export function termSet(words: Iterable<string>): CompactWordSet {
  const out: string[] = [];
  for (const w of words) {
    const f = fold(w.toLowerCase());
    if (f.length >= 2) out.push(f);
  }
  return CompactWordSet.build(out);
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

const scorers = new Map<string, Scorer>();
function scorerFor(lang: SupportedLanguage, extra: number): Scorer {
  const key = `${lang}:${extra}`;
  let sc = scorers.get(key);
  if (sc) return sc;
  const store = wordStore(lang);
  const ranked = store.set.rankedCount;
  const zipf = ranked > 0 ? Math.log(Math.log(ranked) + EULER_GAMMA) : 0;
  // Unranked words in a ranked lexicon: as if ranked twice past the end of the list.
  const size = Math.max(store.set.size, 2);
  const base = ranked > 0 ? Math.log(2 * ranked + 1) + zipf : Math.log(size);
  const fn = ranked > 0 ? undefined : functionWords(lang, store);
  const fnCost = Math.log(FUNCTION_WORD_RANK) + Math.log(Math.log(size) + EULER_GAMMA);
  sc = { store, lang, base, zipf, extra, fn, fnCost };
  scorers.set(key, sc);
  return sc;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
/** Characters that may be inside a dictionary word: a-z and everything past Latin-1 punctuation. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

const KIND_UNKNOWN = 0,
  KIND_WORD = 1,
  KIND_MORPHEME = 2,
  KIND_DIGITS = 3,
  KIND_HYPHEN = 4,
  KIND_TERM = 5;

/** Dynamic-programming tables, reused across calls (labels are at most a few dozen characters). */
class Tables {
  best = new Float64Array(0);
  prev = new Int32Array(0);
  kind = new Uint8Array(0);
  who = new Int8Array(0);
  rankAt = new Int32Array(0);
  reset(n: number): void {
    if (this.best.length < n + 1) {
      const m = Math.max(n + 1, 2 * this.best.length, 64);
      this.best = new Float64Array(m);
      this.prev = new Int32Array(m);
      this.kind = new Uint8Array(m);
      this.who = new Int8Array(m);
      this.rankAt = new Int32Array(m);
    }
    this.best.fill(Infinity, 0, n + 1);
    this.best[0] = 0;
  }
  relax(i: number, j: number, cost: number, k: number, s: number, r: number): void {
    const c = this.best[i] + cost;
    if (c < this.best[j]) {
      this.best[j] = c;
      this.prev[j] = i;
      this.kind[j] = k;
      this.who[j] = s;
      this.rankAt[j] = r;
    }
  }
}
const T = new Tables();

/** Relaxes the DP edge for entry e = text[i..j] of a scorer's store (h = its FNV-1a hash). */
function relaxWord(text: string, i: number, j: number, h: number, e: number, sc: Scorer, s: number): void {
  const len = j + 1 - i;
  const r = sc.store.set.rankOf(e);
  // Function words are short by nature ("y", "el", "du"): no short-word surcharge for them.
  const isFn = r < 0 && sc.fn !== undefined && sc.fn.findHashed(h, text, i, j + 1) >= 0;
  const freq = r >= 0 ? Math.log(r + 1) + sc.zipf : isFn ? sc.fnCost : sc.base;
  T.relax(i, j + 1, freq + (isFn ? 0 : (SHORT_SURCHARGE[len] ?? 0)) + sc.extra, KIND_WORD, s, r);
}

/** Probes every dictionary entry starting at i in `text` and relaxes the DP edges they give. */
function probeStore(text: string, i: number, n: number, sc: Scorer, s: number): void {
  const set = sc.store.set;
  const end = Math.min(n, i + set.maxLength);
  let h = FNV_OFFSET;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isWordChar(c)) break;
    h = fnvStep(h, c);
    const e = set.findHashed(h, text, i, j + 1);
    if (e >= 0) relaxWord(text, i, j, h, e, sc, s);
    // After PREFIX_LEN characters, stop unless some longer entry starts this way.
    if (j + 1 - i === PREFIX_LEN && !set.mayExtend(h)) break;
  }
}

/**
 * Probes every entry of `set` starting at i in `text` and relaxes the DP edges they give; with `onlyFind`, relaxes
 * nothing and says whether there is one.
 */
function probeSet(
  text: string,
  i: number,
  n: number,
  set: CompactWordSet,
  cost: number,
  kind: number,
  onlyFind = false,
): boolean {
  const end = Math.min(n, i + set.maxLength);
  let h = FNV_OFFSET;
  let found = false;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isWordChar(c)) break;
    h = fnvStep(h, c);
    if (set.findHashed(h, text, i, j + 1) < 0) continue;
    if (onlyFind) return true;
    found = true;
    T.relax(i, j + 1, cost, kind, -1, -1);
  }
  return found;
}

/** Segmentations kept without caller terms (a bounded table, emptied when full). */
const CACHE_LIMIT = 8192;
const plainCache = new Map<string, Segmentation>();
/** With caller terms: per term set, which lives as long as the request that built it. */
const termCache = new WeakMap<CompactWordSet, Map<string, Segmentation>>();

/**
 * Segments a lower-case label. `lang` is the description's language; its dictionary is tried first and
 * English is always tried too (domain names mix in English words), with a small surcharge.
 * The result depends only on (label, lang, terms) and is remembered: scoring one candidate asks for the same
 * label's segmentation from several places (rubric, learned judge, unwanted words, registered estimate), and a
 * server sees the same labels again. The returned object is shared: read it, do not change it.
 */
export function segment(label: string, lang: Language = "en", options: SegmentOptions = {}): Segmentation {
  const key = `${lang}\u0000${label}`;
  const terms = options.terms;
  let table = plainCache;
  if (terms) {
    let t = termCache.get(terms);
    if (!t) termCache.set(terms, (t = new Map()));
    table = t;
  }
  const hit = table.get(key);
  if (hit) return hit;
  if (table.size >= CACHE_LIMIT) table.clear();
  // Caller terms change the result only where one of them stands in the label; without one, the plain
  // segmentation is the same and may already be remembered (a request's terms are its own few words).
  const seg = terms && !holdsEntry(terms, termText(label)) ? segment(label, lang) : segmentUncached(label, lang, terms);
  table.set(key, seg);
  return seg;
}

/** The text caller terms are matched on: the accent-folded label where folding keeps positions, else the label. */
function termText(label: string): string {
  if (isAscii(label)) return label;
  const f = fold(label);
  return f.length === label.length && f !== label ? f : label;
}

/** Whether any entry of `set` stands in `text` starting at a word character (where probeSet would find it). */
function holdsEntry(set: CompactWordSet, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (probeSet(text, i, text.length, set, 0, KIND_TERM, true)) return true;
  return false;
}

function segmentUncached(label: string, lang: Language, terms: CompactWordSet | undefined): Segmentation {
  const primary = lexiconLanguage(lang);
  const sc0 = scorerFor(primary, 0);
  const sc1 = primary !== "en" ? scorerFor("en", CROSS_LANGUAGE) : undefined;
  const morph = morphemes();

  const n = label.length;
  // Second probe stream over the accent-folded label when folding keeps positions (é -> e, not ß -> ss).
  let folded: string | undefined;
  if (!isAscii(label)) {
    const f = fold(label);
    if (f.length === n && f !== label) folded = f;
  }
  T.reset(n);
  const best = T.best;

  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const c0 = label.charCodeAt(i);
    if (c0 === 0x2d) {
      T.relax(i, i + 1, 0, KIND_HYPHEN, -1, -1);
      continue;
    }
    if (isDigit(c0)) {
      let j = i + 1;
      while (j < n && isDigit(label.charCodeAt(j))) j++;
      T.relax(i, j, 0, KIND_DIGITS, -1, -1);
      continue;
    }
    const maxRun = Math.min(n, i + MAX_UNKNOWN_RUN);
    for (let j = i + 1; j <= maxRun; j++) {
      const c = label.charCodeAt(j - 1);
      if (c === 0x2d || isDigit(c)) break;
      T.relax(i, j, UNKNOWN_START + (j - i) * UNKNOWN_PER_CHAR, KIND_UNKNOWN, -1, -1);
    }
    if (!isWordChar(c0)) continue;
    probeStore(label, i, n, sc0, 0);
    if (folded) probeStore(folded, i, n, sc0, 0);
    if (sc1) {
      probeStore(label, i, n, sc1, 1);
      if (folded) probeStore(folded, i, n, sc1, 1);
    }
    probeSet(label, i, n, morph, MORPHEME_COST, KIND_MORPHEME);
    if (terms) probeSet(folded ?? label, i, n, terms, TERM_COST, KIND_TERM);
  }

  // Walk back, merging runs of unknown characters into one piece.
  const scs = [sc0, sc1];
  const rev: SegmentPart[] = [];
  let j = n;
  while (j > 0) {
    const i = T.prev[j];
    const k = T.kind[j];
    if (k !== KIND_HYPHEN) {
      const text = label.slice(i, j);
      const last = rev[rev.length - 1];
      if (k === KIND_UNKNOWN && last && last.kind === "unknown") last.text = text + last.text;
      else if (k === KIND_WORD) {
        const part: SegmentPart = { text, kind: "word", lang: scs[T.who[j]]?.lang ?? primary };
        if (T.rankAt[j] >= 0) part.rank = T.rankAt[j];
        else if (T.rankAt[j] === UMLAUT_DROPPED) part.umlautDropped = true;
        rev.push(part);
      } else
        rev.push({
          text,
          kind: k === KIND_MORPHEME ? "morpheme" : k === KIND_TERM ? "term" : k === KIND_DIGITS ? "digits" : "unknown",
        });
    }
    j = i;
  }
  const parts = rev.reverse();
  let total = 0;
  let covered = 0;
  let wordCount = 0;
  for (const p of parts) {
    total += p.text.length;
    if (p.kind === "word" || p.kind === "morpheme" || p.kind === "term") covered += p.text.length;
    if (p.kind === "word") wordCount++;
  }
  return {
    words: parts.map((p) => p.text),
    parts,
    coverage: total > 0 ? covered / total : 0,
    wordCount,
    cost: best[n],
  };
}
