/**
 * The endings naming experts choose, learned from them: a multinomial logistic regression from what a request says
 * (its concept stems, industry and sector, language, whether it names a country, says software or AI, reads as a
 * local or in-person business, and how long it is) to the share of its ten expert names on each TLD.
 *
 * Why a model and not the neighbours alone: the nearest training descriptions' endings are a good guess when they
 * are close, but a short request ("law firm", "pizza", "brewery") finds one or two far neighbours and takes their
 * endings whole (.app from legal software, .beer from a brewery); a regression pools every description that shares
 * a word, an industry or a signal, so "firm" and "law" each carry what all their experts chose.
 *
 * Model: for features x (binary, sparse) and classes t,
 *   p(t | x) = exp(z_t) / sum_s exp(z_s),  z_t = b_t + sum_f x_f W[f][t];
 * fitted on soft labels q (an expert's names per ending over ten) by minimising the mean cross-entropy
 *   L = -(1/N) sum_n sum_t q_nt log p(t | x_n) + (lambda / 2) sum_f sum_t W[f][t]^2,
 * whose gradient is dL/dz_t = p_t - q_t per example; Adam steps on full batches. Endings used fewer than
 * `minCount` times are not classes (their mass is dropped from q before it is renormalised).
 */
import { existsSync, readFileSync } from "node:fs";
import type { Understanding } from "../core/types.js";
import { businessCountry } from "../core/types.js";
import { builtPath } from "../core/paths.js";
import { NamewrightError } from "../core/errors.js";
import { industryById } from "../taxonomy/index.js";

export const TLD_MODEL_VERSION = 1;
/** Weights smaller than this are not stored (the file stays about a megabyte). */
const WEIGHT_FLOOR = 0.02;

export interface TldModel {
  version: number;
  /** The endings it predicts, in the order of `bias` and of every weight row. */
  classes: string[];
  bias: number[];
  /**
   * Feature -> its weights as [class index, weight] pairs, sparse: weights under WEIGHT_FLOOR in size are left
   * out (they move no ending's probability by more than about 2%), the rest rounded to two decimals.
   */
  weights: Record<string, [number, number][]>;
  /** How it was fitted (writers, sizes, lambda), for the card. */
  fit: Record<string, string | number>;
}

/** Signals the naming context reads from the text (computed there, so this module needs none of its rules). */
export interface TldSignals {
  software: boolean;
  ai: boolean;
  local: boolean;
  offline: boolean;
}

/** The request's features: each a name with value 1. */
export function tldFeatures(u: Understanding, signals: TldSignals): string[] {
  const f = new Set<string>([`lang:${u.language}`]);
  for (const kw of u.keywords.slice(0, 12)) f.add(`stem:${kw.stem}`);
  if (u.industry) {
    f.add(`industry:${u.industry.id}`);
    const sector = industryById(u.industry.id)?.sector;
    if (sector) f.add(`sector:${sector}`);
  } else f.add("industry:none");
  f.add(businessCountry(u) ? "country:named" : "country:none");
  if (signals.software) f.add("says:software");
  if (signals.ai) f.add("says:ai");
  if (signals.local) f.add("reads:local");
  if (signals.offline) f.add("reads:offline");
  const words = u.text.split(/\s+/).filter((w) => w.length > 0).length;
  f.add(words <= 2 ? "words:1-2" : words <= 6 ? "words:3-6" : words <= 20 ? "words:7-20" : "words:21+");
  return [...f];
}

/** p(t | features) over the model's classes, most likely first. */
export function predictTlds(model: TldModel, features: readonly string[]): [string, number][] {
  const z = [...model.bias];
  for (const name of features) {
    for (const [t, v] of model.weights[name] ?? []) z[t]! += v;
  }
  const p = softmax(z);
  return model.classes.map((c, t) => [c, p[t]!] as [string, number]).sort((a, b) => b[1] - a[1]);
}

function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export interface TldExample {
  features: string[];
  /** The experts' endings for this request (one per name; repeats count). */
  tlds: string[];
}

export interface TldFitOptions {
  /** L2 strength lambda (default 1e-3). */
  lambda?: number;
  /** Full-batch Adam steps (default 300). */
  steps?: number;
  /** Learning rate (default 0.05). */
  lr?: number;
  /** An ending is a class when experts used it at least this many times (default 8). */
  minCount?: number;
  /** A feature is kept when at least this many examples have it (default 2). */
  minFeature?: number;
  onStep?: (step: number, loss: number) => void;
}

