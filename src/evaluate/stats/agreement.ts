/**
 * Agreement between two raters (a judge and the calibration labels, or two judges).
 */
import { assertPaired, StatsError } from "./errors.js";
import { averageRanks } from "./ranks.js";

/** Pearson correlation; NaN when either side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  assertPaired(x, y);
  const n = x.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman's rho: Pearson correlation of average ranks (handles ties as scipy.stats.spearmanr). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  assertPaired(x, y);
  return pearson(averageRanks(x).ranks, averageRanks(y).ranks);
}

/**
 * Cohen's quadratic-weighted kappa over integer categories 0..k-1 (as sklearn's cohen_kappa_score with
 * weights="quadratic"):
 *   kappa = 1 - sum_ij w_ij O_ij / sum_ij w_ij E_ij,  w_ij = (i - j)^2 / (k - 1)^2,
 *   O = observed confusion counts, E_ij = rowTotal_i * colTotal_j / N (chance agreement).
 */
export function quadraticWeightedKappa(x: readonly number[], y: readonly number[], categories: number): number {
  assertPaired(x, y);
  const k = categories;
  if (!Number.isInteger(k) || k < 2)
    throw new StatsError("stats_bad_option", `kappa needs at least 2 categories, got ${k}`);
  const n = x.length;
  if (n === 0) return NaN;
  const O = new Float64Array(k * k);
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= k || b >= k) {
      throw new StatsError(
        "stats_bad_category",
        `kappa ratings must be integers in 0..${k - 1}, got ${a} and ${b} at item ${i}`,
      );
    }
    O[a * k + b]++;
    rows[a]++;
    cols[b]++;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * O[i * k + j];
      den += (w * rows[i] * cols[j]) / n;
    }
  }
  return den > 0 ? 1 - num / den : NaN;
}

/**
 * Buckets a 0-10 score into ordered categories by cut points: with the default edges [4, 7, 9] the buckets
 * are poor (< 4), fair (4 to < 7), good (7 to < 9) and excellent (>= 9), matching data/sources/calibration/RUBRIC.md,
 * so "good or better" is the same >= 7 line the calibrated confidence predicts.
 */
export const SCORE_BUCKET_EDGES: readonly number[] = [4, 7, 9];

export function bucketScore(score: number, edges: readonly number[] = SCORE_BUCKET_EDGES): number {
  let b = 0;
  while (b < edges.length && score >= edges[b]) b++;
  return b;
}

/**
 * Area under the ROC curve for scores against 0/1 outcomes, by the Mann-Whitney identity
 *   AUC = (R+ - n+(n+ + 1)/2) / (n+ n-),  R+ = sum of the positives' average ranks,
 * i.e. the probability that a random positive outscores a random negative (ties count half).
 */
export function rocAuc(scores: readonly number[], outcome: readonly number[]): number {
  assertPaired(scores, outcome);
  const { ranks } = averageRanks(scores);
  let rPos = 0;
  let nPos = 0;
  for (let i = 0; i < scores.length; i++) {
    if (outcome[i] > 0.5) {
      rPos += ranks[i];
      nPos++;
    }
  }
  const nNeg = scores.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
