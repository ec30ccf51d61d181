/**
 * Inference with a KV cache: each sequence keeps its keys/values per layer, so a decode step costs one
 * token's worth of work per sequence. `decodeStep` runs any mix of rows (many prompt tokens of one
 * sequence = prefill; one token each of many sequences = batched decode) through the model in one pass,
 * so the linears run as one (rows, C) GEMM.
 */
import { EngineError } from "./errors.js";
import { linearForward, rmsnormForward, ropeApply, swigluForward, embeddingForward } from "./layers.js";
import type { Lora, LoraPair, LoraTarget } from "./lora.js";
import { activeNative, gemm } from "./kernels/index.js";
import type { Model } from "./model.js";

export class KvCache {
  /** Per layer: (capacity, nKv*hd) keys (after RoPE) and values. */
  readonly k: Float32Array[];
  readonly v: Float32Array[];
  /** Number of positions filled. */
  length = 0;
  constructor(
    readonly nLayers: number,
    readonly kvDim: number,
    readonly capacity: number,
  ) {
    this.k = Array.from({ length: nLayers }, () => new Float32Array(capacity * kvDim));
    this.v = Array.from({ length: nLayers }, () => new Float32Array(capacity * kvDim));
  }
  static forModel(model: Model, capacity: number): KvCache {
    const c = model.config;
    if (capacity > c.contextLength)
      throw new EngineError("E_CONTEXT_LENGTH", `cache capacity ${capacity} exceeds contextLength ${c.contextLength}`);
    return new KvCache(c.nLayers, c.nKvHeads * c.headDim, capacity);
  }
  /** Copies the first `length` positions of another cache (prompt sharing between samples). */
  copyFrom(o: KvCache): void {
    const n = o.length * this.kvDim;
    for (let l = 0; l < this.nLayers; l++) {
      this.k[l]!.set(o.k[l]!.subarray(0, n));
      this.v[l]!.set(o.v[l]!.subarray(0, n));
    }
    this.length = o.length;
  }
}

export interface StepRow {
  cache: KvCache;
  token: number;
  /** Position of this token; must equal the cache length at the time its predecessors were added. */
  pos: number;
  /** Whether the caller needs this row's logits. */
  wantLogits: boolean;
}

/** out = x W^T + b (+ LoRA branch when an unmerged adapter is attached). */
function proj(
  y: Float32Array,
  x: Float32Array,
  W: Float32Array,
  b: Float32Array | null,
  N: number,
  inDim: number,
  outDim: number,
  lora: Lora | null,
  pair: LoraPair | undefined,
): void {
  linearForward(y, x, W, b, N, inDim, outDim);
  if (!lora || lora.merged || !pair) return;
  const r = lora.config.rank;
  const us = new Float32Array(N * r);
  gemm(false, true, N, r, inDim, x, inDim, pair.a, inDim, 0, us, r);
  for (let i = 0; i < us.length; i++) us[i] *= lora.scale;
  gemm(false, true, N, outDim, r, us, r, pair.b, r, 1, y, outDim);
}

/**
 * Runs the rows through the model, appending their keys/values to their caches. Returns logits
 * (rowsWanted, V) in row order for the rows with wantLogits.
 */
