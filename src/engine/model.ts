/**
 * The transformer, read top to bottom: model = config + flat parameters; forward over a padded batch
 * keeping the activations the backward needs; backward through every layer in reverse.
 *
 *   x = E[tokens]                                             (N, C), N = B*T
 *   per block:  x = x + Wo · attn(rope(Wq·rms(x)+bq), rope(Wk·rms(x)+bk), Wv·rms(x)+bv)
 *               x = x + Wdown · (silu(Wgate·rms(x)) * Wup·rms(x))
 *   logits = Wlm · rms(x)                                     (N, V)
 */
import { resolveConfig, type ModelConfig } from "./config.js";
import { EngineError } from "./errors.js";
import {
  attentionBackward,
  attentionForward,
  embeddingBackward,
  embeddingForward,
  linearBackward,
  linearForward,
  rmsnormBackward,
  rmsnormForward,
  ropeApply,
  RopeTable,
  swigluBackward,
  swigluForward,
  type AttnShape,
} from "./layers.js";
import type { Lora, LoraPair, LoraTarget } from "./lora.js";
import { modelLayout, modelViews, type Layout, type ModelParams } from "./params.js";
import { Rng } from "../core/random.js";
import { gemm } from "./kernels/index.js";

export interface Model {
  config: Required<ModelConfig>;
  layout: Layout;
  /** All parameters, one flat buffer (length = countParams(config)). */
  params: Float32Array;
  views: ModelParams;
  rope: RopeTable;
  /** Attached LoRA adapter, or null. While attached and not merged, forward passes add it. */
  lora: Lora | null;
}

/** Wraps an existing parameter buffer (e.g. loaded from a file). */
export function modelFromParams(config: ModelConfig, params: Float32Array): Model {
  const c = resolveConfig(config);
  const layout = modelLayout(c);
  if (params.length !== layout.total) {
    throw new EngineError("E_SHAPE", `parameter buffer has ${params.length} floats, the config needs ${layout.total}`);
  }
  return {
    config: c,
    layout,
    params,
    views: modelViews(c, layout, params),
    rope: new RopeTable(c.contextLength, c.headDim, c.ropeBase, c.ropeFreqFactors),
    lora: null,
  };
}

/**
 * A freshly initialised model: weights ~ N(0, 0.02), the two residual projections (Wo, Wdown) scaled
 * by 1/sqrt(2L) (GPT-2), norm gains 1, biases 0. Deterministic for a seed.
 */
export function createModel(config: ModelConfig, seed: number): Model {
  const c = resolveConfig(config);
  const layout = modelLayout(c);
  const params = new Float32Array(layout.total);
  const rng = new Rng(seed);
  const residStd = 0.02 / Math.sqrt(2 * c.nLayers);
  for (const s of layout.specs) {
    const v = params.subarray(s.offset, s.offset + s.size);
    if (s.name.endsWith("norm.weight")) v.fill(1);
    else if (s.name.endsWith(".bias")) v.fill(0);
    else {
      const std = s.name.includes("attn_output") || s.name.includes("ffn_down") ? residStd : 0.02;
      for (let i = 0; i < v.length; i++) v[i] = rng.normal() * std;
    }
  }
  return modelFromParams(c, params);
}

/** Attach (or with null, detach) a LoRA adapter made for this model's config. */
export function attachLora(model: Model, lora: Lora | null): void {
  model.lora = lora;
}

// ---------------------------------------------------------------------------------------------
// Activations kept for the backward, sized for one (B, T).

interface LoraAct {
  xd: Float32Array; // (N, in) adapter input after dropout (aliases x when dropout is off)
  mask: Float32Array | null; // (N, in) 0 or 1/keep
  us: Float32Array; // (N, r) scale * xd A^T
}

