/**
 * Temperature calibration: the temperature at which a model draws names as varied as a reference does.
 *
 * Every extra fine-tuning round (rejection sampling, or the same steps on the same targets) sharpens a
 * model: it repeats its favourite names more. Sampling from softmax(z / T) with T > 1 flattens every
 * next-token distribution without changing the order of the tokens, so it gives the variety back; a
 * comparison at equal variety then asks whether the sharpened model is better at the same spread, as one
 * compares models at equal compute. Variety is measured on the model's own samples, either plain (name
 * mask only: no redraws, no required-word decoding, no over-sampling) or as `--generator model` decodes
 * (redraws and DEFAULT_OVERSAMPLE x over-sampling, where the evaluation counts its duplicate rows):
 *
 *   variety(T) = distinct complete names / rows drawn,
 *
 * which grows with T; per-request seeds are fixed, so variety(T) is a deterministic step function and
 * bisection finds where it crosses the reference's. (Matching the mean next-token entropy on teacher-forced
 * validation targets was tried first and is not enough: rounds trained on the model's own names sharpen on
 * those names, which the lexical targets do not show, and kept repeating +7-8 pp more rows.)
 */
import type { Understanding } from "../core/types.js";
import type { SamplingOptions } from "../engine/index.js";
import { createModelGenerator, DEFAULT_OVERSAMPLE, type ModelBundle } from "../generate/neural/index.js";

/** How the rows are drawn: "plain" (the name mask only) or "product" (as `--generator model`). */
export type VarietyDecoding = "plain" | "product";

/** Distinct complete names per row drawn over the requests, `rows` names asked of each. */
export function sampleVariety(
  bundle: ModelBundle,
  requests: readonly Understanding[],
  rows: number,
  sampling: SamplingOptions,
  decoding: VarietyDecoding = "plain",
): number {
  const stats = { rows: 0, complete: 0, unique: 0 };
  const g = createModelGenerator({
    bundle,
    maxSamples: rows,
    sampling,
    stats,
    ...(decoding === "plain"
      ? { retries: 0, decodeRequired: false, anchors: { words: 0, free: 0 } }
      : { oversample: DEFAULT_OVERSAMPLE }),
  });
  for (const u of requests) g.generate(u, rows);
  return stats.rows === 0 ? 0 : stats.unique / stats.rows;
}

export interface CalibrationOptions {
  /** Rows per request (default 32, the product's model pool). */
  rows?: number;
  /** Sampling besides the temperature (top-p, top-k), as the reference samples. */
  sampling?: SamplingOptions;
  /** Default "plain". */
  decoding?: VarietyDecoding;
  /** Temperature bracket searched (default 0.5 to 2.5). */
  low?: number;
  high?: number;
  /** Halvings of the bracket (default 9: 2 / 2^9 = 0.004 wide). */
  halvings?: number;
  onStep?: (low: number, high: number) => void;
}

export interface Calibration {
  /** The upper end of the last bracket (the lowest temperature found whose variety reaches the target), rounded to 3 decimals: the rounding may leave it a hair short. */
  temperature: number;
  target: number;
  variety: number;
  varietyAtOne: number;
}

/** The temperature at which `bundle` draws `target` distinct names per row on `requests`. */
export function calibrateTemperature(
  bundle: ModelBundle,
  requests: readonly Understanding[],
  target: number,
  o: CalibrationOptions = {},
): Calibration {
  const rows = o.rows ?? 32;
  // Each temperature is sampled once (the bracket's ends, 1 and the result may coincide with earlier points).
  const seen = new Map<number, number>();
  const at = (t: number): number => {
    let v = seen.get(t);
    if (v === undefined)
      seen.set(t, (v = sampleVariety(bundle, requests, rows, { ...o.sampling, temperature: t }, o.decoding)));
    return v;
  };
  let lo = o.low ?? 0.5;
  let hi = o.high ?? 2.5;
  if (!(lo > 0 && hi > lo)) throw new RangeError(`temperature bracket must satisfy 0 < low < high, got [${lo}, ${hi}]`);
  if (at(lo) > target || at(hi) < target) {
    throw new RangeError(
      `no temperature in [${lo}, ${hi}] gives variety ${target.toFixed(4)} (${at(lo).toFixed(4)} at ${lo}, ${at(hi).toFixed(4)} at ${hi}): ` +
        "widen the bracket (--low / --high), or sample more rows (--rows) if every row is already distinct",
    );
  }
  for (let i = 0; i < (o.halvings ?? 9); i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) < target) lo = mid;
    else hi = mid;
    o.onStep?.(lo, hi);
  }
  const temperature = Math.round(hi * 1000) / 1000;
  return { temperature, target, variety: at(temperature), varietyAtOne: at(1) };
}
