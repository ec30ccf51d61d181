/**
 * AdamW (Loshchilov & Hutter: weight decay decoupled from the gradient), global-norm clipping and the
 * warmup + cosine learning-rate schedule. All operate on flat buffers.
 */
import { activeNative } from "./kernels/index.js";

export interface AdamWOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

export interface AdamWState {
  m: Float32Array;
  v: Float32Array;
  /** Number of updates applied so far (t in the bias corrections). */
  step: number;
}

export function createAdamW(n: number): AdamWState {
  return { m: new Float32Array(n), v: new Float32Array(n), step: 0 };
}

/**
 * m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2;  p -= lr * (m/(1-b1^t) / (sqrt(v/(1-b2^t)) + eps) + wd * p).
 * decayMask[i] = 0 exempts parameter i from weight decay (norm gains, biases).
 */
export function adamwUpdate(
  params: Float32Array,
  grads: Float32Array,
  state: AdamWState,
  o: AdamWOptions,
  decayMask: Uint8Array | null,
): void {
  state.step += 1;
  const t = state.step;
  const c1 = 1 - Math.pow(o.beta1, t);
  const c2 = 1 - Math.pow(o.beta2, t);
  const { m, v } = state;
  const nat = activeNative();
  if (nat) return nat.adamw(params, grads, m, v, decayMask, o.lr, o.beta1, o.beta2, o.eps, o.weightDecay, c1, c2, 0);
  for (let i = 0; i < params.length; i++) {
    const g = grads[i]!;
    const mi = o.beta1 * m[i]! + (1 - o.beta1) * g;
    const vi = o.beta2 * v[i]! + (1 - o.beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    const wd = decayMask === null || decayMask[i] ? o.weightDecay : 0;
    params[i] -= o.lr * (mi / c1 / (Math.sqrt(vi / c2) + o.eps) + wd * params[i]!);
  }
}

/** ||g||_2 over the whole buffer. */
export function globalNorm(g: Float32Array): number {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
  return Math.sqrt(s);
}

/** Scales g so that ||g|| <= maxNorm; returns the norm before clipping. */
export function clipGradNorm(g: Float32Array, maxNorm: number): number {
  const norm = globalNorm(g);
  if (maxNorm > 0 && norm > maxNorm) {
    const k = maxNorm / (norm + 1e-6);
    for (let i = 0; i < g.length; i++) g[i] *= k;
  }
  return norm;
}

export interface Schedule {
  /** Peak learning rate. */
  lr: number;
  /** Final learning rate of the cosine decay. */
  minLr: number;
  warmupSteps: number;
  totalSteps: number;
}

/** Linear warmup from lr/warmup to lr, then cosine decay to minLr at totalSteps (held after). step is 0-based. */
export function learningRate(s: Schedule, step: number): number {
  if (step < s.warmupSteps) return (s.lr * (step + 1)) / s.warmupSteps;
  const span = Math.max(1, s.totalSteps - s.warmupSteps);
  const p = Math.min(1, (step - s.warmupSteps) / span);
  return s.minLr + 0.5 * (s.lr - s.minLr) * (1 + Math.cos(Math.PI * p));
}