interface LayerActs {
  xIn: Float32Array; // (N, C) residual stream entering the block
  n1: Float32Array; // (N, C)
  rstd1: Float32Array; // (N)
  q: Float32Array; // (N, nH*hd) after RoPE
  k: Float32Array; // (N, nKv*hd) after RoPE
  v: Float32Array; // (N, nKv*hd)
  att: Float32Array; // (B, nH, T, T)
  ao: Float32Array; // (N, nH*hd) attention output before Wo
  xMid: Float32Array; // (N, C) residual after attention
  n2: Float32Array; // (N, C)
  rstd2: Float32Array; // (N)
  g: Float32Array; // (N, F)
  u: Float32Array; // (N, F)
  h: Float32Array; // (N, F)
  lora: Partial<Record<LoraTarget, LoraAct>>;
}

export interface Activations {
  B: number;
  T: number;
  N: number;
  tokens: Int32Array;
  pos: Int32Array; // (N) position of each row within its sequence
  layers: LayerActs[];
  xOut: Float32Array; // (N, C) final residual
  nf: Float32Array; // (N, C)
  rstdF: Float32Array; // (N)
  logits: Float32Array; // (N, V); the backward overwrites it with dlogits
}

function allocActs(model: Model, B: number, T: number): Activations {
  const c = model.config;
  const N = B * T;
  const qDim = c.nHeads * c.headDim;
  const kvDim = c.nKvHeads * c.headDim;
  const f = (n: number): Float32Array => new Float32Array(n);
  const layers: LayerActs[] = [];
  let xIn = f(N * c.dim);
  for (let l = 0; l < c.nLayers; l++) {
    const xMid = f(N * c.dim);
    layers.push({
      xIn,
      n1: f(N * c.dim),
      rstd1: f(N),
      q: f(N * qDim),
      k: f(N * kvDim),
      v: f(N * kvDim),
      att: f(B * c.nHeads * T * T),
      ao: f(N * qDim),
      xMid,
      n2: f(N * c.dim),
      rstd2: f(N),
      g: f(N * c.ffnDim),
      u: f(N * c.ffnDim),
      h: f(N * c.ffnDim),
      lora: {},
    });
    xIn = f(N * c.dim);
  }
  const pos = new Int32Array(N);
  for (let i = 0; i < N; i++) pos[i] = i % T;
  return {
    B,
    T,
    N,
    tokens: new Int32Array(N),
    pos,
    layers,
    xOut: xIn,
    nf: f(N * c.dim),
    rstdF: f(N),
    logits: f(N * c.vocabSize),
  };
}

const actsCache = new WeakMap<Model, Activations>();

function activationsFor(model: Model, B: number, T: number): Activations {
  const a = actsCache.get(model);
  if (a && a.B === B && a.T === T) return a;
  const fresh = allocActs(model, B, T);
  actsCache.set(model, fresh);
  return fresh;
}

// ---------------------------------------------------------------------------------------------
// A projection = base linear + optional LoRA branch.

function projForward(
  y: Float32Array,
  x: Float32Array,
  W: Float32Array,
  b: Float32Array | null,
  N: number,
  inDim: number,
  outDim: number,
  lora: Lora | null,
  pair: LoraPair | undefined,
  acts: Partial<Record<LoraTarget, LoraAct>>,
  t: LoraTarget,
  rng: Rng | null,
): void {
  linearForward(y, x, W, b, N, inDim, outDim);
  if (!lora || lora.merged || !pair) return;
  const r = lora.config.rank;
  const p = lora.config.dropout;
  let a = acts[t];
  if (!a || a.us.length !== N * r) {
    a = { xd: x, mask: null, us: new Float32Array(N * r) };
    acts[t] = a;
  }
  if (rng && p > 0) {
    // Inverted dropout: keep with prob 1-p, scale kept inputs by 1/(1-p).
    if (!a.mask || a.mask.length !== N * inDim) {
      a.mask = new Float32Array(N * inDim);
      a.xd = new Float32Array(N * inDim);
    }
    const keep = 1 / (1 - p);
    for (let i = 0; i < N * inDim; i++) {
      const m = rng.next() < p ? 0 : keep;
      a.mask[i] = m;
      a.xd[i] = x[i]! * m;
    }
  } else {
    a.mask = null;
    a.xd = x;
  }
  // us = scale * xd A^T (N, r);  y += us B^T
  gemm(false, true, N, r, inDim, a.xd, inDim, pair.a, inDim, 0, a.us, r);
  for (let i = 0; i < a.us.length; i++) a.us[i] *= lora.scale;
  gemm(false, true, N, outDim, r, a.us, r, pair.b, r, 1, y, outDim);
}

