/**
 * `npm run train:safety`: trains the request classifier on the labelled requests (the generated train
 * split data/built/safety/dataset/train.jsonl, whose test split stays held out, and the writers' files
 * data/sources/safety/s*.jsonl) and writes data/built/safety/classifier.json (header) and classifier.bin
 * (weights). Deterministic (seeded shuffling, fixed epochs). How well it generalises is measured by cross-validation
 * over held-out writers (`crossValidate`, src/safety/build/cv.ts), which trains the same way without them.
 *
 * Objective (example i of class y_i; K classes = safe + 13 categories):
 *   L = sum_i c_{y_i} * -log softmax(W x_i + b)_{y_i} + (lambda / 2) * ||W||^2
 * Class weights c: the unsafe classes share half the total weight equally (so a rare category counts as
 * much as a common one) and "safe" gets the other half, times `safeWeight`; normalised to mean 1.
 * Optimiser: AdaGrad (Duchi, Hazan & Singer 2011) over shuffled epochs: per coordinate,
 *   G_j += g_j^2,  w_j -= lr0 * g_j / sqrt(G_j)
 * with g = c_y (p - onehot(y)) x^T + lambda w for W (softmax cross-entropy; the L2 term only on the
 * coordinates an example touches, the usual sparse approximation) and c_y (p - onehot(y)) for b. Per-
 * coordinate steps suit hashed n-grams: a rare n-gram of a rare language still learns at full speed
 * (plain SGD with a decaying rate underfits them).
 */
import { existsSync, readFileSync } from "node:fs";
import { builtPath, sourcePath, TRAINING_WRITERS } from "../../core/index.js";
import { SafetyDataError } from "../errors.js";
import { createHash } from "node:crypto";
import { loadDataset, type DatasetLabel } from "./dataset.js";
import { loadWriterRequests } from "./requests.js";
import { CLASSES, classifierPath, quantize, softmaxInPlace, writeClassifier, type Model } from "../classifier.js";
import { FEATURE_DIM, extractFeatures, type SparseVector } from "../features.js";
import { normalizeText } from "../normalize.js";
import { mulberry32 } from "./obfuscate.js";
import { writeConceptTerms } from "./data.js";

export interface TrainOptions {
  epochs: number;
  lr0: number;
  l2: number;
  /** Total weight of "safe" relative to all unsafe classes together. */
  safeWeight: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 15, lr0: 0.5, l2: 1e-3, safeWeight: 1, seed: 20261203 };
/** AdaGrad's initial accumulator (keeps the first steps finite). */
const ADAGRAD_EPS = 1e-2;

export interface TrainingExample {
  text: string;
  label: DatasetLabel;
  /** Relative weight within its class (default 1). */
  weight?: number;
}

export function featurize(examples: TrainingExample[]): FeaturizedExample[] {
  return examples.map((e) => ({
    x: extractFeatures(normalizeText(e.text)),
    y: CLASSES.indexOf(e.label),
    weight: e.weight,
  }));
}

/** A featurised example; `weight` (default 1) scales its share of its class's weight. */
export interface FeaturizedExample {
  x: SparseVector;
  y: number;
  weight?: number;
}

