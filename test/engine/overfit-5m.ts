// Manual check (not part of `npm test`, takes minutes): a ~5M-parameter model overfits a small corpus.
// Usage: node --import tsx test/engine/overfit-5m.ts [steps] [corpus-file]
// Byte-level tokens (vocab 259: 3 specials + 256 bytes); random windows of T=128 from the corpus.
import { readFileSync } from "node:fs";
import {
  countParams,
  createModel,
  createTrainer,
  evaluateLoss,
  padBatch,
  Rng,
  trainStep,
  type Batch,
} from "../../src/engine/index.js";

const steps = Number(process.argv[2] ?? 300);
const file = process.argv[3] ?? "src/engine/README.md";
const bytes = [...readFileSync(file)].slice(0, 16384).map((b) => b + 3);
const cfg = {
  vocabSize: 259,
  dim: 256,
  nLayers: 6,
  nHeads: 8,
  nKvHeads: 4,
  ffnDim: 768,
  contextLength: 128,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};
const model = createModel(cfg, 1);
const trainer = createTrainer(model, {
  schedule: { lr: 2e-3, minLr: 2e-4, warmupSteps: 20, totalSteps: steps },
  weightDecay: 0,
});
const rng = new Rng(7);
const T = 128;
const window = (): number[] => {
  const s = rng.below(bytes.length - T - 1);
  return bytes.slice(s, s + T + 1);
};
// Fixed evaluation set: 8 windows spread over the corpus.
const evalBatch: Batch = padBatch(
  Array.from({ length: 8 }, (_, i) => bytes.slice(Math.floor((i * (bytes.length - T - 1)) / 8)).slice(0, T + 1)),
  0,
);
console.log(`params ${countParams(cfg)}, corpus ${bytes.length} bytes (${file}), ${steps} steps of 8x${T}`);
console.log(`step 0 eval loss ${evaluateLoss(model, [evalBatch]).toFixed(3)}`);
const t0 = performance.now();
for (let s = 1; s <= steps; s++) {
  const r = trainStep(trainer, [padBatch(Array.from({ length: 8 }, window), 0)]);
  if (s % 25 === 0 || s === steps) {
    const secs = (performance.now() - t0) / 1e3;
    console.log(
      `step ${s} train ${r.loss.toFixed(3)} eval ${evaluateLoss(model, [evalBatch]).toFixed(3)} lr ${r.lr.toExponential(2)} ${((s * 8 * T) / secs).toFixed(0)} tok/s`,
    );
  }
}
