/**
 * Multinomial logistic regression over hashed features: p = softmax(W x + b), classes = ["safe",
 * ...13 categories]. Trained by src/safety/build/train.ts on the train split only; shipped as int8 weights
 * (per-class scale) in data/built/safety/classifier.json and loaded once.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { builtPath } from "../core/index.js";
import { SafetyDataError } from "./errors.js";
import { FEATURE_DIM, type SparseVector } from "./features.js";
import { REQUEST_CATEGORIES, type RequestCategory } from "./policy.js";

export const CLASSES = ["safe", ...REQUEST_CATEGORIES] as const;
export type ClassLabel = (typeof CLASSES)[number];

const modelSchema = z.object({
  format: z.literal("namewright-safety-logreg-v1"),
  dim: z.number().int(),
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  scale: z.array(z.number()),
  /** base64 of Int8Array(classes.length * dim), row-major by class. */
  weights: z.string(),
  training: z.record(z.string(), z.unknown()),
});
export type ModelFile = z.infer<typeof modelSchema>;

export interface Model {
  classes: readonly ClassLabel[];
  dim: number;
  bias: Float32Array;
  /** Dequantised weights, (K, D) row-major. */
  w: Float32Array;
}

export function classifierPath(): string {
  return builtPath("safety", "classifier.json");
}

export function quantize(model: Model, training: Record<string, unknown>): ModelFile {
  const K = model.classes.length;
  const D = model.dim;
  const q = new Int8Array(K * D);
  const scale: number[] = [];
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let j = 0; j < D; j++) max = Math.max(max, Math.abs(model.w[k * D + j]));
    const s = max > 0 ? max / 127 : 1;
    scale.push(Number(s.toPrecision(8)));
    for (let j = 0; j < D; j++) q[k * D + j] = Math.round(model.w[k * D + j] / s);
  }
  return {
    format: "namewright-safety-logreg-v1",
    dim: D,
    classes: [...model.classes],
    bias: [...model.bias].map((b) => Number(b.toPrecision(8))),
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    training,
  };
}

export function dequantize(file: ModelFile): Model {
  if (file.dim !== FEATURE_DIM)
    throw new SafetyDataError(
      `classifier dim ${file.dim} != feature dim ${FEATURE_DIM}; retrain with \`npm run train:safety\``,
    );
  if (file.classes.join() !== CLASSES.join())
    throw new SafetyDataError(
      "classifier classes do not match the policy categories; retrain with `npm run train:safety`",
    );
  const K = CLASSES.length;
  const buf = Buffer.from(file.weights, "base64");
  if (buf.length !== K * file.dim || file.bias.length !== K || file.scale.length !== K)
    throw new SafetyDataError("classifier.json has inconsistent sizes; retrain with `npm run train:safety`");
  const q = new Int8Array(buf.buffer, buf.byteOffset, buf.length);
  const w = new Float32Array(K * file.dim);
  for (let k = 0; k < K; k++)
    for (let j = 0; j < file.dim; j++) w[k * file.dim + j] = q[k * file.dim + j] * file.scale[k];
  return { classes: CLASSES, dim: file.dim, bias: Float32Array.from(file.bias), w };
}

let cached: Model | null = null;

export function loadClassifier(): Model {
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(classifierPath(), "utf8"));
  } catch (err) {
    throw new SafetyDataError(
      `cannot read ${classifierPath()}: ${(err as Error).message}; run \`npm run train:safety\``,
    );
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${classifierPath()} is malformed; run \`npm run train:safety\``);
  cached = dequantize(parsed.data);
  return cached;
}

/** Class probabilities for one feature vector: softmax(W x + b), computed stably (max subtracted). */
export function predictProba(model: Model, x: SparseVector): Float32Array {
  const K = model.classes.length;
  const D = model.dim;
  const z = new Float32Array(K);
  for (let k = 0; k < K; k++) {
    let s = model.bias[k];
    const row = k * D;
    for (let i = 0; i < x.indices.length; i++) s += model.w[row + x.indices[i]] * x.values[i];
    z[k] = s;
  }
  softmaxInPlace(z);
  return z;
}

/**
 * softmax(z)_k = exp(z_k - max z) / sum_j exp(z_j - max z), in place (subtracting the max keeps exp finite). Shared
 * with the trainer, whose weights must match what predictProba computes bit for bit.
 */
export function softmaxInPlace(z: Float32Array): void {
  const K = z.length;
  let max = -Infinity;
  for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < K; k++) z[k] /= sum;
}

/** Probability per unsafe category (the "safe" class left out). */
export function categoryProbabilities(p: Float32Array): Record<RequestCategory, number> {
  const out = {} as Record<RequestCategory, number>;
  REQUEST_CATEGORIES.forEach((c, i) => (out[c] = p[i + 1]));
  return out;
}
