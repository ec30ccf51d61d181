/**
 * Calibrated confidence: P(a careful judge rates the name >= 7/10 | rubric score), by the model fitted
 * offline on the hand-labelled calibration set (evaluate/calibration) and shipped as data
 * (data/built/calibration/confidence.json, which also records its cross-validated error).
 */
import { readFileSync } from "node:fs";
import type { RubricScore, SubScores } from "../core/types.js";
import { builtPath } from "../core/paths.js";
import { predictIsotonic, predictLogistic, type IsotonicModel, type LogisticModel } from "./calibrators.js";
import { ScoreError } from "./errors.js";

/** The label at or above which a name counts as "good": the event the confidence predicts. */
export const GOOD_THRESHOLD = 7;

/** The logistic model's inputs, in this order. */
export const SUB_KEYS: readonly (keyof SubScores)[] = [
  "relevance",
  "brandability",
  "pronounceability",
  "length",
  "readability",
  "tldFit",
  "safety",
];

/** Sub-scores scaled to [0, 1], in SUB_KEYS order. */
export function subFeatures(s: RubricScore): number[] {
  return SUB_KEYS.map((k) => s.sub[k] / 10);
}

export type ConfidenceModel =
  | { kind: "platt"; model: LogisticModel }
  | { kind: "isotonic"; model: IsotonicModel }
  | { kind: "logistic"; features: readonly string[]; model: LogisticModel };

/** P(good) under a fitted model, unclamped. */
export function predictConfidence(m: ConfidenceModel, s: RubricScore): number {
  if (m.kind === "platt") return predictLogistic(m.model, [s.overall]);
  if (m.kind === "isotonic") return predictIsotonic(m.model, s.overall);
  return predictLogistic(m.model, subFeatures(s));
}

let shipped: ConfidenceModel | undefined;

function loadShipped(): ConfidenceModel {
  if (shipped) return shipped;
  const path = builtPath("calibration", "confidence.json");
  let f: { chosen?: ConfidenceModel };
  try {
    f = JSON.parse(readFileSync(path, "utf8")) as { chosen?: ConfidenceModel };
  } catch (e) {
    throw new ScoreError(
      "score_confidence_missing",
      `cannot read ${path} (${(e as Error).message}); fit it with \`namewright eval calibrate\``,
    );
  }
  const c = f?.chosen;
  const ok =
    (c?.kind === "platt" && Array.isArray(c.model?.coef) && c.model.coef.length === 1) ||
    (c?.kind === "isotonic" &&
      Array.isArray(c.model?.x) &&
      c.model.x.length === c.model.y?.length &&
      c.model.x.length > 0) ||
    (c?.kind === "logistic" && Array.isArray(c.model?.coef) && c.model.coef.length === SUB_KEYS.length);
  if (!ok || !c)
    throw new ScoreError("score_confidence_bad", `${path} does not hold a confidence model this version understands`);
  return (shipped = c);
}

/** The probability that a careful judge rates this name >= 7/10, from its rubric score, clamped to [0, 1]. */
export function calibratedConfidence(score: RubricScore): number {
  const p = predictConfidence(loadShipped(), score);
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}
