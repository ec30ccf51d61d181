/**
 * The fitted calibrators the product applies to a score: a logistic model (Platt scaling is its
 * one-feature case) and an isotonic step function. Fitting them is offline work (evaluate/stats);
 * applying them is all the product needs, so it lives here with no dependency on the fitting code.
 */

/** A fitted non-decreasing step function, evaluated with linear interpolation between knots. */
export interface IsotonicModel {
  kind: "isotonic";
  /** Knot positions, strictly increasing. */
  x: number[];
  /** Fitted values at the knots, non-decreasing. */
  y: number[];
}

export function predictIsotonic(model: IsotonicModel, v: number): number {
  const { x, y } = model;
  if (x.length === 0) return NaN;
  if (v <= x[0]) return y[0];
  if (v >= x[x.length - 1]) return y[y.length - 1];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= v) lo = mid;
    else hi = mid;
  }
  const t = (v - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + t * (y[hi] - y[lo]);
}

/** Logistic model p = sigmoid(bias + sum_j coef_j * feature_j). Platt scaling is the 1-feature case. */
export interface LogisticModel {
  kind: "logistic";
  coef: number[];
  bias: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predictLogistic(model: LogisticModel, features: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.coef.length; j++) z += model.coef[j] * features[j];
  return sigmoid(z);
}
