/**
 * `npm run train:safety`: trains the request classifier on the TRAIN split only and writes
 * data/built/safety/classifier.json. Deterministic (seeded shuffling, fixed epochs).
 *
 * Objective (per example i with class y_i, class weight c_y = N / (K * N_y) for balance):
 *   L = sum_i c_{y_i} * -log softmax(W x_i + b)_{y_i} + (lambda / 2) * ||W||^2
 * Optimiser: plain SGD with learning rate lr_t = lr0 / (1 + t / T) over shuffled epochs; the gradient
 * of one example is (p - onehot(y)) x^T for W and (p - onehot(y)) for b (softmax cross-entropy).
 * The L2 term is applied lazily only to the touched coordinates (standard sparse-SGD approximation).
 */
import { writeFileSync } from "node:fs";
import { loadDataset, type Example } from "./dataset.js";
import { CLASSES, classifierPath, predictProba, quantize, type Model } from "../classifier.js";
import { FEATURE_DIM, extractFeatures, type SparseVector } from "../features.js";
import { normalizeText } from "../normalize.js";
import { mulberry32 } from "./obfuscate.js";

export interface TrainOptions {
  epochs: number;
  lr0: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 40, lr0: 0.5, l2: 1e-5, seed: 20261125 };

export function trainClassifier(
  examples: Example[],
  opts: TrainOptions = DEFAULT_TRAIN,
): { model: Model; loss: number } {
  const K = CLASSES.length;
  const D = FEATURE_DIM;
  const data: { x: SparseVector; y: number }[] = examples.map((e) => ({
    x: extractFeatures(normalizeText(e.text)),
    y: CLASSES.indexOf(e.label),
  }));
  const counts = new Array<number>(K).fill(0);
  for (const d of data) counts[d.y]++;
  const classWeight = counts.map((n) => (n > 0 ? data.length / (K * n) : 0));
  const w = new Float32Array(K * D);
  const b = new Float32Array(K);
  const model: Model = { classes: CLASSES, dim: D, bias: b, w };
  const rnd = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  let t = 0;
  const T = data.length * 5;
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
      const p = predictProba(model, x);
      const cw = classWeight[y];
      loss += -Math.log(Math.max(p[y], 1e-12)) * cw;
      const lr = opts.lr0 / (1 + t / T);
      t++;
      for (let k = 0; k < K; k++) {
        const g = (p[k] - (k === y ? 1 : 0)) * cw;
        b[k] -= lr * g;
        const row = k * D;
        for (let i = 0; i < x.indices.length; i++) {
          const j = row + x.indices[i];
          w[j] -= lr * (g * x.values[i] + opts.l2 * w[j]);
        }
      }
    }
    loss /= data.length;
  }
  return { model, loss };
}

function accuracy(model: Model, examples: Example[]): number {
  let ok = 0;
  for (const e of examples) {
    const p = predictProba(model, extractFeatures(normalizeText(e.text)));
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    if (CLASSES[best] === e.label) ok++;
  }
  return ok / examples.length;
}

/** Trains the request classifier on the train split and writes data/built/safety/classifier.json. */
export function trainSafetyClassifier(log: (line: string) => void = console.log): void {
  const train = loadDataset("train");
  const started = Date.now();
  const { model, loss } = trainClassifier(train);
  const file = quantize(model, {
    split: "train",
    examples: train.length,
    epochs: DEFAULT_TRAIN.epochs,
    lr0: DEFAULT_TRAIN.lr0,
    l2: DEFAULT_TRAIN.l2,
    seed: DEFAULT_TRAIN.seed,
    features: "word 1-2 grams + char 3-5 grams, FNV-1a hashed to 2^14, binary, L2-normalised",
    finalLoss: Number(loss.toFixed(5)),
  });
  writeFileSync(classifierPath(), JSON.stringify(file) + "\n");
  log(
    `trained on ${train.length} examples in ${Date.now() - started} ms, loss ${loss.toFixed(4)}, train accuracy ${accuracy(model, train).toFixed(3)} -> ${classifierPath()}`,
  );
}
