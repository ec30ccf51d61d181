/**
 * Offline experiment: does a one-hidden-layer network beside the shipped linear model help on held-out writers?
 * The linear model sees every hashed feature (src/safety/features.ts), character n-grams included; the network
 * sees the words, word pairs, fired rules and concepts only (a tenth of the features, so it trains in seconds) and
 * can learn their interactions ("security" with "for money" and "hurt"). Same data and class weights, the same
 * writer folds as the guard's cross-validation (writer k, in file order, in fold k mod FOLDS); out-of-fold
 * probabilities are written for `eval.ts`, which joins them with the cross-validation's linear ones.
 *   node --import tsx experiments/safety/mlp/mlp-cv.ts OUT.json [folds=10] [hidden=64] [epochs=8] [only-folds=0,2,..]
 * Network: h = relu(E'x + b1) (E: D x H, a learned embedding of each hashed feature), p = softmax(W2 h + b2);
 * cross-entropy with the linear model's class weights; AdaGrad on every parameter (sparse rows of E).
 */
import { writeFileSync } from "node:fs";
import { CLASSES } from "../../../src/safety/classifier.js";
import { FEATURE_DIM, type SparseVector } from "../../../src/safety/features.js";
import { fnv1a } from "../../../src/core/hash.js";
import { conceptFeatures } from "../../../src/safety/concepts.js";
import type { NormalizedText } from "../../../src/safety/normalize.js";
import { normalizeText } from "../../../src/safety/normalize.js";
import { applyRules } from "../../../src/safety/rules.js";
import { loadWriterRequests } from "../../../src/safety/build/requests.js";
import { fixedTrainingExamples } from "../../../src/safety/build/train.js";

const [out, foldsArg, hiddenArg, epochsArg, onlyArg] = process.argv.slice(2);
if (!out) throw new Error("usage: mlp-cv.ts OUT.json [folds] [hidden] [epochs] [only-folds]");
const FOLDS = Number(foldsArg ?? 10);
const H = Number(hiddenArg ?? 64);
const EPOCHS = Number(epochsArg ?? 8);
const K = CLASSES.length;
const D = FEATURE_DIM;

interface Ex {
  x: SparseVector;
  y: number;
  weight?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Net {
  E: Float32Array;
  b1: Float32Array;
  W2: Float32Array;
  b2: Float32Array;
}

function forward(net: Net, x: SparseVector, z: Float32Array, p: Float32Array): void {
  z.set(net.b1);
  for (let i = 0; i < x.indices.length; i++) {
    const row = x.indices[i]! * H;
    const v = x.values[i]!;
    for (let h = 0; h < H; h++) z[h] += v * net.E[row + h]!;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let s = net.b2[k]!;
    const row = k * H;
    for (let h = 0; h < H; h++) if (z[h]! > 0) s += net.W2[row + h]! * z[h]!;
    p[k] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    p[k] = Math.exp(p[k]! - max);
    sum += p[k]!;
  }
  for (let k = 0; k < K; k++) p[k] = p[k]! / sum;
}

function classWeights(data: Ex[]): number[] {
  const counts = new Array<number>(K).fill(0);
  for (const d of data) counts[d.y] += d.weight ?? 1;
  const nUnsafe = counts.reduce((a, n) => a + n, 0) - counts[0]!;
  const unsafeClasses = counts.filter((n, k) => k > 0 && n > 0).length;
  const raw = counts.map((n, k) => (n === 0 ? 0 : k === 0 ? Math.max(nUnsafe, 1) / n : nUnsafe / (unsafeClasses * n)));
  const mean = data.reduce((a, d) => a + raw[d.y]! * (d.weight ?? 1), 0) / Math.max(data.length, 1);
  return raw.map((c) => c / mean);
}

function trainNet(data: Ex[], seed: number): Net {
  const rnd = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const net: Net = {
    E: Float32Array.from({ length: D * H }, () => gauss() * 0.5),
    b1: new Float32Array(H),
    W2: Float32Array.from({ length: K * H }, () => gauss() / Math.sqrt(H)),
    b2: new Float32Array(K),
  };
  const G = { E: new Float32Array(D * H).fill(1e-2), b1: new Float32Array(H).fill(1e-2), W2: new Float32Array(K * H).fill(1e-2), b2: new Float32Array(K).fill(1e-2) };
  const cw = classWeights(data);
  const lr = 0.05;
  const l2 = 1e-5;
  const z = new Float32Array(H);
  const p = new Float32Array(K);
  const gz = new Float32Array(H);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const idx of order) {
      const { x, y } = data[idx]!;
      forward(net, x, z, p);
      const w = cw[y]! * (data[idx]!.weight ?? 1);
      loss += -Math.log(Math.max(p[y]!, 1e-12)) * w;
      gz.fill(0);
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (k === y ? 1 : 0)) * w;
        G.b2[k] += g * g;
        net.b2[k] -= (lr * g) / Math.sqrt(G.b2[k]!);
        const row = k * H;
        for (let h = 0; h < H; h++) {
          if (z[h]! <= 0) continue;
          gz[h] += g * net.W2[row + h]!;
          const gw = g * z[h]! + l2 * net.W2[row + h]!;
          G.W2[row + h] += gw * gw;
          net.W2[row + h] -= (lr * gw) / Math.sqrt(G.W2[row + h]!);
        }
      }
      for (let h = 0; h < H; h++) {
        const g = gz[h]!;
        if (g === 0) continue;
        G.b1[h] += g * g;
        net.b1[h] -= (lr * g) / Math.sqrt(G.b1[h]!);
      }
      for (let i = 0; i < x.indices.length; i++) {
        const row = x.indices[i]! * H;
        const v = x.values[i]!;
        for (let h = 0; h < H; h++) {
          const g = gz[h]! * v + l2 * net.E[row + h]!;
          if (g === 0) continue;
          G.E[row + h] += g * g;
          net.E[row + h] -= (lr * g) / Math.sqrt(G.E[row + h]!);
        }
      }
    }
    console.error(`  epoch ${epoch + 1}: loss ${(loss / data.length).toFixed(4)}`);
  }
  return net;
}

