/**
 * Cross-lingual concept words (data/sources/safety/concepts.json) as classifier features. A request that
 * contains a word of concept c gets the feature "k:c", and "k:a|b" for each pair of concepts found; the
 * same concept written in Chinese, Russian or Spanish lights the same feature, so what the classifier
 * learns from English requests carries over to languages with few labelled examples. Nothing blocks on
 * a concept by itself: the classifier weighs them.
 *
 * Terms are normalised like requests. Terms in scripts written without spaces between words (Han, kana,
 * Thai, Khmer, Burmese, Lao; Khmer's zero-width word breaks are format characters the normaliser drops) or
 * with attached prefixes (Arabic articles and conjunctions) and Hangul (attached particles) match
 * anywhere in the text; other terms match at the start of a word (a prefix, so inflected forms count),
 * and terms of four letters or fewer, or marked with a trailing "=", only as whole words ("rat" is not
 * "rather", "organ=" is not "organic"). The mark holds in every script: a short Arabic-script term that
 * would match inside longer words ("بمب=", bomb, is inside "بمبئی", Mumbai) is written with it.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { builtPath, sourcePath } from "../core/index.js";
import { SafetyDataError } from "./errors.js";
import { normalizeText, type NormalizedText } from "./normalize.js";

const ANYWHERE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Thai}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Lao}]/u;
const conceptsSchema = z.object({ about: z.string(), concepts: z.record(z.string(), z.array(z.string()).min(1)) });

/**
 * All concepts' terms in two tries keyed by UTF-16 code unit: terms that match anywhere, and terms that
 * match at the start of a word. One pass over the text walks the first trie from every position and the
 * second from word starts only, so a request costs O(text length x longest term) whatever the number of
 * terms; one alternation regex per concept cost as much to compile as the rest of the guard's start.
 * A match is the regular expression's: the code point before a word-start term is not a letter, mark
 * or digit, and neither is the one after a whole-word term.
 *
 * Each trie is stored flat (typed arrays, children of a node contiguous and sorted by code unit, found by
 * binary search), built in one pass over the sorted terms: a trie of objects and Maps for the ~8,000 terms
 * held several times the memory, in every thread that runs the guard.
 */
interface Trie {
  /** Per node: index of its first edge, and how many edges it has. */
  firstEdge: Int32Array;
  edgeCount: Int32Array;
  /** Per edge: its code unit and the node it leads to; a node's edges are sorted by code unit. */
  edgeUnit: Uint16Array;
  edgeTarget: Int32Array;
  /** Per node: index of its first term end, and how many terms end there. */
  firstEnd: Int32Array;
  endCount: Int32Array;
  /** Per term end: the concept index and whether the term must end a word. */
  endConcept: Int32Array;
  endWhole: Uint8Array;
}

interface TermEnd {
  term: string;
  concept: number;
  whole: boolean;
}

interface CompiledConcepts {
  ids: string[];
  anywhere: Trie;
  wordStart: Trie;
}

let compiled: CompiledConcepts | null = null;

/**
 * The flat trie of `terms`. Sorted by UTF-16 code units, the terms under any node form one contiguous run, with
 * the terms ending at that node first; each node's edges are reserved together before its children are built,
 * so they stay contiguous.
 */
function buildTrie(terms: TermEnd[]): Trie {
  const sorted = [...terms].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.concept - b.concept));
  const firstEdge: number[] = [];
  const edgeCount: number[] = [];
  const firstEnd: number[] = [];
  const endCount: number[] = [];
  const edgeUnit: number[] = [];
  const edgeTarget: number[] = [];
  const endConcept: number[] = [];
  const endWhole: number[] = [];
  const build = (lo: number, hi: number, depth: number): number => {
    const node = firstEdge.length;
    firstEdge.push(0);
    edgeCount.push(0);
    firstEnd.push(endConcept.length);
    endCount.push(0);
    let i = lo;
    for (; i < hi && sorted[i]!.term.length === depth; i++) {
      endConcept.push(sorted[i]!.concept);
      endWhole.push(sorted[i]!.whole ? 1 : 0);
    }
    endCount[node] = i - lo;
    const groups: [number, number, number][] = [];
    while (i < hi) {
      const unit = sorted[i]!.term.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && sorted[j]!.term.charCodeAt(depth) === unit) j++;
      groups.push([unit, i, j]);
      i = j;
    }
    firstEdge[node] = edgeUnit.length;
    edgeCount[node] = groups.length;
    for (const [unit] of groups) {
      edgeUnit.push(unit);
      edgeTarget.push(-1);
    }
    groups.forEach(([, a, b], k) => {
      edgeTarget[firstEdge[node]! + k] = build(a, b, depth + 1);
    });
    return node;
  };
  build(0, sorted.length, 0);
  return {
    firstEdge: Int32Array.from(firstEdge),
    edgeCount: Int32Array.from(edgeCount),
    edgeUnit: Uint16Array.from(edgeUnit),
    edgeTarget: Int32Array.from(edgeTarget),
    firstEnd: Int32Array.from(firstEnd),
    endCount: Int32Array.from(endCount),
    endConcept: Int32Array.from(endConcept),
    endWhole: Uint8Array.from(endWhole),
  };
}

