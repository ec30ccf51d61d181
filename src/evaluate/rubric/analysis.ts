/**
 * Facts about one label that several sub-scores read: its segmentation into words, its pronounceability
 * and its character classes. Computed once per scoreName call.
 */
import type { SupportedLanguage } from "../../core/types.js";
import { SPELLED_MORPHEMES, fold, pronounceability, segment, type Segmentation } from "../../lexicon/index.js";

export interface LabelFacts {
  label: string;
  /** Length in code points (what a person types and reads). */
  length: number;
  /** The label without hyphens, accent-folded: what relevance matching runs on. */
  flat: string;
  seg: Segmentation;
  /** Start offsets (in `flat`) of the pieces, and their end offsets. */
  starts: number[];
  ends: number[];
  /** Pronounceability in [0,1], and the language whose model gave it. */
  pron: number;
  pronLang: SupportedLanguage;
  digits: number;
  hyphens: number;
  /** Characters that are neither letters, digits nor hyphens (invalid in a label; validation rejects them). */
  odd: number;
  letters: number;
  /** Every 3-letter substring of flat; first and last 3 letters of each piece (relevance pre-filters). */
  trigrams: Set<string>;
  heads: Set<string>;
  tails: Set<string>;
}

const LETTER = /\p{L}/u;

export function analyseLabel(label: string, lang: SupportedLanguage, parts?: readonly string[]): LabelFacts {
  const seg = segment(label, lang);
  let digits = 0, hyphens = 0, odd = 0, letters = 0, length = 0;
  for (const ch of label) {
    length++;
    if (ch === "-") hyphens++;
    else if (ch >= "0" && ch <= "9") digits++;
    else if (LETTER.test(ch)) letters++;
    else odd++;
  }
  const flatRaw = label.replace(/-/g, "");
  const flatFolded = fold(flatRaw);
  // Folding may lengthen ("ß" -> "ss"); piece offsets are then measured on folded pieces.
  const flat = flatFolded;
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (const w of seg.words) {
    starts.push(pos);
    pos += fold(w).length;
    ends.push(pos);
  }
  // The generator's parts add boundaries when they appear in order in the label ("coffee" + "bean").
  if (parts && parts.length > 1) {
    let at = 0;
    const s2: number[] = [];
    const e2: number[] = [];
    for (const p of parts) {
      const f = fold(p.toLowerCase()).replace(/-/g, "");
      if (f.length === 0) continue;
      const i = flat.indexOf(f, at);
      if (i < 0) break;
      s2.push(i);
      e2.push(i + f.length);
      at = i + f.length;
    }
    for (const s of s2) if (!starts.includes(s)) starts.push(s);
    for (const e of e2) if (!ends.includes(e)) ends.push(e);
  }

  // Pronounce in the description's language; when English words make up most of the label, the name is
  // read the English way, so the English model gets a say too. Spelled-out morphemes ("hq") are cut out
  // first: "getcoffeehq" is said "get coffee H-Q".
  const spoken = seg.parts.some((p) => p.kind === "morpheme" && SPELLED_MORPHEMES.has(p.text))
    ? seg.parts.map((p) => (p.kind === "morpheme" && SPELLED_MORPHEMES.has(p.text) ? "-" : p.text)).join("-")
    : label;
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
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= flat.length; i++) trigrams.add(flat.slice(i, i + 3));
  const heads = new Set<string>();
  for (const s of starts) heads.add(flat.slice(s, s + 3));
  const tails = new Set<string>();
  for (const e of ends) tails.add(flat.slice(Math.max(0, e - 3), e));
  return { label, length, flat, seg, starts, ends, pron, pronLang, digits, hyphens, odd, letters, trigrams, heads, tails };
}
