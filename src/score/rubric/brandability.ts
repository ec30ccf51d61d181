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
import { isArticle, isConnector, isFiller } from "./generic.js";
import type { LabelFacts } from "./analysis.js";
import type { RubricContext } from "./context.js";
import { clamp10, type Reason, type Sub } from "./reason.js";

const VERY_COMMON_RANK = 3000;

export function scoreBrandability(f: LabelFacts, ctx: RubricContext): Sub {
  const reasons: Reason[] = [];
  const lang = ctx.lang;
  const parts = f.seg.parts;
  const pieces = parts.filter((p) => p.kind === "word" || p.kind === "morpheme" || p.kind === "term");
  const isDescriptive = (t: string): boolean =>
    ctx.descriptive.has(t) || (t.length > 3 && t.endsWith("s") && ctx.descriptive.has(t.slice(0, -1)));
  const cov = f.seg.coverage;
  const p = f.pron;
  // Phrase structure: glue words (articles, connectors) between content words, or an article first.
  const glue = pieces.map((x, i) => {
    if (x.kind === "morpheme" || pieces.length < 2) return false;
    if (i === 0) return isArticle(x.text, lang);
    return i < pieces.length - 1 && (isConnector(x.text, lang) || isArticle(x.text, lang));
  });
  const content = pieces.filter((_, i) => !glue[i]);
  const dangling = content.filter(
    (x, i) =>
      (i === 0 || i === content.length - 1) &&
      x.kind !== "morpheme" &&
      content.length > 1 &&
      (isConnector(x.text, lang) || isArticle(x.text, lang)),
  );
  const phrase = glue.some((g) => g);
  let s: number;
  if (f.letters === 0) {
    s = 1;
    reasons.push({ text: "no letters", impact: 4 });
  } else if (cov >= 0.999 && parts.every((x) => x.kind !== "unknown")) {
    const n = content.length;
    if (n === 1 && !phrase) {
      const w = content[0].text;
      if (isDescriptive(w)) {
        s = 6;
        reasons.push({ text: `generic: the category word "${w}"`, impact: 2 });
      } else {
        s = isFiller(w, lang) ? 7.5 : 8.5;
        reasons.push({ text: `real word: ${w}`, impact: 2 });
      }
    } else {
      s = n <= 2 ? 7.5 : n === 3 ? 5.5 : n === 4 ? 3.5 : 2;
      if (phrase) s += 0.5;
      const shown = pieces.map((x) => x.text).join(" + ");
      const real = pieces.every(
        (x) => x.kind === "word" || (x.kind === "term" && (isWord(x.text, lang) || isWord(x.text, "en"))),
      );
      const noun = phrase
        ? "phrase"
        : real
          ? `${n} real words`
          : pieces.every((x) => x.kind !== "morpheme")
            ? `${n} words`
            : `${n} pieces`;
      reasons.push({ text: `${noun}: ${shown}`, impact: n <= 2 ? 1.5 : 2 + (n - 3) });
    }
  } else if (cov < 0.5) {
    s = 2 + 7 * p;
    reasons.push({ text: p >= 0.6 ? "coined, pronounceable" : "coined, hard to say", impact: Math.abs(s - 5) });
  } else {
    s = 4.5 + 4 * p;
    reasons.push({
      text: p >= 0.6 ? "blend with a real word" : "partly real, partly noise",
      impact: Math.abs(s - 5) * 0.6,
    });
  }
  if (content.length >= 2 && cov >= 0.999 && content.every((x) => isDescriptive(x.text))) {
    s -= 1.5;
    reasons.push({ text: `descriptive: ${content.map((x) => x.text).join(" + ")}`, impact: 1.5 });
  }
  if (dangling.length > 0) {
    s -= 1.5;
    reasons.push({ text: `dangling "${dangling[0].text}"`, impact: 1.5 });
  }
  if (content.length >= 2) {
    // A one- or two-letter content word inside a compound reads as a fragment ("betrieben|ei").
    const frag = content.find(
      (x) => x.kind === "word" && x.text.length <= 2 && !isConnector(x.text, lang) && !isArticle(x.text, lang),
    );
    if (frag) {
      s -= 1;
      reasons.push({ text: `fragment "${frag.text}"`, impact: 1 });
    }
    const fillers = content.filter((x) => isFiller(x.text, lang)).map((x) => x.text);
    if (fillers.length > 0) {
      s -= fillers.length;
      reasons.push({ text: `generic: ${fillers.join(", ")}`, impact: 1.5 * fillers.length });
    }
    const words = content.filter((x) => x.kind === "word");
    if (words.length >= 3 && words.every((w) => w.rank !== undefined && w.rank < VERY_COMMON_RANK)) {
      s -= 1;
      reasons.push({ text: "common words strung together", impact: 1 });
    }
    const a = content[0].text,
      b = content[1].text;
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