/** The child of `node` along code unit `unit`, or -1. */
function child(t: Trie, node: number, unit: number): number {
  let lo = t.firstEdge[node]!;
  let hi = lo + t.edgeCount[node]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const u = t.edgeUnit[mid]!;
    if (u === unit) return t.edgeTarget[mid]!;
    if (u < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A term normalised as it reads inside a request of its own language. A short Cyrillic or Greek term
 * may consist only of Latin lookalikes ("наркот"), which the normaliser would read as Latin when alone;
 * inside a Russian request it stays Cyrillic. So such terms are normalised after a letter that only
 * Cyrillic has, which makes the text Cyrillic-dominant, and that letter is then dropped.
 */
function normalizeTerm(term: string): string {
  if (!/[\p{sc=Cyrillic}\p{sc=Greek}]/u.test(term)) return normalizeText(term).text;
  return normalizeText("ж " + term).text.slice(2);
}

/**
 * The concept words as the matcher reads them: each term normalised, split into the two tries, the whole-word
 * rule applied. Normalising ~10,000 terms is most of the guard's start-up work and garbage, so it is done once,
 * by `npm run build:safety-data` (and before training), into data/built/safety/concept-terms.json; a test checks
 * that file against this function on the source.
 */
export interface ConceptTerms {
  about: string;
  ids: string[];
  /** [normalised term, concept index] for terms matched anywhere. */
  anywhere: [string, number][];
  /** [normalised term, concept index, 1 if it must end a word] for terms matched at word starts. */
  wordStart: [string, number, number][];
}

export function buildConceptTerms(): ConceptTerms {
  const path = sourcePath("safety", "concepts.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = conceptsSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${path} is malformed`);
  const out: ConceptTerms = {
    about: "Generated by `npm run build:safety-data` from data/sources/safety/concepts.json (src/safety/concepts.ts).",
    ids: [],
    anywhere: [],
    wordStart: [],
  };
  Object.entries(parsed.data.concepts).forEach(([id, terms], concept) => {
    out.ids.push(id);
    for (const term of terms) {
      const marked = term.endsWith("=");
      const n = normalizeTerm(marked ? term.slice(0, -1) : term);
      if (n.length === 0) continue;
      if (ANYWHERE.test(n) && !marked) out.anywhere.push([n, concept]);
      else out.wordStart.push([n, concept, marked || [...n].length <= 4 ? 1 : 0]);
    }
  });
  return out;
}

export const conceptTermsPath = (): string => builtPath("safety", "concept-terms.json");

const termsSchema = z.object({
  about: z.string(),
  ids: z.array(z.string()),
  anywhere: z.array(z.tuple([z.string(), z.number().int().min(0)])),
  wordStart: z.array(z.tuple([z.string(), z.number().int().min(0), z.number().int().min(0).max(1)])),
});

function compile(): CompiledConcepts {
  if (compiled) return compiled;
  const path = conceptTermsPath();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}; reinstall the package`);
  }
  const parsed = termsSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${path} is malformed; run npm run build:safety-data`);
  const t = parsed.data;
  compiled = {
    ids: t.ids,
    anywhere: buildTrie(t.anywhere.map(([term, concept]) => ({ term, concept, whole: false }))),
    wordStart: buildTrie(t.wordStart.map(([term, concept, whole]) => ({ term, concept, whole: whole === 1 }))),
  };
  return compiled;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code point that starts at index i (UTF-16) is a letter, mark or digit. */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function walk(t: Trie, text: string, from: number, found: boolean[]): void {
  let node = 0;
  for (let i = from; i < text.length; i++) {
    node = child(t, node, text.charCodeAt(i));
    if (node < 0) return;
    const end = t.firstEnd[node]! + t.endCount[node]!;
    for (let e = t.firstEnd[node]!; e < end; e++) {
      const concept = t.endConcept[e]!;
      if (!found[concept] && (t.endWhole[e] === 0 || !wordCharAt(text, i + 1))) found[concept] = true;
    }
  }
}

/** Concept ids found in the text, then every pair "a|b" of them (in the file's order). */
export function conceptFeatures(t: NormalizedText): string[] {
  const c = compile();
  const text = t.text;
  const hit: boolean[] = new Array<boolean>(c.ids.length).fill(false);
  let previousIsWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isLowSurrogate = (unit & 0xfc00) === 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    if (child(c.anywhere, 0, unit) >= 0) walk(c.anywhere, text, i, hit);
    if (!isLowSurrogate && !previousIsWordChar && child(c.wordStart, 0, unit) >= 0) walk(c.wordStart, text, i, hit);
    if (!isLowSurrogate) previousIsWordChar = wordCharAt(text, i);
  }
  const found = c.ids.filter((_, k) => hit[k]);
  const pairs: string[] = [];
  for (let i = 0; i < found.length; i++)
    for (let j = i + 1; j < found.length; j++) pairs.push(found[i] + "|" + found[j]);
  return [...found, ...pairs];
}

export function warmConcepts(): void {
  compile();
}
