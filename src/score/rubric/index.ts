/**
 * Rubric scorer v1: a deterministic, explainable 0-10 score for one domain name in the context of one
 * request, with seven 0-10 sub-scores and short reasons. Fast (tens of microseconds per name after the
 * lexicon is loaded); scores a few hundred candidates per request.
 *
 *   scoreName("brewbean", "coffee", understanding)  ->  { overall, sub: {...}, reasons: [...] }
 *
 * overall = sum over sub-scores of RUBRIC_WEIGHTS[k] * sub[k]  (weights sum to 1; see README.md).
 */
import type { RubricScore, SubScores, SupportedLanguage, Understanding } from "../../core/types.js";
import { analyseLabel, partsAddBoundaries } from "./analysis.js";
import { scoreBrandability } from "./brandability.js";
import { rubricContext } from "./context.js";
import { scoreLength } from "./length.js";
import type { Reason, Sub } from "./reason.js";
import { scoreReadability } from "./readability.js";
import { scoreRelevance } from "./relevance.js";
import { scoreSafety } from "./safety.js";
import { scoreTldFit } from "./tld.js";
import { RUBRIC_WEIGHTS } from "./weights.js";

export { RUBRIC_WEIGHTS, explainWeights } from "./weights.js";
export type { IndustryFacts } from "./industry.js";

const MAX_REASONS = 4;
const KEYS = Object.keys(RUBRIC_WEIGHTS) as (keyof SubScores)[];
/** Labels remembered per request; a request scores a few hundred. */
const MEMO_LIMIT = 4096;

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Scores a second-level label (Unicode form, lower case) with its public suffix (ASCII, no dot) for the
 * request described by `understanding`. `parts` are the words the generator built the label from, when
 * known; they help relevance find clipped and blended forms. Never throws on odd labels: anything that
 * is not a valid label simply scores low on readability and safety.
 * What is derived from `understanding` is cached per object: treat an Understanding as immutable once
 * scoring has started (make a new one for a new request).
 */
export function scoreName(label: string, tld: string, understanding: Understanding, parts?: string[]): RubricScore {
  const ctx = rubricContext(understanding);
  const l = String(label).toLowerCase();
  // Everything but TLD fit depends on the label alone: memoised per request, since the pipeline scores
  // its best labels again with the other TLDs (and the learned judge scores them again without parts). Parts only
  // add piece boundaries (analysis.ts), so parts whose boundaries the segmentation already has share the entry of
  // no parts.
  const key = partsAddBoundaries(l, ctx.lang, parts, ctx.segmentTerms) ? `${l}\u0000${parts!.join("\u0001")}` : l;
  let labelSubs = ctx.memo.get(key) as Omit<Record<keyof SubScores, Sub>, "tldFit"> | undefined;
  if (!labelSubs) {
    const facts = analyseLabel(l, ctx.lang, parts, ctx.segmentTerms);
    labelSubs = {
      relevance: scoreRelevance(facts, ctx),
      brandability: scoreBrandability(facts, ctx),
      pronounceability: { score: 10 * facts.pron, reasons: [pronReason(facts.pron, facts.pronLang, ctx.lang)] },
      length: scoreLength(facts),
      readability: scoreReadability(facts),
      safety: scoreSafety(facts),
    };
    if (ctx.memo.size >= MEMO_LIMIT) ctx.memo.clear();
    ctx.memo.set(key, labelSubs);
  }
  const t = String(tld);
  let tldSub = ctx.tldMemo.get(t);
  if (!tldSub) ctx.tldMemo.set(t, (tldSub = scoreTldFit(t, ctx)));
  const sub = {} as SubScores;
  let overall = 0;
  // Top MAX_REASONS reasons by weighted impact, kept sorted by insertion (a dozen candidates at most).
  const topText: string[] = [];
  const topImpact: number[] = [];
  for (const k of KEYS) {
    const sk = k === "tldFit" ? tldSub : labelSubs[k];
    const v = round3(sk.score);
    sub[k] = v;
    const wk = RUBRIC_WEIGHTS[k];
    overall += wk * v;
    for (const r of sk.reasons) {
      const impact = r.impact * wk;
      if (impact <= 0 || topText.includes(r.text)) continue;
      let at = topImpact.length;
      while (at > 0 && topImpact[at - 1] < impact) at--;
      if (at >= MAX_REASONS) continue;
      topImpact.splice(at, 0, impact);
      topText.splice(at, 0, r.text);
      if (topText.length > MAX_REASONS) {
        topText.pop();
        topImpact.pop();
      }
    }
  }
  const reasons = topText;
  return { overall: round3(Math.min(10, Math.max(0, overall))), sub, reasons };
}

function pronReason(p: number, used: SupportedLanguage, asked: SupportedLanguage): Reason {
  const how =
    p >= 0.8
      ? "easy to pronounce"
      : p >= 0.5
        ? "pronounceable"
        : p >= 0.2
          ? "awkward to pronounce"
          : "hard to pronounce";
  const text = used !== asked ? `${how} (read as English)` : how;
  return { text, impact: Math.abs(p - 0.6) * 8 };
}

/**
 * Confidence in [0,1] from an overall score: a logistic centred at 6 with scale 1.2, rescaled so that
 * 0 -> 0 and 10 -> 1 (monotone increasing). Not calibrated: the product shows calibratedConfidence (confidence.ts).
 *   c(s) = (sig((s - 6) / 1.2) - sig(-5)) / (sig(10 / 3) - sig(-5)),  sig(x) = 1 / (1 + e^-x)
 */
export function confidenceFromScore(overall: number): number {
  const s = Number.isFinite(overall) ? Math.min(10, Math.max(0, overall)) : 0;
  const sig = (x: number): number => 1 / (1 + Math.exp(-x));
  const lo = sig((0 - 6) / 1.2);
  const hi = sig((10 - 6) / 1.2);
  return Math.min(1, Math.max(0, (sig((s - 6) / 1.2) - lo) / (hi - lo)));
}
