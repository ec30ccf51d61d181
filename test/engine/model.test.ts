// Whole-model checks: gradients of a tiny model (and of a LoRA adapter) against finite differences,
// gradient accumulation, padding, determinism, and "does it learn" (overfit one batch).
import { test } from "node:test";
import assert from "node:assert/strict";
import { backward, createModel, forward, attachLora, type Model } from "../../src/engine/model.js";
import { crossEntropy } from "../../src/engine/layers.js";
import { createLora, mergeLora, unmergeLora } from "../../src/engine/lora.js";
import { Rng } from "../../src/core/random.js";
import { createTrainer, padBatch, trainStep, evaluateLoss, type Batch } from "../../src/engine/train.js";
import type { ModelConfig } from "../../src/engine/config.js";
import { checkGradient } from "./helpers.js";

const tiny: ModelConfig = {
  vocabSize: 11,
  dim: 8,
  nLayers: 2,
  nHeads: 4,
  nKvHeads: 2,
  ffnDim: 12,
  contextLength: 16,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: true,
  tiedEmbeddings: false,
};

function randomBatch(seed: number, B: number, T: number, V: number): Batch {
  const rng = new Rng(seed);
  const seqs = Array.from({ length: B }, (_, b) => Array.from({ length: T + 1 - (b % 2) * 2 }, () => rng.below(V)));
  return padBatch(
    seqs,
    0,
    seqs.map(() => 2),
    T,
  );
}

function scaleUp(model: Model, seed: number): void {
  // Larger weights than the 0.02 init make every gradient entry well above float32 noise.
  const rng = new Rng(seed);
  for (let i = 0; i < model.params.length; i++) model.params[i] += rng.normal() * 0.3;
}

function lossAndGrad(
  model: Model,
  batch: Batch,
  grads: Float32Array | null,
  loraGrads: Float32Array | null,
  seed = 0,
): number {
  const acts = forward(model, batch.tokens, batch.B, batch.T, seed ? { rng: new Rng(seed) } : {});
  const w = batch.weights.reduce((a, b) => a + b, 0);
  const doGrad = grads !== null || loraGrads !== null;
  const loss =
    crossEntropy(
      acts.logits,
      batch.targets,
      batch.weights,
      batch.B * batch.T,
      model.config.vocabSize,
      w,
      doGrad ? acts.logits : null,
    ) / w;
  if (doGrad) backward(model, acts, { grads, loraGrads });
  return loss;
}

for (const variant of [
  { qkvBias: true, tiedEmbeddings: false },
  { qkvBias: false, tiedEmbeddings: true },
]) {
  test(`whole tiny model gradient matches finite differences (${JSON.stringify(variant)})`, () => {
    const model = createModel({ ...tiny, ...variant }, 3);
    scaleUp(model, 4);
    const batch = randomBatch(5, 3, 6, tiny.vocabSize);
    const grads = new Float32Array(model.params.length);
    lossAndGrad(model, batch, grads, null);
    checkGradient("model", () => lossAndGrad(model, batch, null, null), model.params, grads);
    // Every tensor gets a gradient check of its own (the global check could hide a small one).
    for (const s of model.layout.specs) {
      const view = model.params.subarray(s.offset, s.offset + s.size);
      checkGradient(
        s.name,
        () => lossAndGrad(model, batch, null, null),
        view,
        grads.subarray(s.offset, s.offset + s.size),
        9,
        1e-2,
      );
    }
  });
}

test("LoRA adapter gradient (with dropout) matches finite differences; base gets no gradient", () => {
  const model = createModel(tiny, 3);
  scaleUp(model, 4);
  const lora = createLora(
    tiny,
    { rank: 2, alpha: 4, dropout: 0.25, targets: ["attn_q", "attn_v", "attn_output", "ffn_down", "ffn_gate"] },
    new Rng(1),
  );
  const rng = new Rng(2);
  for (let i = 0; i < lora.params.length; i++) lora.params[i] = rng.normal() * 0.3; // B != 0 so dA != 0
  attachLora(model, lora);
  const batch = randomBatch(6, 2, 5, tiny.vocabSize);
  const g = new Float32Array(lora.params.length);
  lossAndGrad(model, batch, null, g, 77);
  for (const s of lora.layout.specs) {
    checkGradient(
      s.name,
      () => lossAndGrad(model, batch, null, null, 77),
      lora.params.subarray(s.offset, s.offset + s.size),
      g.subarray(s.offset, s.offset + s.size),
      7,
      3e-3,
    );
  }
});

