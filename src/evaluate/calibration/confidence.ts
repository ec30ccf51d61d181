/**
 * Fitting the calibrated confidence (applied by score/confidence.ts): P(a careful judge rates the name
 * >= 7/10 | rubric score), fitted on the hand-labelled calibration set and shipped as data
 * (data/built/calibration/confidence.json).
 *
 * Three models are compared by grouped cross-validation (folds never split a description):
 *   platt     p = sigmoid(a * overall + b)                      (2 parameters)
 *   isotonic  p = non-decreasing step function of overall (PAV) (interpolated)
 *   logistic  p = sigmoid(b + sum_k w_k * sub_k / 10)            (8 parameters, L2-penalised)
 * The one with the lowest out-of-fold Brier score is refitted on all pairs and shipped (Brier, a proper
 * scoring rule like log-loss, is less swayed by a few confident misses on ~200 pairs).
 */
import type { RubricScore } from "../../core/types.js";
import { EvalError } from "../errors.js";
import {
  brierScore,
  expectedCalibrationError,
  fitIsotonic,
  fitLogistic,
  fitPlatt,
  reliabilityBins,
  rocAuc,
  seededRandom,
  type ReliabilityBin,
} from "../stats/index.js";
import { rubricScoresOf } from "./features.js";
import { GOOD_THRESHOLD, SUB_KEYS, predictConfidence, subFeatures, type ConfidenceModel } from "../../score/index.js";
import { groupsByDescription, type CalibrationPair } from "./set.js";

export { GOOD_THRESHOLD, calibratedConfidence, type ConfidenceModel } from "../../score/index.js";

export interface ConfidenceFile {
  version: 1;
  target: string;
  threshold: number;
  chosen: ConfidenceModel;
  fittedOn: { pairs: number; positives: number; labels: string };
  crossValidation: Record<string, { logLoss: number; brier: number; ece: number; auc: number }>;
  /** Brier score of always predicting the base rate: a model must beat it to carry information. */
  baseRateBrier: number;
  holdout: { pairs: number; ece: number; brier: number; auc: number; bins: ReliabilityBin[] };
  createdAt: string;
}

type Kind = ConfidenceModel["kind"];
const KINDS: Kind[] = ["platt", "isotonic", "logistic"];

function fit(kind: Kind, scores: RubricScore[], y: number[]): ConfidenceModel {
  if (kind === "platt")
    return {
      kind,
      model: fitPlatt(
        scores.map((s) => s.overall),
        y,
      ),
    };
  if (kind === "isotonic")
    return {
      kind,
      model: fitIsotonic(
        scores.map((s) => s.overall),
        y,
      ),
    };
  // L2 = 0.1 on features in [0, 1]: enough to keep 8 parameters finite on ~200 pairs without shrinking
  // real effects into underconfidence (L2 = 1 gave ECE 0.10 on synthetic labels with a known answer).
  return { kind, features: SUB_KEYS, model: fitLogistic(scores.map(subFeatures), y, { l2: 0.1 }) };
}

function logLoss(p: number[], y: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p[i]));
    s -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
  }
  return s / p.length;
}

/** Shuffles description groups with a seeded RNG and deals them into k folds. */
function groupFolds(pairs: readonly CalibrationPair[], k: number, seed: number): number[][] {
  const groups = groupsByDescription(pairs);
  const rand = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  const folds: number[][] = Array.from({ length: k }, () => []);
  groups.forEach((g, i) => folds[i % k].push(...g));
  return folds;
}

export interface FitReport {
  file: ConfidenceFile;
  /** Out-of-fold predictions of the chosen model, one per pair. */
  outOfFold: number[];
  outcomes: number[];
}

export function fitConfidence(
  pairs: readonly CalibrationPair[],
  opts: { folds?: number; seed?: number; holdoutShare?: number } = {},
): FitReport {
  if (pairs.length < 30)
    throw new EvalError(
      "eval_calibration_small",
      `fitting a calibrated confidence needs at least 30 labelled pairs, got ${pairs.length}`,
    );
  const scores = rubricScoresOf(pairs);
  const y: number[] = pairs.map((p) => (p.label >= GOOD_THRESHOLD ? 1 : 0));
  const folds = groupFolds(pairs, opts.folds ?? 5, opts.seed ?? 1);
  const oof: Record<Kind, number[]> = { platt: [], isotonic: [], logistic: [] };
  for (const kind of KINDS) {
    const p = new Array<number>(pairs.length);
    for (const test of folds) {
      const inTest = new Set(test);
      const train = pairs.map((_, i) => i).filter((i) => !inTest.has(i));
      const m = fit(
        kind,
        train.map((i) => scores[i]),
        train.map((i) => y[i]),
      );
      for (const i of test) p[i] = predictConfidence(m, scores[i]);
    }
    oof[kind] = p;
  }
  const cv: ConfidenceFile["crossValidation"] = {};
  for (const kind of KINDS)
    cv[kind] = {
      logLoss: logLoss(oof[kind], y),
      brier: brierScore(oof[kind], y),
      ece: expectedCalibrationError(oof[kind], y),
      auc: rocAuc(oof[kind], y),
    };
  const best = KINDS.reduce((a, b) => (cv[b].brier < cv[a].brier ? b : a));

  // A single grouped hold-out (the last ~30% of shuffled descriptions) for the reliability diagram.
  const hold = groupFolds(pairs, 10, (opts.seed ?? 1) + 100);
  const nHold = Math.round((opts.holdoutShare ?? 0.3) * 10);
  const testIdx = hold.slice(0, nHold).flat();
  const inTest = new Set(testIdx);
  const trainIdx = pairs.map((_, i) => i).filter((i) => !inTest.has(i));
  const hm = fit(
    best,
    trainIdx.map((i) => scores[i]),
    trainIdx.map((i) => y[i]),
  );
  const hp = testIdx.map((i) => predictConfidence(hm, scores[i]));
  const hy = testIdx.map((i) => y[i]);

  const chosen = fit(best, scores, y);
  const file: ConfidenceFile = {
    version: 1,
    target: `P(careful judge rates the name >= ${GOOD_THRESHOLD}/10 | rubric score)`,
    threshold: GOOD_THRESHOLD,
    chosen,
    fittedOn: {
      pairs: pairs.length,
      positives: y.reduce((s, v) => s + v, 0),
      labels: "data/sources/calibration/labels.jsonl",
    },
    crossValidation: cv,
    baseRateBrier: (() => {
      const r = y.reduce((a, v) => a + v, 0) / y.length;
      return r * (1 - r);
    })(),
    holdout: {
      pairs: testIdx.length,
      ece: expectedCalibrationError(hp, hy),
      brier: brierScore(hp, hy),
      auc: rocAuc(hp, hy),
      bins: reliabilityBins(hp, hy, 5),
    },
    createdAt: new Date().toISOString(),
  };
  return { file, outOfFold: oof[best], outcomes: y };
}
