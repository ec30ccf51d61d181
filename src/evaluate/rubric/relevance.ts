/**
 * Relevance: how much of the description the label carries. Each term (keyword word/lemma/stem,
 * industry word, industry vocabulary) is matched against the label's pieces with a quality q in [0,1]:
 *   1.0   the term is a piece, or occurs starting at a piece boundary ("coffee" in coffee|shop)
 *   0.85  occurs elsewhere (4+ letters)              0.8 / 0.7  its stem, at a boundary / elsewhere
 *   0.45 + 0.4 r   a clipped prefix at a piece start ("brew" of brewery; r = share of the term kept)
 *   0.35 + 0.4 r   a suffix ending at a piece end (blends: "javanut" <- "java", "beanut" <- "peanut")
 *   a clip keeps at least half the term and 4 letters (3 when the term has 6+: "org" of organic), and
 *   counts 0.7x when it does not end (start) on a piece boundary, so "bea|n" is not a clip of "beam".
 * m = q * weight(term). The best matches of distinct groups whose spans do not overlap are combined:
 *   relevance = 10 * min(1, 0.8 m1 + 0.4 m2 + 0.15 m3)
 * so one exact top keyword gives 8, a second piece of meaning lifts it to 10, industry vocabulary alone
 * (weight 0.65) about 5, and a label unrelated to the business 0.
 */
import type { LabelFacts } from "./analysis.js";
import type { RubricContext, Term } from "./context.js";
import { clamp10, type Sub } from "./reason.js";

interface Match {
  term: Term;
  q: number;
  m: number;
  from: number;
  to: number;
}

function matchTerm(t: Term, f: LabelFacts): Match | undefined {
  const flat = f.flat;
  const form = t.form;
  let best: Match | undefined;
  const consider = (q: number, from: number, to: number): void => {
    const m = q * t.weight;
    if (!best || m > best.m) best = { term: t, q, m, from, to };
  };
  // Whole-term occurrences.
  if (form.length >= 3 || flat === form) {
    let i = flat.indexOf(form);
    while (i >= 0) {
      const aligned = f.starts.includes(i) || f.ends.includes(i + form.length);
      consider(aligned ? 1 : form.length >= 4 ? 0.85 : 0.4, i, i + form.length);
      i = flat.indexOf(form, i + 1);
    }
  } else if (f.seg.words.includes(form)) {
    const i = flat.indexOf(form);
    consider(1, i, i + form.length);
  }
  if (best && best.q === 1) return best;
  // Stem occurrences ("organ" for organic, "bak" for bakery).
  if (t.stem) {
    const i = flat.indexOf(t.stem);
    if (i >= 0 && (t.stem.length >= 4 || f.starts.includes(i))) consider(f.starts.includes(i) ? 0.8 : 0.7, i, i + t.stem.length);
  }
  // Clipped prefix at a piece start, clipped suffix at a piece end.
  const minKeep = Math.max(form.length >= 6 ? 3 : 4, Math.ceil(form.length / 2));
  if (form.length > minKeep) {
    if (f.heads.has(t.head)) {
      for (const s of f.starts) {
        let k = 0;
        while (k < form.length && s + k < flat.length && flat.charCodeAt(s + k) === form.charCodeAt(k)) k++;
        if (k >= minKeep && k < form.length) consider((0.45 + (0.4 * k) / form.length) * (f.ends.includes(s + k) ? 1 : 0.7), s, s + k);
      }
    }
    if (f.tails.has(t.tail)) {
      for (const e of f.ends) {
        let k = 0;
        while (k < form.length && e - 1 - k >= 0 && flat.charCodeAt(e - 1 - k) === form.charCodeAt(form.length - 1 - k)) k++;
        if (k >= minKeep && k < form.length) consider((0.35 + (0.4 * k) / form.length) * (f.starts.includes(e - k) ? 1 : 0.7), e - k, e);
      }
    }
  }
  return best;
}

export function scoreRelevance(f: LabelFacts, ctx: RubricContext): Sub & { matched: string[] } {
  if (ctx.terms.length === 0) return { score: 5, reasons: [{ text: "no keywords to match", impact: 0 }], matched: [] };
  const matches: Match[] = [];
  for (const t of ctx.terms) {
    // Quick filter: every kind of match needs the term's (or stem's) first or last three letters in the label.
    if (!f.trigrams.has(t.head) && !f.trigrams.has(t.tail) && !(t.stemHead && f.trigrams.has(t.stemHead)) && t.form.length >= 3) continue;
    const m = matchTerm(t, f);
    if (m) matches.push(m);
  }
  matches.sort((a, b) => b.m - a.m);
  const picked: Match[] = [];
  const groups = new Set<string>();
  for (const m of matches) {
    if (groups.has(m.term.group)) continue;
    if (picked.some((p) => m.from < p.to && p.from < m.to)) continue;
    picked.push(m);
    groups.add(m.term.group);
    if (picked.length === 3) break;
  }
  const m1 = picked[0]?.m ?? 0, m2 = picked[1]?.m ?? 0, m3 = picked[2]?.m ?? 0;
  const score = clamp10(10 * Math.min(1, 0.8 * m1 + 0.4 * m2 + 0.15 * m3));
  const matched = picked.map((p) => p.term.display);
  const reasons = [];
  if (picked.length === 0) reasons.push({ text: "no link to the description's words", impact: 5 });
  else {
    const exact = picked.filter((p) => p.q >= 0.85).map((p) => p.term.display);
    const partial = picked.filter((p) => p.q < 0.85).map((p) => `${p.term.display} (clipped)`);
    const words = [...exact, ...partial];
    reasons.push({ text: `says ${words.join(" + ")}`, impact: Math.abs(score - 5) });
  }
  return { score, reasons, matched };
}
