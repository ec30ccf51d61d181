// The shipped calibration set and confidence model: size and spread of the labels, the fitting
// procedure on synthetic data with a known answer, and calibratedConfidence on real rubric scores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { RubricScore } from "../../src/core/types.js";
import { builtPath } from "../../src/core/paths.js";
import {
  calibratedConfidence,
  expectedCalibrationError,
  fitConfidence,
  loadCalibrationSet,
  rubricScoresOf,
  agreementWithLabels,
  rocAuc,
  seededRandom,
  sigmoid,
  type CalibrationPair,
} from "../../src/evaluate/index.js";

test("the calibration set has >= 150 labelled pairs over six languages and the whole 0-10 range", () => {
  const pairs = loadCalibrationSet();
  assert.ok(pairs.length >= 150, `${pairs.length} pairs`);
  assert.deepEqual([...new Set(pairs.map((p) => p.language))].sort(), ["de", "en", "es", "fr", "it", "pt"]);
  const labels = pairs.map((p) => p.label);
  assert.ok(Math.min(...labels) <= 1 && Math.max(...labels) >= 8);
  const good = labels.filter((l) => l >= 7).length;
  assert.ok(good >= 30 && good <= pairs.length - 30, "enough of both sides of the >= 7 line to fit a probability");
});

test("the shipped confidence model loads and gives probabilities that rise with a better rubric profile", () => {
  const shipped = JSON.parse(readFileSync(builtPath("calibration", "confidence.json"), "utf8"));
  assert.equal(shipped.version, 1);
  assert.ok(shipped.holdout.pairs > 0);
  const weak: RubricScore = {
    overall: 2,
    sub: { relevance: 1, brandability: 2, pronounceability: 2, length: 3, readability: 1, tldFit: 5, safety: 8 },
    reasons: [],
  };
  const strong: RubricScore = {
    overall: 9,
    sub: { relevance: 9, brandability: 9, pronounceability: 10, length: 9, readability: 10, tldFit: 10, safety: 10 },
    reasons: [],
  };
  const pw = calibratedConfidence(weak);
  const ps = calibratedConfidence(strong);
  assert.ok(pw >= 0 && pw <= 1 && ps >= 0 && ps <= 1);
  assert.ok(ps > pw, `strong ${ps} > weak ${pw}`);
});

test("fitting recovers a well-calibrated model when labels follow the rubric", () => {
  // Synthetic labels drawn with a known probability, P(good) = sigmoid(12 (readability/10 - 0.6)), over the
  // real rubric scores of the shipped pairs: the fitted model must separate them and be calibrated
  // out of fold (the real labels are far harder; see the report for their numbers).
  const pairs = loadCalibrationSet();
  const scores = rubricScoresOf(pairs);
  const rand = seededRandom(4);
  const synthetic: CalibrationPair[] = pairs.map((p, i) => ({
    ...p,
    label: rand() < sigmoid(12 * (scores[i].sub.readability / 10 - 0.6)) ? 8 : 3,
  }));
  const r = fitConfidence(synthetic, { folds: 5, seed: 3 });
  assert.equal(r.file.chosen.kind, "logistic", "the only model that sees the sub-scores should win");
  assert.ok(rocAuc(r.outOfFold, r.outcomes) > 0.85);
  assert.ok(expectedCalibrationError(r.outOfFold, r.outcomes) < 0.08);
});

test("agreement statistics are computed against the labels", () => {
  const pairs = loadCalibrationSet().slice(0, 40);
  const perfect = agreementWithLabels(
    "oracle",
    pairs.map((p) => p.label),
    pairs,
  );
  assert.equal(perfect.spearman, 1);
  assert.equal(perfect.qwk, 1);
  assert.equal(perfect.bias, 0);
});