function projBackward(
  dx: Float32Array,
  dW: Float32Array | null,
  db: Float32Array | null,
  dy: Float32Array,
  x: Float32Array,
  W: Float32Array,
  N: number,
  inDim: number,
  outDim: number,
  accumulateDx: boolean,
  lora: Lora | null,
  pair: LoraPair | undefined,
  act: LoraAct | undefined,
  gp: LoraPair | undefined,
): void {
  linearBackward(dx, dW, db, dy, x, W, N, inDim, outDim, accumulateDx);
  if (!lora || lora.merged || !pair || !act) return;
  const r = lora.config.rank;
  // dB += dy^T us;  dus = dy B;  du = scale * dus;  dA += du^T xd;  dx += (du A) * mask
  if (gp) gemm(true, false, outDim, r, N, dy, outDim, act.us, r, 1, gp.b, r);
  const du = new Float32Array(N * r);
  gemm(false, false, N, r, outDim, dy, outDim, pair.b, r, 0, du, r);
  for (let i = 0; i < du.length; i++) du[i] *= lora.scale;
  if (gp) gemm(true, false, r, inDim, N, du, r, act.xd, inDim, 1, gp.a, inDim);
  if (act.mask) {
    const dxd = new Float32Array(N * inDim);
    gemm(false, false, N, inDim, r, du, r, pair.a, inDim, 0, dxd, inDim);
    for (let i = 0; i < dxd.length; i++) dx[i] += dxd[i]! * act.mask[i]!;
  } else {
    gemm(false, false, N, inDim, r, du, r, pair.a, inDim, 1, dx, inDim);
  }
}

// ---------------------------------------------------------------------------------------------
// Forward

export interface ForwardOptions {
  /** Rng for LoRA dropout; omit for evaluation (no dropout). */
  rng?: Rng;
}

/**
 * Forward over a right-padded batch: tokens (B, T) row-major. Returns the activations; `logits` is (N, V).
 * The returned object is reused by the next call with the same (B, T).
 */
export function forward(
  model: Model,
  tokens: Int32Array,
  B: number,
  T: number,
  opts: ForwardOptions = {},
): Activations {
  const c = model.config;
  if (tokens.length !== B * T)
    throw new EngineError("E_SHAPE", `tokens has ${tokens.length} entries, expected B*T = ${B * T}`);
  if (T > c.contextLength)
    throw new EngineError("E_CONTEXT_LENGTH", `sequence length ${T} exceeds contextLength ${c.contextLength}`);
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]! >= 0 && tokens[i]! < c.vocabSize))
      throw new EngineError("E_TOKEN_RANGE", `token ${tokens[i]} at ${i} is outside [0, ${c.vocabSize})`);
  }
  const acts = activationsFor(model, B, T);
  const { N } = acts;
  acts.tokens.set(tokens);
  const C = c.dim;
  const qDim = c.nHeads * c.headDim;
  const kvDim = c.nKvHeads * c.headDim;
  const F = c.ffnDim;
  const lora = model.lora;
  const rng = opts.rng ?? null;
  const shape: AttnShape = { B, T, nHeads: c.nHeads, nKvHeads: c.nKvHeads, hd: c.headDim };
  embeddingForward(acts.layers[0]?.xIn ?? acts.xOut, tokens, model.views.tokEmb, C);
  for (let l = 0; l < c.nLayers; l++) {
    const w = model.views.layers[l]!;
    const a = acts.layers[l]!;
    const lp = lora ? lora.layers[l]! : {};
    const xNext = l + 1 < c.nLayers ? acts.layers[l + 1]!.xIn : acts.xOut;
    // attention sub-block
    rmsnormForward(a.n1, a.rstd1, a.xIn, w.attnNorm, N, C, c.normEps);
    projForward(a.q, a.n1, w.wq, w.bq, N, C, qDim, lora, lp.attn_q, a.lora, "attn_q", rng);
    projForward(a.k, a.n1, w.wk, w.bk, N, C, kvDim, lora, lp.attn_k, a.lora, "attn_k", rng);
    projForward(a.v, a.n1, w.wv, w.bv, N, C, kvDim, lora, lp.attn_v, a.lora, "attn_v", rng);
    ropeApply(a.q, acts.pos, N, c.nHeads, model.rope, 1);
    ropeApply(a.k, acts.pos, N, c.nKvHeads, model.rope, 1);
    attentionForward(a.ao, a.att, a.q, a.k, a.v, shape);
    projForward(a.xMid, a.ao, w.wo, null, N, qDim, C, lora, lp.attn_output, a.lora, "attn_output", rng);
    for (let i = 0; i < N * C; i++) a.xMid[i] += a.xIn[i]!;
    // MLP sub-block
    rmsnormForward(a.n2, a.rstd2, a.xMid, w.ffnNorm, N, C, c.normEps);
    projForward(a.g, a.n2, w.wGate, null, N, C, F, lora, lp.ffn_gate, a.lora, "ffn_gate", rng);
    projForward(a.u, a.n2, w.wUp, null, N, C, F, lora, lp.ffn_up, a.lora, "ffn_up", rng);
    swigluForward(a.h, a.g, a.u, N * F);
    projForward(xNext, a.h, w.wDown, null, N, F, C, lora, lp.ffn_down, a.lora, "ffn_down", rng);
    for (let i = 0; i < N * C; i++) xNext[i] += a.xMid[i]!;
  }
  rmsnormForward(acts.nf, acts.rstdF, acts.xOut, model.views.outNorm, N, C, c.normEps);
  linearForward(acts.logits, acts.nf, model.views.lmHead, null, N, C, c.vocabSize);
  return acts;
}

