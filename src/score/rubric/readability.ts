/**
 * Readability and spelling: can someone read the name once, or hear it, and type it right?
 *   base = 10 * max(c (0.6 + 0.4 p), 0.85 p)
 * with c = share covered by real words (segmentation) and p = pronounceability, so a fully segmentable
 * name reads best, and a coined name is as readable as it is pronounceable. Then:
 *   -3   a letter tripled ("shopppro")
 *   -1.5 the same letter ending one piece and starting the next ("shoppro": shop|pro, "shopp ro"?)
 *   -0.7 visually ambiguous pairs across a join or in non-words: rn (m), vv (w), cl (d), ii
 *   -2.5 digits that look like letters next to letters (0/o, 1/l, 3/e, 5/s, 8/b), -1 for other digits
 *   -0.5 per hyphen (has to be spelled out), -1 per piece beyond three
 *   -1.5 a German word with an umlaut dropped to its bare vowel ("backerei": Germans write "baeckerei")
 */
import { dropsUmlaut } from "../../lexicon/index.js";
import type { LabelFacts } from "./analysis.js";
import { clamp10, type Reason, type Sub } from "./reason.js";

const LOOKALIKE_DIGITS = new Set(["0", "1", "3", "5", "8"]);
const AMBIGUOUS = ["rn", "vv", "cl", "ii"];

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "-" && !(ch >= "0" && ch <= "9");
}

export function scoreReadability(f: LabelFacts): Sub {
  const reasons: Reason[] = [];
  const c = f.seg.coverage;
  const p = f.pron;
  let s = 10 * Math.max(c * (0.6 + 0.4 * p), 0.85 * p);
  if (c >= 0.999 && f.seg.wordCount > 0) reasons.push({ text: "reads as real words", impact: 0.8 });
  const chars = [...f.label];
  for (let i = 2; i < chars.length; i++) {
    if (chars[i] === chars[i - 1] && chars[i] === chars[i - 2] && isLetter(chars[i])) {
      s -= 3;
      reasons.push({ text: `tripled letter "${chars[i].repeat(3)}"`, impact: 3 });
      break;
    }
  }
  // Joins between pieces: doubled letter across the join, or an ambiguous pair made by the join.
  const words = f.seg.words;
  let doubled = false;
  let ambiguous = false;
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1],
      b = words[i];
    if (a.length === 0 || b.length === 0) continue;
    const last = a[a.length - 1],
      first = b[0];
    if (last === first && isLetter(last) && !doubled) {
      doubled = true;
      s -= 1.5;
      reasons.push({ text: `double "${last}${first}" at a join`, impact: 1.5 });
    }
    if (!ambiguous && AMBIGUOUS.includes(last + first)) {
      ambiguous = true;
      s -= 0.7;
      reasons.push({ text: `"${last}${first}" can be misread`, impact: 0.7 });
    }
  }
  if (!ambiguous) {
    for (const part of f.seg.parts) {
      if (part.kind !== "unknown") continue;
      if (AMBIGUOUS.some((x) => part.text.includes(x))) {
        s -= 0.7;
        reasons.push({ text: "letters that can be misread", impact: 0.7 });
        break;
      }
    }
  }
  if (f.digits > 0) {
    let lookalike = false;
    for (let i = 0; i < chars.length; i++) {
      if (LOOKALIKE_DIGITS.has(chars[i]) && (isLetter(chars[i - 1]) || isLetter(chars[i + 1]))) lookalike = true;
    }
    s -= lookalike ? 2.5 : 1;
    reasons.push({ text: lookalike ? "digit/letter look-alike" : "digits to spell out", impact: lookalike ? 2.5 : 1 });
  }
  const dropped =
    f.lang === "de"
      ? f.seg.parts.find(
          (x) =>
            x.umlautDropped || ((x.kind === "word" || x.kind === "term") && x.text.length >= 3 && dropsUmlaut(x.text)),
        )
      : undefined;
  if (dropped) {
    s -= 1.5;
    reasons.push({ text: `"${dropped.text}" drops an umlaut (write ae/oe/ue)`, impact: 1.5 });
  }
  s -= 0.5 * f.hyphens;
  const pieces = f.seg.parts.length;
  if (pieces > 3) {
    s -= pieces - 3;
    reasons.push({ text: `${pieces} pieces to read`, impact: pieces - 3 });
  }
  return { score: clamp10(s), reasons };
}
