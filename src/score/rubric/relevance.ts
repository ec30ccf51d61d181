/**
 * Relevance: how much of the description the label carries. Each term (keyword word/lemma/stem,
 * industry word, industry vocabulary) is matched against the label's pieces with a quality q in [0,1]:
 *   1.0   the term occurs between piece boundaries ("coffee" in coffee|shop)
 *   0.85  one end on a boundary (4+ letters), 0.7 neither (5+)   0.8 / 0.65  its stem, at a start / elsewhere
 *   0.45 + 0.4 r   a clipped prefix at a piece start ("brew" of brewery; r = share of the term kept)
 *   0.25 + 0.4 r   a suffix of 4+ letters ending at a piece end (blends: "beanut" <- "peanut")
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

/**
 * Best match of one term in the label. Whole-term occurrences: 1 when both ends sit on piece
 * boundaries (a plural -s/-es before the end boundary allowed), 0.85 (4+ letters) / 0.35 (3 letters) when one end does ("spa" in "spark|dog" is not spa),
 * 0.7 (5+ letters) / nothing when neither does.
 */
function matchTerm(t: Term, f: LabelFacts): Match | undefined {
  const flat = f.flat;
  const form = t.form;
  let bestQ = 0,
    bestFrom = 0,
    bestTo = 0;
  const len = form.length;
  let i = flat.indexOf(form);
  while (i >= 0) {
    // A plural ending before the boundary still ends the term ("paw" in "paws|on|wheels").
    const e = i + len;
    const plural =
      (flat.charCodeAt(e) === 0x73 && f.isEnd[e + 1] === 1) || (flat.startsWith("es", e) && f.isEnd[e + 2] === 1);
    const a = f.isStart[i] === 1,
      b = f.isEnd[e] === 1 || plural;
    const q = a && b ? 1 : a || b ? (len >= 4 ? 0.85 : len === 3 ? 0.35 : 0) : len >= 5 ? 0.7 : 0;
    if (q > bestQ) {
      bestQ = q;
      bestFrom = i;
      bestTo = i + len;
    }
    i = flat.indexOf(form, i + 1);
  }
  if (bestQ < 1 && t.stem) {
    // Stem occurrences ("organ" for organic, "bak" for bakery), at a piece start.
    const s = flat.indexOf(t.stem);
    if (s >= 0 && (f.isStart[s] === 1 || t.stem.length >= 5)) {
      const q = f.isStart[s] === 1 ? 0.8 : 0.65;
      if (q > bestQ) {
        bestQ = q;
        bestFrom = s;
        bestTo = s + t.stem.length;
      }
    }
  }
  // Clipped prefix at a piece start ("brew" of brewery), clipped suffix at a piece end ("nut" of peanut is
  // too short: suffixes need 4 letters, since 3-letter endings like "ier", "ble" are everywhere).
  const minKeep = Math.max(len >= 6 ? 3 : 4, Math.ceil(len / 2));
  if (bestQ < 0.85 && len > minKeep) {
    for (const s of f.starts) {
      let k = 0;
      while (k < len && s + k < flat.length && flat.charCodeAt(s + k) === form.charCodeAt(k)) k++;
      if (k >= minKeep && k < len) {
        const q = (0.45 + (0.4 * k) / len) * (f.isEnd[s + k] === 1 ? 1 : 0.7);
        if (q > bestQ) {
          bestQ = q;
          bestFrom = s;
          bestTo = s + k;
        }
      }
    }
    const minSuffix = Math.max(4, minKeep);
    for (const e of f.ends) {
      let k = 0;
      while (k < len && e - 1 - k >= 0 && flat.charCodeAt(e - 1 - k) === form.charCodeAt(len - 1 - k)) k++;
      if (k >= minSuffix && k < len) {
        const q = (0.25 + (0.4 * k) / len) * (f.isStart[e - k] === 1 ? 1 : 0.7);
        if (q > bestQ) {
          bestQ = q;
          bestFrom = e - k;
          bestTo = e;
        }
      }
    }
  }
  return bestQ > 0 ? { term: t, q: bestQ, m: bestQ * t.weight, from: bestFrom, to: bestTo } : undefined;
}

export function scoreRelevance(f: LabelFacts, ctx: RubricContext): Sub & { matched: string[] } {
  if (ctx.terms.length === 0) return { score: 5, reasons: [{ text: "no keywords to match", impact: 0 }], matched: [] };
  const matches: Match[] = [];
  for (const t of ctx.terms) {
    // Quick filter: every kind of match needs the term's (or stem's) first or last three letters in the label.
    if (!f.flat.includes(t.head) && !f.flat.includes(t.tail) && !(t.stemHead && f.flat.includes(t.stemHead))) continue;
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
  const m1 = picked[0]?.m ?? 0,
    m2 = picked[1]?.m ?? 0,
    m3 = picked[2]?.m ?? 0;
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