export function trainOnFeatures(
  data: FeaturizedExample[],
  opts: TrainOptions = DEFAULT_TRAIN,
): { model: Model; loss: number } {
  const K = CLASSES.length;
  const D = FEATURE_DIM;
  const counts = new Array<number>(K).fill(0);
  for (const d of data) counts[d.y] += d.weight ?? 1;
  const nUnsafe = counts.reduce((a, n) => a + n, 0) - counts[0];
  const unsafeClasses = counts.filter((n, k) => k > 0 && n > 0).length;
  const raw = counts.map((n, k) =>
    n === 0 ? 0 : k === 0 ? (opts.safeWeight * Math.max(nUnsafe, 1)) / n : nUnsafe / (unsafeClasses * n),
  );
  const mean = data.reduce((a, d) => a + raw[d.y] * (d.weight ?? 1), 0) / Math.max(data.length, 1);
  const classWeight = raw.map((c) => (mean > 0 ? c / mean : c));
  // Trained feature-major (the K class weights of one feature side by side, wt[j * K + k]) and stored class-major
  // at the end, as the classifier file and predictProba read them: an example touches a few thousand features,
  // and with class-major rows each touch is K cache misses FEATURE_DIM floats apart instead of one. The arithmetic is
  // predictProba's and the update's, in the same order per weight, so the weights are bit-identical either way.
  const wt = new Float32Array(K * D);
  const b = new Float32Array(K);
  const gwt = new Float32Array(K * D).fill(ADAGRAD_EPS);
  const gb = new Float32Array(K).fill(ADAGRAD_EPS);
  const s = new Float64Array(K);
  const p = new Float32Array(K);
  const g = new Float64Array(K);
  const rnd = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  let loss = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    loss = 0;
    for (const idx of order) {
      const { x, y } = data[idx];
      const n = x.indices.length;
      // p = softmax(W x + b), as predictProba computes it.
      for (let k = 0; k < K; k++) s[k] = b[k];
      for (let i = 0; i < n; i++) {
        const base = x.indices[i] * K;
        const v = x.values[i];
        for (let k = 0; k < K; k++) s[k] += wt[base + k] * v;
      }
      for (let k = 0; k < K; k++) p[k] = s[k];
      softmaxInPlace(p);
      const cw = classWeight[y] * (data[idx].weight ?? 1);
      loss += -Math.log(Math.max(p[y], 1e-12)) * cw;
      for (let k = 0; k < K; k++) {
        g[k] = (p[k] - (k === y ? 1 : 0)) * cw;
        gb[k] += g[k] * g[k];
        b[k] -= (opts.lr0 * g[k]) / Math.sqrt(gb[k]);
      }
      for (let i = 0; i < n; i++) {
        const base = x.indices[i] * K;
        const v = x.values[i];
        for (let k = 0; k < K; k++) {
          const j = base + k;
          const gj = g[k] * v + opts.l2 * wt[j];
          gwt[j] += gj * gj;
          wt[j] -= (opts.lr0 * gj) / Math.sqrt(gwt[j]);
        }
      }
    }
    loss /= Math.max(data.length, 1);
  }
  const w = new Float32Array(K * D);
  for (let j = 0; j < D; j++) for (let k = 0; k < K; k++) w[k * D + j] = wt[j * K + k];
  const model: Model = { classes: CLASSES, dim: D, bias: b, w };
  return { model, loss };
}

export function trainClassifier(
  examples: TrainingExample[],
  opts: TrainOptions = DEFAULT_TRAIN,
): { model: Model; loss: number } {
  return trainOnFeatures(featurize(examples), opts);
}

/** Every DESCRIPTION_STRIDE-th description of the project's description train split is a "safe" example. */
export const DESCRIPTION_STRIDE = 10;
/**
 * Weight of one description relative to one hand-written safe request: the descriptions teach what
 * ordinary traffic looks like, but must not crowd out the hard negatives within the safe class's weight.
 */
export const DESCRIPTION_WEIGHT = 0.1;

/**
 * Ordinary business descriptions as the product receives them (the description dataset's train split,
 * data/built/dataset/train.jsonl, written by the data module): the writers' safe requests are mostly
 * hard negatives, and without these the classifier reads long, templated but harmless descriptions as
 * unusual. The val split stays out (a test measures the false-block rate on it).
 */