// ---------------------------------------------------------------------------------------------
// Backward

export interface BackwardTargets {
  /** Gradients for the base parameters (same layout as model.params), or null when the base is frozen. */
  grads: Float32Array | null;
  /** Gradients for the attached adapter (same layout as model.lora.params), or null. */
  loraGrads: Float32Array | null;
}

interface Scratch {
  dx: Float32Array;
  dn: Float32Array;
  dq: Float32Array;
  dk: Float32Array;
  dv: Float32Array;
  dao: Float32Array;
  dg: Float32Array;
  du: Float32Array;
  dh: Float32Array;
  dP: Float32Array;
}
const scratchCache = new WeakMap<Activations, Scratch>();

/**
 * Backpropagates from acts.logits, which must already hold dL/dlogits (crossEntropy writes it in place).
 * Gradients are accumulated into the given buffers.
 */
export function backward(model: Model, acts: Activations, targets: BackwardTargets): void {
  const c = model.config;
  const { N, T } = acts;
  const C = c.dim;
  const qDim = c.nHeads * c.headDim;
  const kvDim = c.nKvHeads * c.headDim;
  const F = c.ffnDim;
  const lora = model.lora;
  const gv = targets.grads ? modelViews(c, model.layout, targets.grads) : null;
  const lg = lora && targets.loraGrads ? gradViews(lora, targets.loraGrads) : null;
  let s = scratchCache.get(acts);
  if (!s) {
    const f = (n: number): Float32Array => new Float32Array(n);
    s = {
      dx: f(N * C),
      dn: f(N * C),
      dq: f(N * qDim),
      dk: f(N * kvDim),
      dv: f(N * kvDim),
      dao: f(N * qDim),
      dg: f(N * F),
      du: f(N * F),
      dh: f(N * F),
      dP: f(T * T),
    };
    scratchCache.set(acts, s);
  }
  const shape: AttnShape = { B: acts.B, T, nHeads: c.nHeads, nKvHeads: c.nKvHeads, hd: c.headDim };
  const { dx, dn } = s;
  // logits = nf Wlm^T;  nf = rms(xOut)
  linearBackward(dn, gv ? gv.lmHead : null, null, acts.logits, acts.nf, model.views.lmHead, N, C, c.vocabSize, false);
  dx.fill(0);
  rmsnormBackward(dx, gv ? gv.outNorm : null, dn, acts.xOut, model.views.outNorm, acts.rstdF, N, C);
  for (let l = c.nLayers - 1; l >= 0; l--) {
    const w = model.views.layers[l]!;
    const gw = gv ? gv.layers[l]! : null;
    const a = acts.layers[l]!;
    const lp = lora ? lora.layers[l]! : {};
    const gp = lg ? lg[l]! : {};
    // MLP: xNext = xMid + Wdown h;  dx currently holds d xNext
    projBackward(
      s.dh,
      gw?.wDown ?? null,
      null,
      dx,
      a.h,
      w.wDown,
      N,
      F,
      C,
      false,
      lora,
      lp.ffn_down,
      a.lora.ffn_down,
      gp.ffn_down,
    );
    swigluBackward(s.dg, s.du, s.dh, a.g, a.u, N * F);
    projBackward(
      dn,
      gw?.wGate ?? null,
      null,
      s.dg,
      a.n2,
      w.wGate,
      N,
      C,
      F,
      false,
      lora,
      lp.ffn_gate,
      a.lora.ffn_gate,
      gp.ffn_gate,
    );
    projBackward(
      dn,
      gw?.wUp ?? null,
      null,
      s.du,
      a.n2,
      w.wUp,
      N,
      C,
      F,
      true,
      lora,
      lp.ffn_up,
      a.lora.ffn_up,
      gp.ffn_up,
    );
    rmsnormBackward(dx, gw?.ffnNorm ?? null, dn, a.xMid, w.ffnNorm, a.rstd2, N, C); // dx is now d xMid
    // attention: xMid = xIn + Wo ao
    projBackward(
      s.dao,
      gw?.wo ?? null,
      null,
      dx,
      a.ao,
      w.wo,
      N,
      qDim,
      C,
      false,
      lora,
      lp.attn_output,
      a.lora.attn_output,
      gp.attn_output,
    );
    s.dk.fill(0);
    s.dv.fill(0);
    attentionBackward(s.dq, s.dk, s.dv, s.dao, a.att, a.q, a.k, a.v, shape, s.dP);
    ropeApply(s.dq, acts.pos, N, c.nHeads, model.rope, -1);
    ropeApply(s.dk, acts.pos, N, c.nKvHeads, model.rope, -1);
    projBackward(
      dn,
      gw?.wq ?? null,
      gw?.bq ?? null,
      s.dq,
      a.n1,
      w.wq,
      N,
      C,
      qDim,
      false,
      lora,
      lp.attn_q,
      a.lora.attn_q,
      gp.attn_q,
    );
    projBackward(
      dn,
      gw?.wk ?? null,
      gw?.bk ?? null,
      s.dk,
      a.n1,
      w.wk,
      N,
      C,
      kvDim,
      true,
      lora,
      lp.attn_k,
      a.lora.attn_k,
      gp.attn_k,
    );
    projBackward(
      dn,
      gw?.wv ?? null,
      gw?.bv ?? null,
      s.dv,
      a.n1,
      w.wv,
      N,
      C,
      kvDim,
      true,
      lora,
      lp.attn_v,
      a.lora.attn_v,
      gp.attn_v,
    );
    rmsnormBackward(dx, gw?.attnNorm ?? null, dn, a.xIn, w.attnNorm, a.rstd1, N, C); // dx is now d xIn
  }
  if (gv) embeddingBackward(gv.tokEmb, dx, acts.tokens, C);
}

function gradViews(lora: Lora, buf: Float32Array): Lora["layers"] {
  return lora.layers.map((m) => {
    const out: Partial<Record<LoraTarget, LoraPair>> = {};
    for (const t of lora.config.targets) {
      const p = m[t]!;
      const ao = p.a.byteOffset / 4 - lora.params.byteOffset / 4;
      const bo = p.b.byteOffset / 4 - lora.params.byteOffset / 4;
      out[t] = {
        a: buf.subarray(ao, ao + p.a.length),
        b: buf.subarray(bo, bo + p.b.length),
        inDim: p.inDim,
        outDim: p.outDim,
      };
    }
    return out;
  });
}