/** Fits the model (see the module comment for the loss and its gradient). */
export function fitTldModel(examples: readonly TldExample[], options: TldFitOptions = {}): TldModel {
  const lambda = options.lambda ?? 1e-3;
  const steps = options.steps ?? 300;
  const lr = options.lr ?? 0.05;
  const counts = new Map<string, number>();
  for (const e of examples) for (const t of e.tlds) counts.set(t, (counts.get(t) ?? 0) + 1);
  const classes = [...counts]
    .filter(([, n]) => n >= (options.minCount ?? 8))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t]) => t);
  if (classes.length < 2) throw new NamewrightError("naming_tld_fit", "fewer than two endings to learn from");
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const featureCount = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) featureCount.set(f, (featureCount.get(f) ?? 0) + 1);
  const featureNames = [...featureCount]
    .filter(([, n]) => n >= (options.minFeature ?? 2))
    .map(([f]) => f)
    .sort();
  const featureOf = new Map(featureNames.map((f, i) => [f, i]));
  const K = classes.length;
  interface Row {
    xs: number[];
    q: Float64Array;
  }
  const data = examples
    .map((e): Row | null => {
      const q = new Float64Array(K);
      let n = 0;
      for (const t of e.tlds) {
        const c = classOf.get(t);
        if (c !== undefined) {
          q[c]! += 1;
          n++;
        }
      }
      if (n === 0) return null;
      for (let c = 0; c < K; c++) q[c]! /= n;
      const xs = [...new Set(e.features)].map((f) => featureOf.get(f)).filter((i): i is number => i !== undefined);
      return { xs, q };
    })
    .filter((d): d is Row => d !== null);
  const N = data.length;
  const F = featureNames.length;
  const W = new Float64Array(F * K);
  const b = new Float64Array(K);
  // Adam moments for W and b.
  const mW = new Float64Array(F * K);
  const vW = new Float64Array(F * K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const gW = new Float64Array(F * K);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= steps; step++) {
    gW.fill(0);
    gb.fill(0);
    let loss = 0;
    for (const { xs, q } of data) {
      for (let c = 0; c < K; c++) z[c] = b[c]!;
      for (const f of xs) for (let c = 0; c < K; c++) z[c]! += W[f * K + c]!;
      let m = -Infinity;
      for (let c = 0; c < K; c++) m = Math.max(m, z[c]!);
      let s = 0;
      for (let c = 0; c < K; c++) s += Math.exp(z[c]! - m);
      const logS = m + Math.log(s);
      for (let c = 0; c < K; c++) {
        const p = Math.exp(z[c]! - logS);
        if (q[c]! > 0) loss -= q[c]! * (z[c]! - logS);
        const g = (p - q[c]!) / N;
        gb[c]! += g;
        for (const f of xs) gW[f * K + c]! += g;
      }
    }
    loss /= N;
    for (let i = 0; i < W.length; i++) {
      loss += (lambda / 2) * W[i]! * W[i]!;
      gW[i]! += lambda * W[i]!;
    }
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let i = 0; i < W.length; i++) {
      mW[i] = beta1 * mW[i]! + (1 - beta1) * gW[i]!;
      vW[i] = beta2 * vW[i]! + (1 - beta2) * gW[i]! * gW[i]!;
      W[i]! -= (lr * (mW[i]! / c1)) / (Math.sqrt(vW[i]! / c2) + 1e-8);
    }
    for (let c = 0; c < K; c++) {
      mb[c] = beta1 * mb[c]! + (1 - beta1) * gb[c]!;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * gb[c]! * gb[c]!;
      b[c]! -= (lr * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + 1e-8);
    }
    options.onStep?.(step, loss);
  }
  const round = (v: number): number => Math.round(v * 100) / 100;
  const weights: Record<string, [number, number][]> = {};
  featureNames.forEach((f, i) => {
    const row: [number, number][] = [];
    for (let c = 0; c < K; c++) {
      const v = W[i * K + c]!;
      if (Math.abs(v) >= WEIGHT_FLOOR) row.push([c, round(v)]);
    }
    if (row.length > 0) weights[f] = row;
  });
  return {
    version: TLD_MODEL_VERSION,
    classes,
    bias: [...b].map(round),
    weights,
    fit: { examples: N, features: Object.keys(weights).length, classes: K, lambda, steps, lr },
  };
}

let shipped: TldModel | null | undefined;

export function tldModelPath(): string {
  return builtPath("naming/tld-model.json");
}

/** The shipped model (undefined when none is built), or the one at `path`; a malformed file is a clear error. */
export function loadTldModel(path?: string): TldModel | undefined {
  if (path === undefined && shipped !== undefined) return shipped ?? undefined;
  const p = path ?? tldModelPath();
  if (!existsSync(p)) {
    if (path === undefined) shipped = null;
    return undefined;
  }
  const raw = JSON.parse(readFileSync(p, "utf8")) as Partial<TldModel>;
  const K = raw.classes?.length ?? 0;
  const ok =
    raw.version === TLD_MODEL_VERSION &&
    K >= 2 &&
    raw.classes!.every((c) => typeof c === "string") &&
    Array.isArray(raw.bias) &&
    raw.bias.length === K &&
    raw.bias.every(Number.isFinite) &&
    typeof raw.weights === "object" &&
    raw.weights !== null &&
    Object.values(raw.weights).every(
      (r) =>
        Array.isArray(r) &&
        r.every(
          (x) =>
            Array.isArray(x) &&
            x.length === 2 &&
            Number.isInteger(x[0]) &&
            x[0] >= 0 &&
            x[0] < K &&
            Number.isFinite(x[1]),
        ),
    );
  if (!ok)
    throw new NamewrightError(
      "naming_tld_model_bad",
      `${p} is not a TLD model of version ${TLD_MODEL_VERSION}; rebuild it with \`npx tsx scripts/fit-tld-model.ts\``,
    );
  const model = raw as TldModel;
  if (path === undefined) shipped = model;
  return model;
}