export function descriptionExamples(): (TrainingExample & { id: string })[] {
  const path = builtPath("dataset", "train.jsonl");
  if (!existsSync(path)) throw new SafetyDataError(`${path} is missing; build the description dataset first`);
  const out: (TrainingExample & { id: string })[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .forEach((line, i) => {
      if (i % DESCRIPTION_STRIDE !== 0) return;
      const r = JSON.parse(line) as { id?: string; business_description?: string };
      if (typeof r.business_description === "string" && r.business_description.length > 0)
        out.push({ id: `desc:${r.id ?? i}`, text: r.business_description, label: "safe", weight: DESCRIPTION_WEIGHT });
    });
  return out;
}

/**
 * Writers of hand-written business descriptions whose texts are "safe" training examples: the training writers
 * (src/core/splits.ts). The validation writer w4 stays out (the false-block rate on real descriptions is measured
 * on it) and so do the test writers.
 */
export const SAFE_DESCRIPTION_WRITERS = TRAINING_WRITERS;
/**
 * Weight of one hand-written business description: real one-liners, listings and blurbs are what the product
 * receives. Without them the classifier, which saw long texts mostly as harmful requests and short template
 * descriptions as safe, blocked one real description in fifteen (a "split the rent with housemates" app as
 * self-harm, an IT-ticket agent as malware).
 */
export const REAL_DESCRIPTION_WEIGHT = 0.3;

/** The training writers' hand-written business descriptions, as "safe" examples. */
export function realDescriptionExamples(): (TrainingExample & { id: string })[] {
  const out: (TrainingExample & { id: string })[] = [];
  for (const w of SAFE_DESCRIPTION_WRITERS) {
    const path = sourcePath("descriptions", `${w}.jsonl`);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const r = JSON.parse(line) as { id?: string; text?: string };
      if (typeof r.text === "string" && r.text.length > 0)
        out.push({ id: `real:${r.id ?? w}`, text: r.text, label: "safe", weight: REAL_DESCRIPTION_WEIGHT });
    }
  }
  return out;
}

/** The generated train split and the descriptions: in every training set, never held out by cross-validation. */
export function fixedTrainingExamples(): (TrainingExample & { id: string })[] {
  return [
    ...loadDataset("train").map((e) => ({ id: e.id, text: e.text, label: e.label })),
    ...descriptionExamples(),
    ...realDescriptionExamples(),
  ];
}

/** Everything the shipped classifier is trained on, in a fixed order. */
export function trainingExamples(): (TrainingExample & { id: string })[] {
  return [...fixedTrainingExamples(), ...loadWriterRequests().map((r) => ({ id: r.id, text: r.text, label: r.label }))];
}

/** SHA-256 over the training examples (id, label, text): the shipped file records it, a test compares. */
export function trainingDataHash(examples: (TrainingExample & { id: string })[]): string {
  const h = createHash("sha256");
  for (const e of examples) h.update(`${e.id}\t${e.label}\t${e.text}\n`);
  return h.digest("hex");
}

/** Every this many-th training example is featurised for the fingerprint (a few hundred, over every script). */
const FINGERPRINT_STRIDE = 500;

/**
 * SHA-256 over the features (indices and values) of a fixed sample of the training examples. The shipped file
 * records it and a test recomputes it, so a change to the normaliser, the rules, the concepts or the feature
 * extractor that would leave the weights stale fails the test even when it keeps the bucket count.
 */
export function featureFingerprint(examples: readonly TrainingExample[]): string {
  const h = createHash("sha256");
  for (let i = 0; i < examples.length; i += FINGERPRINT_STRIDE) {
    const x = extractFeatures(normalizeText(examples[i].text));
    h.update(`${i}:`);
    for (let j = 0; j < x.indices.length; j++) h.update(`${x.indices[j]}=${x.values[j].toFixed(6)} `);
    h.update("\n");
  }
  return h.digest("hex");
}

/** Trains the request classifier on all labelled requests and writes data/built/safety/classifier.{json,bin}. */
export function trainSafetyClassifier(log: (line: string) => void = console.log): void {
  // The features read the built concept words: rebuild them from their source first, so training never sees stale ones.
  writeConceptTerms(log);
  const examples = trainingExamples();
  const started = Date.now();
  const { model, loss } = trainClassifier(examples);
  writeClassifier(classifierPath(), quantize(model), {
    data: `data/built/safety/dataset/train.jsonl + every ${DESCRIPTION_STRIDE}th of data/built/dataset/train.jsonl (safe) + data/sources/safety/s*.jsonl`,
    examples: examples.length,
    dataSha256: trainingDataHash(examples),
    featureSha256: featureFingerprint(examples),
    ...DEFAULT_TRAIN,
    features: `word 1-2 grams + char 2-5 grams (Cyrillic and Greek words also transliterated to Latin) + unspaced-script chars, FNV-1a hashed to 2^${Math.log2(FEATURE_DIM)}; rule ids; concepts and pairs`,
    finalLoss: Number(loss.toFixed(5)),
  });
  log(
    `trained on ${examples.length} examples in ${Date.now() - started} ms, loss ${loss.toFixed(4)} -> ${classifierPath()}`,
  );
}
