/**
 * Probability calibration: measuring it (reliability bins, expected calibration error) and fitting it
 * (isotonic regression by pool-adjacent-violators, Platt scaling / logistic regression by Newton's method).
 */
import { assertFiniteArray, assertPaired, StatsError } from "./errors.js";
import { sigmoid, type IsotonicModel, type LogisticModel } from "../../score/index.js";

export {
  predictIsotonic,
  predictLogistic,
  sigmoid,
  type IsotonicModel,
  type LogisticModel,
} from "../../score/index.js";

export interface ReliabilityBin {
  /** Bin range [lo, hi) of predicted probability (the last bin includes 1). */
  lo: number;
  hi: number;
  count: number;
  /** Mean predicted probability in the bin. */
  meanPredicted: number;
  /** Fraction of positive outcomes in the bin. */
  observed: number;
}

/** Equal-width reliability bins over [0, 1]. Outcomes are 0/1. */
export function reliabilityBins(predicted: readonly number[], outcome: readonly number[], bins = 10): ReliabilityBin[] {
  assertPaired(predicted, outcome);
  if (!Number.isInteger(bins) || bins < 1)
    throw new StatsError("stats_bad_option", `bins must be a positive integer, got ${bins}`);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  const cnt = new Float64Array(bins);
  for (let i = 0; i < predicted.length; i++) {
    const p = Math.min(1, Math.max(0, predicted[i]));
    const b = Math.min(bins - 1, Math.floor(p * bins));
    sumP[b] += p;
    sumY[b] += outcome[i];
    cnt[b]++;
  }
  return Array.from({ length: bins }, (_, b) => ({
    lo: b / bins,
    hi: (b + 1) / bins,
    count: cnt[b],
    meanPredicted: cnt[b] > 0 ? sumP[b] / cnt[b] : NaN,
    observed: cnt[b] > 0 ? sumY[b] / cnt[b] : NaN,
  }));
}

/**
 * Expected calibration error over equal-width bins (Naeini et al. 2015):
 *   ECE = sum_b (n_b / N) |observed_b - meanPredicted_b|.
 */
export function expectedCalibrationError(predicted: readonly number[], outcome: readonly number[], bins = 10): number {
  const n = predicted.length;
  if (n === 0) return NaN;
  let e = 0;
  for (const b of reliabilityBins(predicted, outcome, bins))
    if (b.count > 0) e += (b.count / n) * Math.abs(b.observed - b.meanPredicted);
  return e;
}

/** Brier score: mean squared error of the probabilities against 0/1 outcomes. */
export function brierScore(predicted: readonly number[], outcome: readonly number[]): number {
  assertPaired(predicted, outcome);
  let s = 0;
  for (let i = 0; i < predicted.length; i++) s += (predicted[i] - outcome[i]) ** 2;
  return predicted.length ? s / predicted.length : NaN;
}

/**
 * Isotonic regression (least squares under a non-decreasing constraint) by pool-adjacent-violators:
 * sweep the points in x order keeping blocks of (weighted mean, weight); whenever a block's mean falls
 * below its predecessor's, merge them. O(n) after sorting. Equal x values are pooled first (as sklearn).
 * Prediction interpolates linearly between block knots and clips outside [x_min, x_max].
 */
export function fitIsotonic(x: readonly number[], y: readonly number[], weights?: readonly number[]): IsotonicModel {
  assertPaired(x, y);
  if (x.length === 0) throw new StatsError("stats_too_few", "isotonic regression needs at least one point");
  const w = weights ?? x.map(() => 1);
  assertFiniteArray("weights", w);
  const order = x.map((_, i) => i).sort((i, j) => x[i] - x[j]);
  // Pool ties in x.
  const xs: number[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const i of order) {
    const last = xs.length - 1;
    if (last >= 0 && xs[last] === x[i]) {
      const nw = ws[last] + w[i];
      ys[last] = nw > 0 ? (ys[last] * ws[last] + y[i] * w[i]) / nw : ys[last];
      ws[last] = nw;
    } else {
      xs.push(x[i]);
      ys.push(y[i]);
      ws.push(w[i]);
    }
  }
  // PAV over blocks: each block covers knots [start, end].
  const bMean: number[] = [];
  const bW: number[] = [];
  const bStart: number[] = [];
  const bEnd: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    bMean.push(ys[i]);
    bW.push(ws[i]);
    bStart.push(i);
    bEnd.push(i);
    while (bMean.length > 1 && bMean[bMean.length - 2] > bMean[bMean.length - 1]) {
      const m2 = bMean.pop()!;
      const w2 = bW.pop()!;
      const e2 = bEnd.pop()!;
      bStart.pop();
      const k = bMean.length - 1;
      const nw = bW[k] + w2;
      bMean[k] = nw > 0 ? (bMean[k] * bW[k] + m2 * w2) / nw : bMean[k];
      bW[k] = nw;
      bEnd[k] = e2;
    }
  }
  // Keep the two end knots of each block (enough to reproduce the step function with interpolation).
  const kx: number[] = [];
  const ky: number[] = [];
  for (let b = 0; b < bMean.length; b++) {
    kx.push(xs[bStart[b]]);
    ky.push(bMean[b]);
    if (bEnd[b] !== bStart[b]) {
      kx.push(xs[bEnd[b]]);
      ky.push(bMean[b]);
    }
  }
  return { kind: "isotonic", x: kx, y: ky };
}

