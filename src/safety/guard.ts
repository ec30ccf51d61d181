/**
 * The request guard: normalise -> lexicon rules -> classifier -> one documented decision.
 *
 * For each category c:
 *   combined_c = rule_c + p_c / classifierScale
 * where rule_c is the lexicon score (src/safety/rules.ts; contexts already folded in, floored at
 * contextFloor) and p_c the classifier's probability of c. The request is blocked when
 * max_c combined_c >= blockThreshold (policy.json: 1.0, scale 0.85). So, with the shipped policy:
 *   - a strong rule (weight 2) blocks whatever the context;
 *   - a rule of weight 1 blocks unless a legitimate context lowers it;
 *   - the classifier alone blocks at p_c >= 0.85;
 *   - a weak rule (0.5) blocks with p_c >= 0.425;
 *   - a legitimate context (-1) means only a strong rule can block.
 * score = 1 - 2^(-max(0, m)) with m = max_c combined_c / blockThreshold, so blocked <=> score >= 0.5.
 * The reported category is the first in policy.priority among those over the threshold and within
 * 0.5 of the maximum; "minors" over the threshold is always reported (it is the gravest).
 */
import { categoryProbabilities, loadClassifier, predictProba } from "./classifier.js";
import { extractFeatures } from "./features.js";
import { normalizeText } from "./normalize.js";
import { REQUEST_CATEGORIES, loadPolicy, type RequestCategory } from "./policy.js";
import { applyRules, warmRules, zeroScores } from "./rules.js";

export interface RequestVerdict {
  blocked: boolean;
  category: RequestCategory | null;
  /** In [0, 1]; blocked <=> score >= 0.5. */
  score: number;
  /** Rule ids, classifier summary and undone obfuscations; never any of the request's text. */
  reasons: string[];
}

export interface RequestAnalysis extends RequestVerdict {
  combined: Record<RequestCategory, number>;
}

export function analyzeRequest(text: string): RequestAnalysis {
  const policy = loadPolicy();
  const { blockThreshold, classifierScale } = policy.decision;
  const norm = normalizeText(typeof text === "string" ? text : "");
  if (norm.text.length === 0) return { blocked: false, category: null, score: 0, reasons: [], combined: zeroScores() };
  const rules = applyRules(norm);
  const probs = categoryProbabilities(predictProba(loadClassifier(), extractFeatures(norm)));
  const combined = zeroScores();
  let max = -Infinity;
  for (const c of REQUEST_CATEGORIES) {
    combined[c] = rules.scores[c] + probs[c] / classifierScale;
    max = Math.max(max, combined[c]);
  }
  const blocked = max >= blockThreshold;
  let category: RequestCategory | null = null;
  if (blocked) {
    // Sexual content involving minors is always reported as such when it passes the threshold.
    const near = REQUEST_CATEGORIES.filter(
      (c) => combined[c] >= blockThreshold && (combined[c] >= max - 0.5 || c === "minors"),
    );
    category = policy.priority.find((c) => near.includes(c)) ?? near[0] ?? null;
  }
  const m = Math.max(0, max) / blockThreshold;
  const score = Number((1 - Math.pow(2, -m)).toFixed(4));
  const reasons = [...rules.fired.map((id) => `rule:${id}`)];
  let top: RequestCategory = REQUEST_CATEGORIES[0];
  for (const c of REQUEST_CATEGORIES) if (probs[c] > probs[top]) top = c;
  if (probs[top] >= 0.2) reasons.push(`classifier:${top}=${probs[top].toFixed(2)}`);
  for (const o of norm.obfuscations) reasons.push(`normalised:${o}`);
  return { blocked, category, score, reasons, combined };
}

/** Synchronous; never throws on any string (data files are loaded on the first call). */
export function checkRequest(text: string): RequestVerdict {
  const { blocked, category, score, reasons } = analyzeRequest(text);
  return { blocked, category, score, reasons };
}

/** Load the policy, lexicon and classifier now, so the first request does not pay for it. */
export function warmRequestGuard(): void {
  loadPolicy();
  warmRules();
  loadClassifier();
}
