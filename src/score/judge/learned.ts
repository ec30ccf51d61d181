/**
 * The learned judge: what blind judges would score a name, predicted from judgeFeatures by the models
 * `scripts/fit-learned-judge.ts` fits on the blind judgments (data/built/judge/learned-judge.json):
 *   score  = 10 * p_score(x)                (fitted on the mean label / 10)
 *   pGood  = p_good(x)                      (P(label >= 7), fitted on the outcome)
 * where each p is a model of src/score/judge/trees.ts (boosted trees, the judge since version 2) or a logistic
 * regression sigmoid(w . x + b) (version 1, kept as one of the reranker's features, and the model-names judge).
 * The file also records how the judge agrees with held-out blind labels; whoever reports a number the
 * judge produced reports that agreement with it.
 */
import { readFileSync } from "node:fs";
import { builtPath } from "../../core/paths.js";
import type { Understanding } from "../../core/types.js";
import { predictLogistic, type LogisticModel } from "../calibrators.js";
import { isTreeEnsemble, predictTrees, type TreeEnsemble } from "./trees.js";
import { ScoreError } from "../errors.js";
import { JUDGE_FEATURES, judgeFeatures } from "./features.js";
import type { NamingKnowledge } from "../../naming/index.js";

/** One row of the judge's validation: agreement with blind labels on a held-out set. */
export interface JudgeValidation {
  set: string;
  n: number;
  spearmanLearned: number;
  pairwiseLearned: number;
  auc: number;
  ece: number;
}

/** One of the judge's two probability models. */
export type JudgeModel = LogisticModel | TreeEnsemble;

/** The probability a judge model gives a feature vector. */
export function predictJudgeModel(model: JudgeModel, x: readonly number[]): number {
  return model.kind === "trees" ? predictTrees(model, x) : predictLogistic(model, x);
}

export interface LearnedJudge {
  version: number;
  score: JudgeModel;
  good: JudgeModel;
  validation: JudgeValidation[];
}

/** The shipped judge, read once. */
let shipped: LearnedJudge | undefined;

function isModel(m: unknown): m is JudgeModel {
  if (isTreeEnsemble(m, JUDGE_FEATURES.length)) return true;
  const x = m as Partial<LogisticModel> | null;
  return (
    typeof x === "object" &&
    x !== null &&
    Array.isArray(x.coef) &&
    x.coef.length === JUDGE_FEATURES.length &&
    x.coef.every(Number.isFinite) &&
    Number.isFinite(x.bias)
  );
}

/** The shipped learned judge (read once), or the one in `path`; a clear error when missing or over other features. */
export function learnedJudge(path?: string): LearnedJudge {
  if (path === undefined) return (shipped ??= readLearnedJudge(builtPath("judge", "learned-judge.json")));
  return readLearnedJudge(path);
}

function readLearnedJudge(path: string): LearnedJudge {
  let raw: Partial<LearnedJudge> & { features?: unknown };
  try {
    raw = JSON.parse(readFileSync(path, "utf8")) as Partial<LearnedJudge> & { features?: unknown };
  } catch (e) {
    throw new ScoreError(
      "score_judge_missing",
      `cannot read ${path} (${(e as Error).message}); fit it with \`npx tsx scripts/fit-learned-judge.ts\``,
    );
  }
  const sameFeatures = JSON.stringify(raw.features) === JSON.stringify(JUDGE_FEATURES);
  if (!sameFeatures || !isModel(raw.score) || !isModel(raw.good) || !Array.isArray(raw.validation))
    throw new ScoreError(
      "score_judge_bad",
      `${path} does not hold a learned judge over this version's features; refit it`,
    );
  return { version: Number(raw.version ?? 0), score: raw.score, good: raw.good, validation: raw.validation };
}

/** The first learned judge, read once. */
let first: LearnedJudge | undefined;

/**
 * The learned judge's first version (data/built/judge/learned-judge-v1.json: logistic, fitted on the first pool and
 * w4's rounds). The crafted generator's reranker (src/generate/rerank.ts) was fitted with its score as a feature, so
 * the reranker keeps reading this one: replacing it would change what the product shows without a blind round.
 */
export function firstLearnedJudge(): LearnedJudge {
  return (first ??= readLearnedJudge(builtPath("judge", "learned-judge-v1.json")));
}

/** The shipped model-names judge, read once. */
let modelNames: LearnedJudge | undefined;

/**
 * The model-names judge (data/built/judge/model-judge.json): the learned judge's form, fitted by
 * scripts/fit-model-judge.ts on blind labels of names the embedded models made, which the learned judge, fitted on
 * other names, ranks no better than chance. It chooses among a model's samples and rewards rejection sampling.
 */
export function modelNamesJudge(): LearnedJudge {
  return (modelNames ??= readLearnedJudge(builtPath("judge", "model-judge.json")));
}

/** The learned judge's 0-10 score and P(>= 7) for a label and its TLD under the request `u`. */
export function learnedScore(
  label: string,
  tld: string,
  u: Understanding,
  judge: LearnedJudge = learnedJudge(),
  knowledge?: NamingKnowledge,
): { score: number; pGood: number } {
  const x = judgeFeatures(label, tld, u, knowledge);
  return { score: 10 * predictJudgeModel(judge.score, x), pGood: predictJudgeModel(judge.good, x) };
}
