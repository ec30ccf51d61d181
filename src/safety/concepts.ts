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
import { sourcePath } from "../core/index.js";
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
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Terms ending here: concept index, and whether the term must end a word. */
  ends: { concept: number; whole: boolean }[];
}

interface CompiledConcepts {
  ids: string[];
  anywhere: TrieNode;
  wordStart: TrieNode;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });
let compiled: CompiledConcepts | null = null;

function insert(root: TrieNode, term: string, concept: number, whole: boolean): void {
  let node = root;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let child = node.next.get(c);
    if (child === undefined) node.next.set(c, (child = newNode()));
    node = child;
  }
  node.ends.push({ concept, whole });
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

function compile(): CompiledConcepts {
  if (compiled) return compiled;
  const path = sourcePath("safety", "concepts.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}; reinstall the package`);
  }
  const parsed = conceptsSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${path} is malformed`);
  const result: CompiledConcepts = { ids: [], anywhere: newNode(), wordStart: newNode() };
  Object.entries(parsed.data.concepts).forEach(([id, terms], concept) => {
    result.ids.push(id);
    for (const term of terms) {
      const marked = term.endsWith("=");
      const n = normalizeTerm(marked ? term.slice(0, -1) : term);
      if (n.length === 0) continue;
      if (ANYWHERE.test(n) && !marked) insert(result.anywhere, n, concept, false);
      else insert(result.wordStart, n, concept, marked || [...n].length <= 4);
    }
  });
  compiled = result;
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

function walk(root: TrieNode, text: string, from: number, found: boolean[]): void {
  let node: TrieNode | undefined = root;
  for (let i = from; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) return;
    for (const e of node.ends) if (!found[e.concept] && (!e.whole || !wordCharAt(text, i + 1))) found[e.concept] = true;
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
    if (c.anywhere.next.has(unit)) walk(c.anywhere, text, i, hit);
    if (!isLowSurrogate && !previousIsWordChar && c.wordStart.next.has(unit)) walk(c.wordStart, text, i, hit);
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
