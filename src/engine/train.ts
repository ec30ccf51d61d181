/**
 * One training step over gradient-accumulated micro-batches:
 *   zero grads -> for each micro-batch: forward, masked cross-entropy, backward -> clip -> AdamW.
 * The loss is normalised by the total loss weight of ALL micro-batches, so accumulating k micro-batches
 * gives exactly the gradient of one batch k times as large.
 * With a LoRA adapter attached and `trainBase: false`, only the adapter is trainable: the base gets no
 * gradient buffer and no optimizer moments.
 */
import { EngineError } from "./errors.js";
import { backward, forward, type Model } from "./model.js";
import { crossEntropy } from "./layers.js";
import {
  adamwUpdate,
  clipGradNorm,
  createAdamW,
  learningRate,
  type AdamWOptions,
  type AdamWState,
  type Schedule,
} from "./optim.js";
import { Rng } from "../core/random.js";

/** A right-padded batch: row b holds a sequence in tokens[b*T .. b*T+len), padding after it has weight 0. */
export interface Batch {
  B: number;
  T: number;
  /** (B, T) input tokens. */
  tokens: Int32Array;
  /** (B, T) next-token targets. */
  targets: Int32Array;
  /** (B, T) loss weight per position: 1 on answer tokens, 0 on prompt and padding. */
  weights: Float32Array;
}

export interface TrainerOptions {
  schedule: Schedule;
  beta1?: number; // default 0.9
  beta2?: number; // default 0.95
  eps?: number; // default 1e-8
  weightDecay?: number; // default 0.1
  /** Global-norm clip threshold; 0 disables. Default 1. */
  clipNorm?: number;
  /** Train the base weights (default true without an adapter, false with one). */
  trainBase?: boolean;
  /** Seed of the dropout RNG. */
  seed?: number;
}

export interface Trainer {
  model: Model;
  options: Required<TrainerOptions>;
  /** The buffer being optimized: model.params or model.lora.params. */
  trainable: Float32Array;
  grads: Float32Array;
  opt: AdamWState;
  decayMask: Uint8Array;
  rng: Rng;
}

export interface StepResult {
  loss: number;
  /** Gradient norm before clipping. */
  gradNorm: number;
  lr: number;
  /** Positions with non-zero loss weight. */
  tokens: number;
}

export function createTrainer(model: Model, options: TrainerOptions): Trainer {
  const trainBase = options.trainBase ?? model.lora === null;
  if (!trainBase && !model.lora) throw new EngineError("E_LORA", "trainBase=false needs an attached LoRA adapter");
  if (model.lora?.merged)
    throw new EngineError("E_LORA", "the adapter is merged into the base weights; unmergeLora before training it");
  if (trainBase && model.lora)
    throw new EngineError(
      "E_LORA",
      "training base and adapter together is not supported; detach the adapter or set trainBase=false",
    );
  const o: Required<TrainerOptions> = {
    schedule: options.schedule,
    beta1: options.beta1 ?? 0.9,
    beta2: options.beta2 ?? 0.95,
    eps: options.eps ?? 1e-8,
    weightDecay: options.weightDecay ?? 0.1,
    clipNorm: options.clipNorm ?? 1,
    trainBase,
    seed: options.seed ?? 1,
  };
  const trainable = trainBase ? model.params : model.lora!.params;
  const layout = trainBase ? model.layout : model.lora!.layout;
  // Decay only matrices (2-D tensors); norm gains and biases are exempt.
  const decayMask = new Uint8Array(trainable.length);
  for (const s of layout.specs) if (s.shape.length >= 2) decayMask.fill(1, s.offset, s.offset + s.size);
  return {
    model,
    options: o,
    trainable,
    grads: new Float32Array(trainable.length),
    opt: createAdamW(trainable.length),
    decayMask,
    rng: new Rng(o.seed),
  };
}

/** Accumulates the gradient of (masked loss sum / norm) into trainer.grads (no update); returns the loss sum. */
export function accumulateGradients(trainer: Trainer, batches: readonly Batch[], norm: number): number {
  const { model } = trainer;
  let lossSum = 0;
  for (const b of batches) {
    const acts = forward(model, b.tokens, b.B, b.T, { rng: trainer.rng });
    lossSum += crossEntropy(acts.logits, b.targets, b.weights, b.B * b.T, model.config.vocabSize, norm, acts.logits);
    backward(
      model,
      acts,
      trainer.options.trainBase ? { grads: trainer.grads, loraGrads: null } : { grads: null, loraGrads: trainer.grads },
    );
  }
  return lossSum;
}

export function lossWeight(batches: readonly Batch[]): number {
  let w = 0;
  for (const b of batches) for (let i = 0; i < b.weights.length; i++) w += b.weights[i]!;
  return w;
}

/** One optimizer step over the micro-batches (gradient accumulation). */
export function trainStep(trainer: Trainer, batches: readonly Batch[]): StepResult {
  if (batches.length === 0) throw new EngineError("E_SHAPE", "trainStep needs at least one micro-batch");
  const weight = lossWeight(batches);
  if (!(weight > 0))
    throw new EngineError("E_SHAPE", "all loss weights are zero; mark the answer tokens with weight 1");
  trainer.grads.fill(0);
  const lossSum = accumulateGradients(trainer, batches, weight);
  const gradNorm = clipGradNorm(trainer.grads, trainer.options.clipNorm);
  const lr = learningRate(trainer.options.schedule, trainer.opt.step);
  const o = trainer.options;
  const adam: AdamWOptions = { lr, beta1: o.beta1, beta2: o.beta2, eps: o.eps, weightDecay: o.weightDecay };
  adamwUpdate(trainer.trainable, trainer.grads, trainer.opt, adam, trainer.decayMask);
  return { loss: lossSum / weight, gradNorm, lr, tokens: weight };
}

/** Mean masked loss without gradients (evaluation). */
export function evaluateLoss(model: Model, batches: readonly Batch[]): number {
  const weight = lossWeight(batches);
  let s = 0;
  for (const b of batches) {
    const acts = forward(model, b.tokens, b.B, b.T);
    s += crossEntropy(acts.logits, b.targets, b.weights, b.B * b.T, model.config.vocabSize, weight, null);
  }
  return s / weight;
}

/**
 * Builds a right-padded batch from variable-length token sequences for next-token prediction.
 * lossFrom[i] = index in sequence i of the first token whose prediction is trained (the answer start);
 * tokens before it (the prompt) get weight 0. Padding uses token `pad` and weight 0.
 */
export function padBatch(
  seqs: readonly (readonly number[])[],
  pad: number,
  lossFrom?: readonly number[],
  T?: number,
): Batch {
  const B = seqs.length;
  const len = T ?? Math.max(...seqs.map((s) => s.length - 1));
  const tokens = new Int32Array(B * len).fill(pad);
  const targets = new Int32Array(B * len).fill(pad);
  const weights = new Float32Array(B * len);
  seqs.forEach((s, b) => {
    const n = Math.min(len, s.length - 1);
    const from = lossFrom ? lossFrom[b]! : 1;
    for (let t = 0; t < n; t++) {
      tokens[b * len + t] = s[t]!;
      targets[b * len + t] = s[t + 1]!;
      weights[b * len + t] = t + 1 >= from ? 1 : 0;
    }
  });
  return { B, T: len, tokens, targets, weights };
}
