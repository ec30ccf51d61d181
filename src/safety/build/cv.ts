/**
 * Leave-one-writer-out cross-validation of the request guard, the numbers the guard's thresholds and
 * its data card rest on. For each writer w of data/sources/safety/s*.jsonl: train the classifier exactly
 * as `npm run train:safety` does, on everything except w's requests (the generated train split and the descriptions included), and
 * score w's requests. The pooled out-of-fold scores then choose the policy's unsafeThreshold: the
 * lowest threshold whose pooled false-block rate (rule floor included) stays at or under the target.
 * Every number is on requests whose writer the model never saw; the threshold is chosen on them too,
 * so it is a validation result, not a test result (the test split is written after the freeze).
 */
import { CLASSES, categoryProbabilities, predictProba } from "../classifier.js";
import { extractFeatures } from "../features.js";
import { reportedCategory, ruleRatio, type RuleFloors } from "../guard.js";
import { normalizeText } from "../normalize.js";
import { isPlaceAlone } from "../places.js";
import { REQUEST_CATEGORIES, loadPolicy, type RequestCategory } from "../policy.js";
import { applyRules } from "../rules.js";
import { evalItemOf, summarize, type Decision, type EvalItem, type SafetyEvalReport } from "./eval.js";
import { loadWriterRequests } from "./requests.js";
import { DEFAULT_TRAIN, fixedTrainingExamples, trainOnFeatures, type TrainOptions } from "./train.js";

export interface OutOfFold {
  item: EvalItem;
  unsafeProbability: number;
  probabilities: Record<RequestCategory, number>;
  maxRule: number;
  /** Per-category rule scores. */
  rules: Record<RequestCategory, number>;
}

/**
 * `only`: hold out just these writers' folds, so that the folds can be split over processes and their
 * out-of-fold scores pooled afterwards; the result is the same as one run's.
 * `folds`: group the writers into this many folds (writer k, in file order, in fold k mod folds) instead of
 * one fold per writer. Each model then trains on (folds - 1) / folds of the writers, so its held-out scores
 * are, if anything, harsher than leave-one-writer-out's; the cost falls from one training per writer to `folds`.
 */
export function crossValidate(
  opts: TrainOptions = DEFAULT_TRAIN,
  log: (line: string) => void = () => {},
  only?: ReadonlySet<string>,
  folds?: number,
): OutOfFold[] {
  if (folds !== undefined && (!Number.isInteger(folds) || folds < 2))
    throw new Error(`folds must be an integer >= 2, got ${folds}`);
  const writers = loadWriterRequests();
  const fixed = fixedTrainingExamples();
  const featurize = (text: string) => {
    const norm = normalizeText(text);
    const rules = applyRules(norm);
    return { x: extractFeatures(norm, rules.fired), rules: rules.scores };
  };
  const gen = fixed.map((e) => ({ ...featurize(e.text), y: CLASSES.indexOf(e.label), weight: e.weight }));
  const wr = writers.map((r) => ({ ...featurize(r.text), y: CLASSES.indexOf(r.label) }));
  const out: OutOfFold[] = [];
  const names = [...new Set(writers.map((r) => r.writer))];
  const foldOf = new Map(names.map((w, k) => [w, folds === undefined ? w : `fold ${k % folds}`]));
  for (const fold of [...new Set(foldOf.values())]) {
    const held = new Set(names.filter((w) => foldOf.get(w) === fold));
    if (only !== undefined && ![...held].some((w) => only.has(w))) continue;
    const t0 = Date.now();
    const train = [...gen, ...wr.filter((_, i) => !held.has(writers[i].writer))];
    const { model } = trainOnFeatures(train, opts);
    writers.forEach((r, i) => {
      if (!held.has(r.writer)) return;
      const p = predictProba(model, wr[i].x);
      const probs = categoryProbabilities(p);
      let maxRule = 0;
      for (const c of REQUEST_CATEGORIES) maxRule = Math.max(maxRule, wr[i].rules[c]);
      out.push({
        item: evalItemOf(r),
        unsafeProbability: 1 - p[0],
        probabilities: probs,
        maxRule,
        rules: wr[i].rules,
      });
    });
    log(`fold ${[...held].join(",")}: trained on ${train.length} in ${Date.now() - t0} ms`);
  }
  return out;
}

const placeAloneOf = new WeakMap<OutOfFold, boolean>();
/** Whether the guard leaves this request to the rules alone (a town named alone, src/safety/places.ts); cached. */
function placeAlone(o: OutOfFold): boolean {
  let known = placeAloneOf.get(o);
  if (known === undefined) {
    const norm = normalizeText(o.item.text);
    known = isPlaceAlone(norm, applyRules(norm).fired);
    placeAloneOf.set(o, known);
  }
  return known;
}

/** The guard's decision for out-of-fold scores at a threshold (same rule as src/safety/guard.ts). */
export function decide(o: OutOfFold, unsafeThreshold: number, floors: RuleFloors): Decision {
  if (ruleRatio(o.rules, floors) < 1 && (o.unsafeProbability < unsafeThreshold || placeAlone(o)))
    return { blocked: false, category: null };
  return { blocked: true, category: reportedCategory(o.probabilities, o.rules, floors, loadPolicy().priority) };
}

/** Lowest threshold (on a 0.005 grid) whose pooled false-block rate is <= maxFalseBlock. */
export function chooseThreshold(oof: OutOfFold[], floors: RuleFloors, maxFalseBlock: number): number {
  const safe = oof.filter((o) => o.item.label === "safe");
  for (let t = 0.3; t <= 0.995; t += 0.005) {
    const fb = safe.filter((o) => decide(o, t, floors).blocked).length / Math.max(safe.length, 1);
    if (fb <= maxFalseBlock) return Number(t.toFixed(3));
  }
  return 0.995;
}

export function crossValidationReport(
  oof: OutOfFold[],
  unsafeThreshold: number,
  floors: RuleFloors,
  scheme = "leave-one-writer-out",
): SafetyEvalReport {
  return summarize(
    `held-out writers (${scheme}; unsafeThreshold ${unsafeThreshold}, ruleFloor ${floors.ruleFloor} ${JSON.stringify(floors.categoryRuleFloor)})`,
    oof.map((o) => o.item),
    oof.map((o) => decide(o, unsafeThreshold, floors)),
  );
}
