/**
 * The request guard: normalise -> lexicon rules -> learned classifier -> one documented decision.
 *
 * The classifier (src/safety/classifier.ts; features include which rules fired) carries the decision:
 *   p_unsafe = 1 - p(safe)
 * and the request is blocked when p_unsafe >= policy.decision.unsafeThreshold, a threshold chosen on
 * held-out writers (leave-one-writer-out cross-validation, data/sources/safety/DATASET.md). The lexicon is
 * a floor for the unambiguous: the request is also blocked when a category's rule score (rules plus
 * legitimate contexts, src/safety/rules.ts) reaches its floor: policy.decision.ruleFloor, or the
 * category's own in categoryRuleFloor (minors: its strongest rules block alone, as POLICY.md promises).
 * A request that is only a town's name, with no rule or harm concept in it, is left to the rules alone
 * (src/safety/places.ts); its m is then the rule ratio.
 * score = 1 - 2^(-m) with m = max(p_unsafe / unsafeThreshold, max_c rule_c / floor_c), so
 * blocked <=> m >= 1 <=> score >= 0.5.
 * The reported category: see `reportedCategory`.
 */
import { categoryProbabilities, loadClassifier, predictProba } from "./classifier.js";
import { extractFeatures } from "./features.js";
import { normalizeText } from "./normalize.js";
import { REQUEST_CATEGORIES, loadPolicy, type RequestCategory } from "./policy.js";
import { applyRules, warmRules } from "./rules.js";
import { isPlaceAlone, warmPlaces } from "./places.js";
import { warmConcepts } from "./concepts.js";

export interface RequestVerdict {
  blocked: boolean;
  category: RequestCategory | null;
  /** In [0, 1]; blocked <=> score >= 0.5. */
  score: number;
  /** Rule ids, classifier summary and undone obfuscations; never any of the request's text. */
  reasons: string[];
}

export interface RequestAnalysis extends RequestVerdict {
  /** 1 - p(safe) from the classifier. */
  unsafeProbability: number;
  probabilities: Record<RequestCategory, number>;
  rules: Record<RequestCategory, number>;
}

function emptyAnalysis(): RequestAnalysis {
  const zero = Object.fromEntries(REQUEST_CATEGORIES.map((c) => [c, 0])) as Record<RequestCategory, number>;
  return {
    blocked: false,
    category: null,
    score: 0,
    reasons: [],
    unsafeProbability: 0,
    probabilities: zero,
    rules: { ...zero },
  };
}

/** Rule floors: one default, and the categories whose floor differs (policy.decision). */
export interface RuleFloors {
  ruleFloor: number;
  categoryRuleFloor: Partial<Record<RequestCategory, number>>;
}

const floorOf = (f: RuleFloors, c: RequestCategory): number => f.categoryRuleFloor[c] ?? f.ruleFloor;

/** max over categories of rule score / that category's floor: the rules alone block when this is >= 1. */
export function ruleRatio(rules: Record<RequestCategory, number>, floors: RuleFloors): number {
  let m = 0;
  for (const c of REQUEST_CATEGORIES) m = Math.max(m, rules[c] / floorOf(floors, c));
  return m;
}

/** A rule score from which a rule names the category (a strong rule: weight 2 in the lexicon). */
const NAMING_RULE_SCORE = 2;

/**
 * The category reported for a blocked request: the highest-priority category (policy.priority) whose rule
 * score reaches the floor; else the highest-priority one among the classifier's choice and the categories
 * with a strong rule (score >= 2: a lexicon rule of weight >= 2 names its category reliably, and the
 * classifier may split between related categories such as minors/sexual). The classifier's choice is its
 * most probable unsafe category, or "minors" when that is at least half as probable (the gravest category,
 * and the most often co-labelled).
 */
export function reportedCategory(
  probs: Record<RequestCategory, number>,
  rules: Record<RequestCategory, number>,
  floors: RuleFloors,
  priority: readonly RequestCategory[],
): RequestCategory {
  const byFloor = priority.find((c) => rules[c] >= floorOf(floors, c));
  if (byFloor) return byFloor;
  let top: RequestCategory = REQUEST_CATEGORIES[0];
  for (const c of REQUEST_CATEGORIES) if (probs[c] > probs[top]) top = c;
  const model: RequestCategory = probs.minors >= probs[top] / 2 ? "minors" : top;
  return priority.find((c) => c === model || rules[c] >= NAMING_RULE_SCORE) ?? model;
}

export function analyzeRequest(text: string): RequestAnalysis {
  const policy = loadPolicy();
  const { unsafeThreshold } = policy.decision;
  const norm = normalizeText(typeof text === "string" ? text : "");
  if (norm.text.length === 0) return emptyAnalysis();
  const rules = applyRules(norm);
  const p = predictProba(loadClassifier(), extractFeatures(norm, rules.fired));
  const probs = categoryProbabilities(p);
  const unsafeProbability = 1 - p[0];
  const ratio = ruleRatio(rules.scores, policy.decision);
  const byRule = ratio >= 1;
  // A town named alone describes no business: the rules decide (src/safety/places.ts).
  const placeAlone = isPlaceAlone(norm, rules.fired);
  const byModel = !placeAlone && unsafeProbability >= unsafeThreshold;
  const blocked = byRule || byModel;
  let top: RequestCategory = REQUEST_CATEGORIES[0];
  for (const c of REQUEST_CATEGORIES) if (probs[c] > probs[top]) top = c;
  const category = blocked ? reportedCategory(probs, rules.scores, policy.decision, policy.priority) : null;
  const m = placeAlone ? ratio : Math.max(unsafeProbability / unsafeThreshold, ratio);
  const score = Number((1 - Math.pow(2, -Math.max(0, m))).toFixed(4));
  const reasons = rules.fired.map((id) => `rule:${id}`);
  reasons.push(`classifier:unsafe=${unsafeProbability.toFixed(2)}`);
  if (placeAlone) reasons.push("place:alone");
  if (probs[top] >= 0.2) reasons.push(`classifier:${top}=${probs[top].toFixed(2)}`);
  for (const o of norm.obfuscations) reasons.push(`normalised:${o}`);
  return { blocked, category, score, reasons, unsafeProbability, probabilities: probs, rules: rules.scores };
}

/** Synchronous; never throws on any string (data files are loaded on the first call). */
export function checkRequest(text: string): RequestVerdict {
  const { blocked, category, score, reasons } = analyzeRequest(text);
  return { blocked, category, score, reasons };
}

/** Load the policy, lexicon, concepts and classifier now, so the first request does not pay for it. */
export function warmRequestGuard(): void {
  loadPolicy();
  warmRules();
  warmConcepts();
  warmPlaces();
  loadClassifier();
}
