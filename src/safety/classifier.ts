/**
 * Multinomial logistic regression over hashed features: p = softmax(W x + b), classes = ["safe",
 * ...13 categories]. Trained by src/safety/build/train.ts on the train split only; shipped as int8 weights with a
 * per-class scale (w = q * scale_k) in two files read once: data/built/safety/classifier.json (the header: classes,
 * bias, scales, what it was trained on) and classifier.bin (the K x D int8 weights, row-major by class, as raw bytes).
 * The weights stay int8 in memory and are scaled as they are read: a Float32 copy of 14 x 2^20 weights would take four
 * times the memory in every worker thread and a dequantising pass at every start, and base64 in JSON a third more
 * bytes on disk and a decode.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { builtPath } from "../core/index.js";
import { SafetyDataError } from "./errors.js";
import { FEATURE_DIM, type SparseVector } from "./features.js";
import { REQUEST_CATEGORIES, type RequestCategory } from "./policy.js";
import { sha256Hex } from "../core/hash.js";

export const CLASSES = ["safe", ...REQUEST_CATEGORIES] as const;
export type ClassLabel = (typeof CLASSES)[number];

const FORMAT = "namewright-safety-logreg-v2";

const headerSchema = z.object({
  format: z.literal(FORMAT),
  dim: z.number().int(),
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  scale: z.array(z.number()),
  /** The weights file, next to the header; sha256 is checked by the tests, the size at every load. */
  weights: z.object({ file: z.string(), bytes: z.number().int(), sha256: z.string() }),
  training: z.record(z.string(), z.unknown()),
});
export type ClassifierHeader = z.infer<typeof headerSchema>;

/** A model as the trainer holds it: float weights, (K, D) row-major. */
export interface Model {
  classes: readonly ClassLabel[];
  dim: number;
  bias: Float32Array;
  w: Float32Array;
}

/** A model as it is shipped and served: int8 weights q (K, D) row-major and a scale per class. */
export interface QuantizedModel {
  classes: readonly ClassLabel[];
  dim: number;
  bias: Float32Array;
  q: Int8Array;
  scale: Float64Array;
}

export function classifierPath(): string {
  return builtPath("safety", "classifier.json");
}

/** The weights file's path for a header at `headerPath`. */
export function weightsPath(headerPath: string, header: Pick<ClassifierHeader, "weights">): string {
  return headerPath.replace(/[^/\\]+$/, header.weights.file);
}

/** q = round(w / s_k), s_k = max_j |w_kj| / 127 (8 significant digits, as the header stores it). */
export function quantize(model: Model): QuantizedModel {
  const K = model.classes.length;
  const D = model.dim;
  const q = new Int8Array(K * D);
  const scale = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let j = 0; j < D; j++) max = Math.max(max, Math.abs(model.w[k * D + j]));
    const s = Number((max > 0 ? max / 127 : 1).toPrecision(8));
    scale[k] = s;
    for (let j = 0; j < D; j++) q[k * D + j] = Math.round(model.w[k * D + j] / s);
  }
  const bias = Float32Array.from([...model.bias].map((b) => Number(b.toPrecision(8))));
  return { classes: model.classes, dim: D, bias, q, scale };
}

/** w = float32(q * s_k): the weights predictProba reads from a quantised model. */
export function dequantize(model: QuantizedModel): Model {
  const K = model.classes.length;
  const D = model.dim;
  const w = new Float32Array(K * D);
  for (let k = 0; k < K; k++) for (let j = 0; j < D; j++) w[k * D + j] = model.q[k * D + j] * model.scale[k];
  return { classes: model.classes, dim: D, bias: model.bias, w };
}

/** Writes the weights file, then the header that names it (`headerPath` ends in .json; weights beside it, .bin). */
export function writeClassifier(
  headerPath: string,
  model: QuantizedModel,
  training: Record<string, unknown>,
): ClassifierHeader {
  const bytes = new Uint8Array(model.q.buffer, model.q.byteOffset, model.q.byteLength);
  const file = headerPath.replace(/^.*[/\\]/, "").replace(/\.json$/, "") + ".bin";
  const header: ClassifierHeader = {
    format: FORMAT,
    dim: model.dim,
    classes: [...model.classes],
    bias: [...model.bias],
    scale: [...model.scale],
    weights: { file, bytes: bytes.length, sha256: sha256Hex(bytes) },
    training,
  };
  writeFileSync(weightsPath(headerPath, header), bytes);
  writeFileSync(headerPath, JSON.stringify(header, null, 1) + "\n");
  return header;
}

/** Reads a header and its weights file, checking that they fit this build's features and policy. */
export function readClassifier(headerPath: string): { header: ClassifierHeader; model: QuantizedModel } {
  const retrain = "run `npm run train:safety`";
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(headerPath, "utf8"));
  } catch (err) {
    throw new SafetyDataError(`cannot read ${headerPath}: ${(err as Error).message}; ${retrain}`);
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${headerPath} is malformed or of an older format; ${retrain}`);
  const header = parsed.data;
  if (header.dim !== FEATURE_DIM)
    throw new SafetyDataError(`classifier dim ${header.dim} != feature dim ${FEATURE_DIM}; ${retrain}`);
  if (header.classes.join() !== CLASSES.join())
    throw new SafetyDataError(`classifier classes do not match the policy categories; ${retrain}`);
  const K = CLASSES.length;
  let bytes: Buffer;
  try {
    bytes = readFileSync(weightsPath(headerPath, header));
  } catch (err) {
    throw new SafetyDataError(`cannot read the classifier's weights: ${(err as Error).message}; ${retrain}`);
  }
  if (bytes.length !== K * header.dim || header.weights.bytes !== bytes.length)
    throw new SafetyDataError(`the classifier's weights file does not match ${headerPath}; ${retrain}`);
  if (header.bias.length !== K || header.scale.length !== K)
    throw new SafetyDataError(`${headerPath} has inconsistent sizes; ${retrain}`);
  const model: QuantizedModel = {
    classes: CLASSES,
    dim: header.dim,
    bias: Float32Array.from(header.bias),
    q: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: Float64Array.from(header.scale),
  };
  return { header, model };
}

let cached: QuantizedModel | null = null;

export function loadClassifier(): QuantizedModel {
  return (cached ??= readClassifier(classifierPath()).model);
}

/**
 * Class probabilities for one feature vector: softmax(W x + b), computed stably (max subtracted). A quantised model's
 * weight is float32(q * s_k), the very value dequantize stores, so both kinds give the same probabilities bit for bit.
 */
export function predictProba(model: Model | QuantizedModel, x: SparseVector): Float32Array {
  const K = model.classes.length;
  const D = model.dim;
  const z = new Float32Array(K);
  const { indices, values } = x;
  if ("q" in model) {
    for (let k = 0; k < K; k++) {
      let s = model.bias[k];
      const row = k * D;
      const sk = model.scale[k];
      for (let i = 0; i < indices.length; i++) s += Math.fround(model.q[row + indices[i]] * sk) * values[i];
      z[k] = s;
    }
  } else {
    for (let k = 0; k < K; k++) {
      let s = model.bias[k];
      const row = k * D;
      for (let i = 0; i < indices.length; i++) s += model.w[row + indices[i]] * values[i];
      z[k] = s;
    }
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