/** Words, word pairs, fired rules and concepts, hashed and valued as src/safety/features.ts does. */
function deepFeatures(t: NormalizedText, fired: readonly string[]): SparseVector {
  const mask = D - 1;
  const set = new Set<number>();
  const words = t.text.split(" ").filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    set.add(fnv1a("w:" + words[i]) & mask);
    if (i + 1 < words.length) set.add(fnv1a("b:" + words[i] + " " + words[i + 1]) & mask);
  }
  const v = set.size > 0 ? 1 / Math.sqrt(set.size) : 0;
  const values = new Map<number, number>();
  for (const i of set) values.set(i, v);
  for (const id of fired) values.set(fnv1a("r:" + id) & mask, 0.3);
  for (const id of conceptFeatures(t)) values.set(fnv1a("k:" + id) & mask, 0.3);
  const indices = Int32Array.from([...values.keys()].sort((a, b) => a - b));
  return { indices, values: Float32Array.from(indices, (i) => values.get(i) ?? 0) };
}

const writers = loadWriterRequests();
const featurize = (text: string) => {
  const norm = normalizeText(text);
  return deepFeatures(norm, applyRules(norm).fired);
};
const gen: Ex[] = fixedTrainingExamples().map((e) => ({ x: featurize(e.text), y: CLASSES.indexOf(e.label), weight: e.weight }));
const wr = writers.map((r) => ({ x: featurize(r.text), y: CLASSES.indexOf(r.label) }));
const names = [...new Set(writers.map((r) => r.writer))];
const foldOf = new Map(names.map((w, k) => [w, k % FOLDS]));
const only = onlyArg === undefined ? undefined : new Set(onlyArg.split(",").map(Number));
const rows: { id: string; mlp: number; probs: number[] }[] = [];
const z = new Float32Array(H);
const p = new Float32Array(K);
for (let f = 0; f < FOLDS; f++) {
  if (only !== undefined && !only.has(f)) continue;
  const t0 = Date.now();
  const train: Ex[] = [...gen, ...wr.filter((_, i) => foldOf.get(writers[i]!.writer) !== f)];
  const net = trainNet(train, 1000 + f);
  writers.forEach((r, i) => {
    if (foldOf.get(r.writer) !== f) return;
    forward(net, wr[i]!.x, z, p);
    rows.push({ id: r.id, mlp: 1 - p[0]!, probs: [...p].map((x) => Number(x.toFixed(5))) });
  });
  console.error(`fold ${f}: ${train.length} examples, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
writeFileSync(out, JSON.stringify(rows));
