/**
 * Brandability: distinctive and memorable rather than generic. A base by structure, then adjustments.
 *
 * Distinctiveness follows the trademark spectrum (Abercrombie & Fitch v. Hunting World, 1976): generic <
 * descriptive < suggestive < arbitrary < fanciful. A name made only of the description's own words
 * ("coffee.com", "doggrooming") describes the business instead of naming it; one word of it plus an
 * evocative word ("brewbean", "coffeecup") suggests it; a pronounceable coinage ("lumora") is fanciful.
 *
 * Base (pieces = dictionary words, description terms and domain morphemes, from the segmentation):
 *   one dictionary word                  8.5   (a real word is the premium name; 7.5 if it is a filler,
 *                                               6 if it is the category word itself: generic)
 *   two pieces, fully covered            7.5   ("brewbean", "spotify")
 *   three pieces                         5.5   four: 3.5   five or more: 2    (a phrase, not a name)
 *   coined (< 50% covered)               2 + 7 p       (p = pronounceability in [0,1]: "zapier" yes, "xqzvkt" no)
 *   partly covered (blend, 50-99%)       4.5 + 4 p     ("coffeean")
 * Adjustments: -1.5 when every piece is a description word (descriptive), -1 per generic filler piece when there are 2+ pieces ("best", "shop", "online"), -1 when
 * 3+ pieces are all very common words (SUBTLEX rank < 3000), +0.5 alliteration (pieces start alike),
 * +0.5 rhyme (pieces end alike), -2.5 for digits, -1.5 per hyphen, -0.35 per letter past 12, -1 under 4.
 */
import { isWord } from "../../lexicon/index.js";
import { isFiller } from "./generic.js";
import type { LabelFacts } from "./analysis.js";
import type { RubricContext } from "./context.js";
import { clamp10, type Reason, type Sub } from "./reason.js";

const VERY_COMMON_RANK = 3000;

export function scoreBrandability(f: LabelFacts, ctx: RubricContext): Sub {
  const reasons: Reason[] = [];
  const pieces = f.seg.parts.filter((p) => p.kind === "word" || p.kind === "morpheme" || p.kind === "term");
  const isDescriptive = (t: string): boolean => ctx.descriptive.has(t) || (t.length > 3 && t.endsWith("s") && ctx.descriptive.has(t.slice(0, -1)));
  const words = f.seg.parts.filter((p) => p.kind === "word");
  const cov = f.seg.coverage;
  const p = f.pron;
  let s: number;
  if (f.letters === 0) {
    s = 1;
    reasons.push({ text: "no letters", impact: 4 });
  } else if (cov >= 0.999 && f.seg.parts.every((x) => x.kind !== "unknown")) {
    const n = pieces.length;
    if (n === 1) {
      const w = pieces[0].text;
      if (isDescriptive(w)) {
        s = 6;
        reasons.push({ text: `generic: the category word "${w}"`, impact: 2 });
      } else {
        s = isFiller(w, ctx.lang) ? 7.5 : 8.5;
        reasons.push({ text: `real word: ${w}`, impact: 2 });
      }
    } else {
      s = n === 2 ? 7.5 : n === 3 ? 5.5 : n === 4 ? 3.5 : 2;
      const shown = pieces.map((x) => x.text).join(" + ");
      const real = pieces.every((x) => x.kind === "word" || (x.kind === "term" && (isWord(x.text, ctx.lang) || isWord(x.text, "en"))));
      const noun = real ? "real words" : pieces.every((x) => x.kind !== "morpheme") ? "words" : "pieces";
      reasons.push({ text: `${n} ${noun}: ${shown}`, impact: n <= 2 ? 1.5 : 2 + (n - 3) });
    }
  } else if (cov < 0.5) {
    s = 2 + 7 * p;
    reasons.push({ text: p >= 0.6 ? "coined, pronounceable" : "coined, hard to say", impact: Math.abs(s - 5) });
  } else {
    s = 4.5 + 4 * p;
    reasons.push({ text: p >= 0.6 ? "blend with a real word" : "partly real, partly noise", impact: Math.abs(s - 5) * 0.6 });
  }
  if (pieces.length >= 2 && cov >= 0.999 && pieces.every((x) => isDescriptive(x.text))) {
    s -= 1.5;
    reasons.push({ text: `descriptive: ${pieces.map((x) => x.text).join(" + ")}`, impact: 1.5 });
  }
  if (pieces.length >= 2) {
    const fillers = pieces.filter((x) => isFiller(x.text, ctx.lang)).map((x) => x.text);
    if (fillers.length > 0) {
      s -= fillers.length;
      reasons.push({ text: `generic: ${fillers.join(", ")}`, impact: 1.5 * fillers.length });
    }
    if (words.length >= 3 && words.every((w) => w.rank !== undefined && w.rank < VERY_COMMON_RANK)) {
      s -= 1;
      reasons.push({ text: "common words strung together", impact: 1 });
    }
    const a = pieces[0].text, b = pieces[1].text;
    if (a.length >= 2 && b.length >= 2 && a[0] === b[0]) {
      s += 0.5;
      reasons.push({ text: "alliteration", impact: 0.5 });
    } else if (a.length >= 3 && b.length >= 3 && a.slice(-2) === b.slice(-2)) {
      s += 0.5;
      reasons.push({ text: "rhyme", impact: 0.5 });
    }
  }
  if (f.digits > 0) {
    s -= 2.5;
    reasons.push({ text: "digits", impact: 2.5 });
  }
  if (f.hyphens > 0) {
    s -= 1.5 * f.hyphens;
    reasons.push({ text: f.hyphens === 1 ? "hyphen" : `${f.hyphens} hyphens`, impact: 1.5 * f.hyphens });
  }
  if (f.length > 12) s -= 0.35 * (f.length - 12);
  else if (f.length > 0 && f.length < 4) s -= 1;
  return { score: clamp10(s), reasons };
}