export function decodeStep(model: Model, rows: readonly StepRow[]): Float32Array {
  const c = model.config;
  const N = rows.length;
  const C = c.dim;
  const hd = c.headDim;
  const qDim = c.nHeads * hd;
  const kvDim = c.nKvHeads * hd;
  const F = c.ffnDim;
  const group = c.nHeads / c.nKvHeads;
  const lora = model.lora;
  const tokens = new Int32Array(N);
  const pos = new Int32Array(N);
  rows.forEach((r, i) => {
    if (!(r.token >= 0 && r.token < c.vocabSize))
      throw new EngineError("E_TOKEN_RANGE", `token ${r.token} is outside [0, ${c.vocabSize})`);
    if (r.pos >= r.cache.capacity)
      throw new EngineError("E_CONTEXT_LENGTH", `position ${r.pos} exceeds the cache capacity ${r.cache.capacity}`);
    tokens[i] = r.token;
    pos[i] = r.pos;
  });
  const x = new Float32Array(N * C);
  const n = new Float32Array(N * C);
  const rstd = new Float32Array(N);
  const q = new Float32Array(N * qDim);
  const k = new Float32Array(N * kvDim);
  const v = new Float32Array(N * kvDim);
  const ao = new Float32Array(N * qDim);
  const tmp = new Float32Array(N * C);
  const g = new Float32Array(N * F);
  const u = new Float32Array(N * F);
  const maxPos = Math.max(...rows.map((r) => r.pos)) + 1;
  const scores = new Float64Array(maxPos);
  const nat = activeNative();
  embeddingForward(x, tokens, model.views.tokEmb, C);
  for (let l = 0; l < c.nLayers; l++) {
    const w = model.views.layers[l]!;
    const lp: Partial<Record<LoraTarget, LoraPair>> = lora ? lora.layers[l]! : {};
    rmsnormForward(n, rstd, x, w.attnNorm, N, C, c.normEps);
    proj(q, n, w.wq, w.bq, N, C, qDim, lora, lp.attn_q);
    proj(k, n, w.wk, w.bk, N, C, kvDim, lora, lp.attn_k);
    proj(v, n, w.wv, w.bv, N, C, kvDim, lora, lp.attn_v);
    ropeApply(q, pos, N, c.nHeads, model.rope, 1);
    ropeApply(k, pos, N, c.nKvHeads, model.rope, 1);
    for (let i = 0; i < N; i++) {
      const r = rows[i]!;
      r.cache.k[l]!.set(k.subarray(i * kvDim, (i + 1) * kvDim), r.pos * kvDim);
      r.cache.v[l]!.set(v.subarray(i * kvDim, (i + 1) * kvDim), r.pos * kvDim);
    }
    // attention of each row over its own cache, positions 0..pos
    for (let i = 0; i < N; i++) {
      const r = rows[i]!;
      if (nat) {
        nat.attentionDecode(
          ao.subarray(i * qDim, (i + 1) * qDim),
          q.subarray(i * qDim, (i + 1) * qDim),
          r.cache.k[l]!,
          r.cache.v[l]!,
          r.pos + 1,
          c.nHeads,
          c.nKvHeads,
          hd,
        );
      } else {
        attendRow(ao, q, i * qDim, r.cache.k[l]!, r.cache.v[l]!, r.pos + 1, c.nHeads, kvDim, group, hd, scores);
      }
    }
    proj(tmp, ao, w.wo, null, N, qDim, C, lora, lp.attn_output);
    for (let i = 0; i < N * C; i++) x[i] += tmp[i]!;
    rmsnormForward(n, rstd, x, w.ffnNorm, N, C, c.normEps);
    proj(g, n, w.wGate, null, N, C, F, lora, lp.ffn_gate);
    proj(u, n, w.wUp, null, N, C, F, lora, lp.ffn_up);
    swigluForward(g, g, u, N * F);
    proj(tmp, g, w.wDown, null, N, F, C, lora, lp.ffn_down);
    for (let i = 0; i < N * C; i++) x[i] += tmp[i]!;
  }
  for (const r of rows) r.cache.length = Math.max(r.cache.length, r.pos + 1);
  // Final norm and LM head only for the rows whose logits are wanted.
  const want = rows.map((r, i) => (r.wantLogits ? i : -1)).filter((i) => i >= 0);
  const xs = new Float32Array(want.length * C);
  want.forEach((i, j) => xs.set(x.subarray(i * C, (i + 1) * C), j * C));
  const ns = new Float32Array(want.length * C);
  rmsnormForward(ns, new Float32Array(want.length), xs, model.views.outNorm, want.length, C, c.normEps);
  const logits = new Float32Array(want.length * c.vocabSize);
  linearForward(logits, ns, model.views.lmHead, null, want.length, C, c.vocabSize);
  return logits;
}

/**
 * One row's attention over its cache (positions 0..len-1), written at ao[o .. o + nHeads*hd):
 * p = softmax(q_h . K_g[j] / sqrt(hd)), out_h = sum_j p_j V_g[j], g = h / group.
 */
function attendRow(
  ao: Float32Array,
  q: Float32Array,
  o: number,
  K: Float32Array,
  V: Float32Array,
  len: number,
  nHeads: number,
  kvDim: number,
  group: number,
  hd: number,
  scores: Float64Array,
): void {
  const scale = 1 / Math.sqrt(hd);
  for (let h = 0; h < nHeads; h++) {
    const qo = o + h * hd;
    const ko = Math.floor(h / group) * hd;
    let max = -Infinity;
    for (let j = 0; j < len; j++) {
      let s = 0;
      const kj = j * kvDim + ko;
      for (let d = 0; d < hd; d++) s += q[qo + d]! * K[kj + d]!;
      s *= scale;
      scores[j] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let j = 0; j < len; j++) {
      const e = Math.exp(scores[j]! - max);
      scores[j] = e;
      sum += e;
    }
    for (let d = 0; d < hd; d++) ao[qo + d] = 0;
    for (let j = 0; j < len; j++) {
      const p = scores[j]! / sum;
      const vj = j * kvDim + ko;
      for (let d = 0; d < hd; d++) ao[qo + d] += p * V[vj + d]!;
    }
  }
}