test("merge then unmerge restores the base; merged forward equals adapter forward", () => {
  const model = createModel(tiny, 3);
  const lora = createLora(
    tiny,
    {
      rank: 3,
      alpha: 6,
      dropout: 0,
      targets: ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"],
    },
    new Rng(1),
  );
  const rng = new Rng(9);
  for (let i = 0; i < lora.params.length; i++) lora.params[i] = rng.normal() * 0.3;
  const base = Float32Array.from(model.params);
  const tokens = Int32Array.from([1, 2, 3, 4, 5, 6]);
  attachLora(model, lora);
  const withAdapter = Float32Array.from(forward(model, tokens, 1, 6).logits);
  mergeLora(model.views, lora);
  const merged = Float32Array.from(forward(model, tokens, 1, 6).logits);
  for (let i = 0; i < merged.length; i++) assert.ok(Math.abs(merged[i]! - withAdapter[i]!) < 1e-4);
  unmergeLora(model.views, lora);
  for (let i = 0; i < base.length; i++) assert.ok(Math.abs(model.params[i]! - base[i]!) < 1e-6);
  assert.throws(() => unmergeLora(model.views, lora), { code: "E_LORA" });
});

test("gradient accumulation over two micro-batches equals one combined batch", () => {
  const schedule = { lr: 1e-2, minLr: 1e-3, warmupSteps: 1, totalSteps: 10 };
  const a = randomBatch(10, 2, 6, tiny.vocabSize);
  const b = randomBatch(11, 2, 6, tiny.vocabSize);
  const both: Batch = {
    B: 4,
    T: 6,
    tokens: Int32Array.from([...a.tokens, ...b.tokens]),
    targets: Int32Array.from([...a.targets, ...b.targets]),
    weights: Float32Array.from([...a.weights, ...b.weights]),
  };
  const m1 = createModel(tiny, 1),
    m2 = createModel(tiny, 1);
  const t1 = createTrainer(m1, { schedule }),
    t2 = createTrainer(m2, { schedule });
  const r1 = trainStep(t1, [a, b]);
  const r2 = trainStep(t2, [both]);
  assert.ok(Math.abs(r1.loss - r2.loss) < 1e-5);
  assert.ok(Math.abs(r1.gradNorm - r2.gradNorm) < 1e-5 * r2.gradNorm);
  for (let i = 0; i < m1.params.length; i++) assert.ok(Math.abs(m1.params[i]! - m2.params[i]!) < 1e-6);
});

test("right padding does not change the loss of the real tokens", () => {
  const model = createModel(tiny, 2);
  const seq = [1, 4, 2, 8, 5];
  const tight = padBatch([seq], 0, [1]);
  const padded = padBatch([seq], 0, [1], 9);
  assert.equal(padded.T, 9);
  assert.ok(Math.abs(evaluateLoss(model, [tight]) - evaluateLoss(model, [padded])) < 1e-6);
});

test("training is deterministic for a seed", () => {
  const schedule = { lr: 1e-2, minLr: 1e-3, warmupSteps: 2, totalSteps: 10 };
  const run = (): Float32Array => {
    const m = createModel(tiny, 5);
    attachLora(m, createLora(tiny, { rank: 2, alpha: 2, dropout: 0.1, targets: ["attn_q", "attn_v"] }, new Rng(3)));
    const t = createTrainer(m, { schedule, seed: 4 });
    for (let s = 0; s < 3; s++) trainStep(t, [randomBatch(s, 2, 6, tiny.vocabSize)]);
    return m.lora!.params;
  };
  assert.deepEqual(run(), run());
});

test("a tiny model overfits one batch (loss falls below 10% of its start)", () => {
  const cfg: ModelConfig = { ...tiny, vocabSize: 16, dim: 32, nHeads: 4, nKvHeads: 2, ffnDim: 64, contextLength: 32 };
  const model = createModel(cfg, 1);
  const trainer = createTrainer(model, {
    schedule: { lr: 1e-2, minLr: 1e-3, warmupSteps: 5, totalSteps: 80 },
    weightDecay: 0,
  });
  const batch = randomBatch(21, 4, 12, cfg.vocabSize);
  const first = trainStep(trainer, [batch]).loss;
  let last = first;
  for (let s = 0; s < 79; s++) last = trainStep(trainer, [batch]).loss;
  assert.ok(last < 0.1 * first, `loss ${first} -> ${last}`);
});

test("LoRA training lowers the loss while the base stays frozen", () => {
  const model = createModel(tiny, 8);
  scaleUp(model, 9);
  const base = Float32Array.from(model.params);
  attachLora(
    model,
    createLora(
      tiny,
      {
        rank: 4,
        alpha: 8,
        dropout: 0,
        targets: ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"],
      },
      new Rng(3),
    ),
  );
  const trainer = createTrainer(model, {
    schedule: { lr: 3e-2, minLr: 3e-3, warmupSteps: 2, totalSteps: 60 },
    weightDecay: 0,
  });
  assert.equal(trainer.grads.length, model.lora!.params.length);
  const batch = randomBatch(31, 2, 8, tiny.vocabSize);
  const first = trainStep(trainer, [batch]).loss;
  let last = first;
  for (let s = 0; s < 59; s++) last = trainStep(trainer, [batch]).loss;
  assert.ok(last < 0.7 * first, `loss ${first} -> ${last}`);
  assert.deepEqual(model.params, base);
});
