/**
 * Facts about one label that several sub-scores read: its segmentation into words, its pronounceability
 * and its character classes. Computed once per label and request (see index.ts for the memo).
 */
import type { SupportedLanguage } from "../../core/types.js";
import {
  SPELLED_MORPHEMES,
  fold,
  pronounceability,
  segment,
  type CompactWordSet,
  type Segmentation,
} from "../../lexicon/index.js";

export interface LabelFacts {
  label: string;
  /** The request's language (what the label is read in). */
  lang: SupportedLanguage;
  /** Length in code points (what a person types and reads). */
  length: number;
  /** The label without hyphens, accent-folded: what relevance matching runs on. */
  flat: string;
  seg: Segmentation;
  /** Offsets in `flat` where a piece starts / ends (from the segmentation and the generator's parts). */
  starts: number[];
  ends: number[];
  /** isStart[i] = 1 when a piece starts at offset i of flat; isEnd[i] = 1 when one ends there. */
  isStart: Uint8Array;
  isEnd: Uint8Array;
  /** Pronounceability in [0,1], and the language whose model gave it. */
  pron: number;
  pronLang: SupportedLanguage;
  digits: number;
  hyphens: number;
  /** Characters that are neither letters, digits nor hyphens (invalid in a label; validation rejects them). */
  odd: number;
  letters: number;
}

const LETTER = /\p{L}/u;

function classify(label: string): { length: number; digits: number; hyphens: number; odd: number; letters: number } {
  let digits = 0,
    hyphens = 0,
    odd = 0,
    letters = 0,
    length = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    // A surrogate pair is one code point: count it at its high half only.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && label.charCodeAt(i - 1) >= 0xd800 && label.charCodeAt(i - 1) <= 0xdbff)
      continue;
    length++;
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c === 0x2d) hyphens++;
    else if (c >= 0x30 && c <= 0x39) digits++;
    else if (c < 0x80) odd++;
    else if (LETTER.test(String.fromCodePoint(label.codePointAt(i) ?? c))) letters++;
    else odd++;
  }
  return { length, digits, hyphens, odd, letters };
}

/** Piece boundaries of the segmentation on `flat`. Folding may lengthen ("ß" -> "ss"); offsets are on folded pieces. */
function boundaries(flat: string, seg: Segmentation): { isStart: Uint8Array; isEnd: Uint8Array } {
  const isStart = new Uint8Array(flat.length + 1);
  const isEnd = new Uint8Array(flat.length + 1);
  let pos = 0;
  for (const w of seg.words) {
    isStart[pos] = 1;
    pos += fold(w).length;
    isEnd[Math.min(pos, flat.length)] = 1;
  }
  return { isStart, isEnd };
}

/**
 * The generator's parts add boundaries when they appear in order in the label ("coffee" + "bean"); returns
 * whether any was new.
 */
function addPartBoundaries(
  flat: string,
  parts: readonly string[] | undefined,
  isStart: Uint8Array,
  isEnd: Uint8Array,
): boolean {
  if (!parts || parts.length <= 1) return false;
  let added = false;
  let at = 0;
  for (const p of parts) {
    const f = fold(p.toLowerCase());
    if (f.length === 0) continue;
    const i = flat.indexOf(f, at);
    if (i < 0) break;
    if (!isStart[i] || !isEnd[i + f.length]) added = true;
    isStart[i] = 1;
    isEnd[i + f.length] = 1;
    at = i + f.length;
  }
  return added;
}

/**
 * Whether `parts` change what analyseLabel finds in `label`: they only add piece boundaries, so parts whose
 * boundaries the segmentation already has give the same facts as no parts (and the scorer's memo can share them).
 */
export function partsAddBoundaries(
  label: string,
  lang: SupportedLanguage,
  parts: readonly string[] | undefined,
  terms?: CompactWordSet,
): boolean {
  if (!parts || parts.length <= 1) return false;
  const seg = segment(label, lang, terms ? { terms } : {});
  const flat = fold(label.includes("-") ? label.replace(/-/g, "") : label);
  const { isStart, isEnd } = boundaries(flat, seg);
  return addPartBoundaries(flat, parts, isStart, isEnd);
}

export function analyseLabel(
  label: string,
  lang: SupportedLanguage,
  parts?: readonly string[],
  terms?: CompactWordSet,
): LabelFacts {
  const seg = segment(label, lang, terms ? { terms } : {});
  const cls = classify(label);
  const flat = fold(cls.hyphens > 0 ? label.replace(/-/g, "") : label);
  const { isStart, isEnd } = boundaries(flat, seg);
  addPartBoundaries(flat, parts, isStart, isEnd);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= flat.length; i++) {
    if (isStart[i] && i < flat.length) starts.push(i);
    if (isEnd[i] && i > 0) ends.push(i);
  }

  // Pronounce in the description's language; when English words make up most of the label, the name is
  // read the English way, so the English model gets a say too. A compound is said word by word, so the
  // letter model sees a boundary between two known pieces of 3+ letters ("brew|bean": no "wb" cluster),
  // and spelled-out morphemes are cut out ("getcoffeehq" is said "get coffee H-Q").
  let spoken = "";
  const ps = seg.parts;
  let prevKnown = false;
  for (const p of ps) {
    if (p.kind === "morpheme" && SPELLED_MORPHEMES.has(p.text)) {
      spoken += "-";
      prevKnown = false;
      continue;
    }
    const known = (p.kind === "word" || p.kind === "term") && p.text.length >= 3;
    if (known && prevKnown) spoken += "-";
    spoken += p.text;
    prevKnown = known;
  }
  let pron = pronounceability(spoken, lang);
  let pronLang = lang;
  if (lang !== "en") {
    let enLetters = 0;
    let total = 0;
    for (const p of seg.parts) {
      total += p.text.length;
      if (p.kind === "word" && p.lang === "en") enLetters += p.text.length;
    }
    if (total > 0 && enLetters * 2 >= total) {
      const en = pronounceability(spoken, "en");
      if (en > pron) {
        pron = en;
        pronLang = "en";
      }
    }
  }
  return { label, lang, ...cls, flat, seg, starts, ends, isStart, isEnd, pron, pronLang };
}
