// The training engine against PyTorch: the gradient of the masked cross-entropy (every weight of a Qwen2-shaped
// model with q/k/v biases, tied embeddings and GQA) and two AdamW steps with global-norm clipping and decay on
// matrices only, compared with torch autograd + torch.optim.AdamW on the same weights and batch
// (scripts/fixtures/torch-train-reference.py made test/engine/fixtures/torch-train/ with torch 2.11).
// Finite differences (model.test.ts) check our backward against our forward; this checks both against the
// framework the recipes come from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { accumulateGradients, createTrainer, trainStep, type Batch, type Model } from "../../src/engine/index.js";
import {
  hfName,
  hfToEngineLayout,
  modelFromHf,
  readSafetensors,
  tensorToF32,
  type HfConfig,
} from "../../src/formats/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const QWEN = join(HERE, "..", "formats", "fixtures", "hf-reference", "qwen2-bf16");
const REF = join(HERE, "fixtures", "torch-train");

interface TrainReference {
  tokens: number[][];
  targets: number[][];
  weights: number[][];
  hyper: { lr: number; beta1: number; beta2: number; eps: number; weight_decay: number; clip: number };
  steps: Array<{ loss: number; grad_norm: number }>;
}

function loadModel(): Model {
  const config = JSON.parse(readFileSync(join(QWEN, "config.json"), "utf8")) as HfConfig;
  return modelFromHf(config, [new Uint8Array(readFileSync(join(QWEN, "model.safetensors")))]);
}

/** A reference tensor ("grad." or "after." + HF name) laid out as our flat buffer (q/k rows permuted as the weights are). */
function referenceBuffer(model: Model, prefix: string): Float32Array {
  const tensors = readSafetensors(new Uint8Array(readFileSync(join(REF, "tensors.safetensors")))).tensors;
  const c = model.config;
  const out = new Float32Array(model.params.length);
  for (const s of model.layout.specs) {
    const t = tensors.get(prefix + hfName(s.name));
    assert.ok(t, `reference lacks ${prefix + hfName(s.name)}`);
    out.set(hfToEngineLayout(s, tensorToF32(t), c), s.offset);
  }
  return out;
}

function batchOf(ref: TrainReference): Batch {
  const B = ref.tokens.length,
    T = ref.tokens[0]!.length;
  return {
    B,
    T,
    tokens: Int32Array.from(ref.tokens.flat()),
    targets: Int32Array.from(ref.targets.flat()),
    weights: Float32Array.from(ref.weights.flat()),
  };
}

const ref = JSON.parse(readFileSync(join(REF, "train.json"), "utf8")) as TrainReference;
const h = ref.hyper;
const trainerOf = (model: Model) =>
  createTrainer(model, {
    schedule: { lr: h.lr, minLr: h.lr, warmupSteps: 0, totalSteps: 10 },
    beta1: h.beta1,
    beta2: h.beta2,
    eps: h.eps,
    weightDecay: h.weight_decay,
    clipNorm: h.clip,
  });

test("the masked cross-entropy gradient of every weight equals torch autograd's", () => {
  const model = loadModel();
  const trainer = trainerOf(model);
  const batch = batchOf(ref);
  const weight = batch.weights.reduce((s, w) => s + w, 0);
  const loss = accumulateGradients(trainer, [batch], weight) / weight;
  assert.ok(Math.abs(loss - ref.steps[0]!.loss) < 1e-4 * ref.steps[0]!.loss, `loss ${loss} vs ${ref.steps[0]!.loss}`);
  const theirs = referenceBuffer(model, "grad.");
  let scale = 0,
    diff = 0;
  for (let i = 0; i < theirs.length; i++) {
    scale = Math.max(scale, Math.abs(theirs[i]!));
    diff = Math.max(diff, Math.abs(trainer.grads[i]! - theirs[i]!));
  }
  assert.ok(diff < 1e-4 * scale, `max |grad diff| ${diff} (largest gradient ${scale})`);
});

test("two AdamW steps with clipping land on torch.optim.AdamW's weights", () => {
  const model = loadModel();
  const trainer = trainerOf(model);
  const batch = batchOf(ref);
  ref.steps.forEach((s, i) => {
    const r = trainStep(trainer, [batch]);
    assert.ok(Math.abs(r.loss - s.loss) < 1e-4 * s.loss, `step ${i + 1}: loss ${r.loss} vs ${s.loss}`);
    assert.ok(
      Math.abs(r.gradNorm - s.grad_norm) < 1e-4 * s.grad_norm,
      `step ${i + 1}: grad norm ${r.gradNorm} vs ${s.grad_norm}`,
    );
  });
  const theirs = referenceBuffer(model, "after.");
  // Each step moves a weight by about lr = 0.01 (Adam's normalised update); a float32 gradient that is
  // ~0 can flip the sign of a first step, so count those rather than demand every entry within 1e-4.
  let far = 0,
    worst = 0;
  for (let i = 0; i < theirs.length; i++) {
    const d = Math.abs(model.params[i]! - theirs[i]!);
    worst = Math.max(worst, d);
    if (d > 1e-4) far++;
  }
  assert.ok(
    far <= theirs.length * 1e-4,
    `${far} of ${theirs.length} weights differ by more than 1e-4 (worst ${worst})`,
  );
  assert.ok(worst < 4 * h.lr, `worst |weight diff| ${worst}`);
});