export interface LogisticOptions {
  /** L2 penalty on the coefficients (not the bias), lambda/2 * |coef|^2 (default 0). */
  l2?: number;
  /** Newton iterations (default 100). */
  maxIter?: number;
  /**
   * Platt's target smoothing: positives get (N+ + 1)/(N+ + 2), negatives 1/(N- + 2) instead of 1 and 0,
   * which keeps separable data from driving the weights to infinity (Platt 1999; Lin, Lin & Weng 2007).
   */
  plattTargets?: boolean;
}

/**
 * Logistic regression by Newton-Raphson (iteratively reweighted least squares) on the penalised
 * log-likelihood, with step halving when the objective does not improve:
 *   gradient g = X^T (p - t) + l2 * [coef; 0],  Hessian H = X^T diag(p(1 - p)) X + l2 * diag([1..1; 0]).
 */
export function fitLogistic(
  features: readonly (readonly number[])[],
  outcome: readonly number[],
  opts: LogisticOptions = {},
): LogisticModel {
  const n = features.length;
  if (n !== outcome.length)
    throw new StatsError("stats_unpaired", `features (${n}) and outcomes (${outcome.length}) differ in length`);
  if (n === 0) throw new StatsError("stats_too_few", "logistic regression needs at least one point");
  const d = features[0].length;
  for (const f of features) {
    if (f.length !== d) throw new StatsError("stats_bad_shape", "every feature row must have the same length");
    assertFiniteArray("features", f);
  }
  const l2 = opts.l2 ?? 0;
  const maxIter = opts.maxIter ?? 100;
  let t = outcome.slice();
  if (opts.plattTargets) {
    const pos = outcome.filter((v) => v > 0.5).length;
    const neg = n - pos;
    t = outcome.map((v) => (v > 0.5 ? (pos + 1) / (pos + 2) : 1 / (neg + 2)));
  }
  const D = d + 1; // last parameter = bias
  let wv = new Float64Array(D);
  const row = (i: number, j: number): number => (j < d ? features[i][j] : 1);
  const objective = (w: Float64Array): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < D; j++) z += w[j] * row(i, j);
      // -[t log p + (1 - t) log(1 - p)] = log(1 + e^z) - t z, computed stably.
      f += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
    }
    for (let j = 0; j < d; j++) f += 0.5 * l2 * w[j] * w[j];
    return f;
  };
  let fCur = objective(wv);
  for (let iter = 0; iter < maxIter; iter++) {
    const g = new Float64Array(D);
    const H = new Float64Array(D * D);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < D; j++) z += wv[j] * row(i, j);
      const p = sigmoid(z);
      const r = p - t[i];
      const s = Math.max(p * (1 - p), 1e-12);
      for (let j = 0; j < D; j++) {
        const xj = row(i, j);
        g[j] += r * xj;
        for (let k = 0; k < D; k++) H[j * D + k] += s * xj * row(i, k);
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] += l2 * wv[j];
      H[j * D + j] += l2;
    }
    for (let j = 0; j < D; j++) H[j * D + j] += 1e-9; // keeps H positive definite on separable data
    const step = solveSymmetric(H, g, D);
    let scale = 1;
    let improved = false;
    for (let h = 0; h < 30; h++) {
      const next = new Float64Array(D);
      for (let j = 0; j < D; j++) next[j] = wv[j] - scale * step[j];
      const fNext = objective(next);
      if (fNext <= fCur) {
        const done = fCur - fNext < 1e-12 * Math.max(1, Math.abs(fCur));
        wv = next;
        fCur = fNext;
        improved = !done;
        break;
      }
      scale /= 2;
    }
    if (!improved) break;
  }
  return { kind: "logistic", coef: Array.from(wv.subarray(0, d)), bias: wv[d] };
}

/** Platt scaling: p = sigmoid(a * score + b), fitted with Platt's smoothed targets. */
export function fitPlatt(score: readonly number[], outcome: readonly number[]): LogisticModel {
  return fitLogistic(
    score.map((s) => [s]),
    outcome,
    { plattTargets: true },
  );
}

/**
 * Solves A x = b for a symmetric positive-definite A (D x D, row-major) by Cholesky, A = L L': forward then back
 * substitution. For the small systems of Newton steps and ridge regressions (D up to a few dozen).
 */
export function solveSymmetric(A: Float64Array, b: Float64Array, D: number): Float64Array {
  const L = new Float64Array(D * D);
  for (let i = 0; i < D; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * D + j];
      for (let k = 0; k < j; k++) s -= L[i * D + k] * L[j * D + k];
      L[i * D + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / L[j * D + j];
    }
  }
  const y = new Float64Array(D);
  for (let i = 0; i < D; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * D + k] * y[k];
    y[i] = s / L[i * D + i];
  }
  const x = new Float64Array(D);
  for (let i = D - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < D; k++) s -= L[k * D + i] * x[k];
    x[i] = s / L[i * D + i];
  }
  return x;
}
