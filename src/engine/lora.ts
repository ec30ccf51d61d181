/**
 * LoRA (Hu et al. 2021): a frozen linear W (out,in) gains a low-rank update,
 *   y = x W^T + b + (alpha/r) * dropout(x) A^T B^T,   A (r,in), B (out,r),
 * A ~ U(-1/sqrt(in), 1/sqrt(in)) and B = 0 at init, so training starts from the base model exactly.
 * Adapter parameters live in their own flat buffer (named like llama.cpp's LoRA GGUF tensors:
 * "blk.3.attn_q.weight.lora_a"), so only they, their gradients and their AdamW moments are trainable.
 */
import { resolveConfig, type ModelConfig } from "./config.js";
import { EngineError } from "./errors.js";
import { buildLayout, type Layout, type ModelParams, type LayerParams } from "./params.js";
import type { Rng } from "../core/random.js";

export const LORA_TARGETS = ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

export interface LoraConfig {
  rank: number;
  alpha: number;
  /** Dropout probability on the adapter's input during training (0 = none). */
  dropout: number;
  /** Which linears get adapters; default q, k, v, o. */
  targets: LoraTarget[];
}

export const DEFAULT_LORA_TARGETS: LoraTarget[] = ["attn_q", "attn_k", "attn_v", "attn_output"];

export interface LoraPair {
  a: Float32Array; // (r, in)
  b: Float32Array; // (out, r)
  inDim: number;
  outDim: number;
}

export interface Lora {
  config: LoraConfig;
  /** alpha / rank */
  scale: number;
  layout: Layout;
  params: Float32Array;
  /** layers[l][target] -> views into params */
  layers: Array<Partial<Record<LoraTarget, LoraPair>>>;
  /** True while the update is folded into the base weights (see mergeLora). */
  merged: boolean;
}

/** (out, in) of each target linear. */
export function targetDims(config: ModelConfig, t: LoraTarget): [number, number] {
  const c = resolveConfig(config);
  const qDim = c.nHeads * c.headDim;
  const kvDim = c.nKvHeads * c.headDim;
  switch (t) {
    case "attn_q":
      return [qDim, c.dim];
    case "attn_k":
      return [kvDim, c.dim];
    case "attn_v":
      return [kvDim, c.dim];
    case "attn_output":
      return [c.dim, qDim];
    case "ffn_gate":
      return [c.ffnDim, c.dim];
    case "ffn_up":
      return [c.ffnDim, c.dim];
    case "ffn_down":
      return [c.dim, c.ffnDim];
  }
}

export function baseWeight(layer: LayerParams, t: LoraTarget): Float32Array {
  switch (t) {
    case "attn_q":
      return layer.wq;
    case "attn_k":
      return layer.wk;
    case "attn_v":
      return layer.wv;
    case "attn_output":
      return layer.wo;
    case "ffn_gate":
      return layer.wGate;
    case "ffn_up":
      return layer.wUp;
    case "ffn_down":
      return layer.wDown;
  }
}

export function loraLayout(config: ModelConfig, lc: LoraConfig): Layout {
  const c = resolveConfig(config);
  const e: Array<[string, number[]]> = [];
  for (let l = 0; l < c.nLayers; l++) {
    for (const t of LORA_TARGETS) {
      if (!lc.targets.includes(t)) continue;
      const [outDim, inDim] = targetDims(config, t);
      e.push([`blk.${l}.${t}.weight.lora_a`, [lc.rank, inDim]]);
      e.push([`blk.${l}.${t}.weight.lora_b`, [outDim, lc.rank]]);
    }
  }
  return buildLayout(e);
}

function checkLoraConfig(lc: LoraConfig): void {
  if (!Number.isInteger(lc.rank) || lc.rank <= 0 || lc.rank > 4096) {
    throw new EngineError("E_LORA", `lora.rank must be a positive integer, got ${lc.rank}`);
  }
  if (!(lc.alpha > 0)) throw new EngineError("E_LORA", `lora.alpha must be > 0, got ${lc.alpha}`);
  if (!(lc.dropout >= 0 && lc.dropout < 1))
    throw new EngineError("E_LORA", `lora.dropout must be in [0,1), got ${lc.dropout}`);
  if (lc.targets.length === 0) throw new EngineError("E_LORA", "lora.targets is empty; name at least one linear");
  for (const t of lc.targets) {
    if (!LORA_TARGETS.includes(t))
      throw new EngineError("E_LORA", `unknown lora target "${t}"; use one of ${LORA_TARGETS.join(", ")}`);
  }
}

/** Wraps an existing flat adapter buffer (e.g. one just loaded) in named views. */
export function loraFromBuffer(config: ModelConfig, lc: LoraConfig, params: Float32Array): Lora {
  checkLoraConfig(lc);
  const layout = loraLayout(config, lc);
  if (params.length !== layout.total) {
    throw new EngineError("E_LORA", `adapter buffer has ${params.length} floats, the config needs ${layout.total}`);
  }
  const c = resolveConfig(config);
  const layers: Lora["layers"] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const m: Partial<Record<LoraTarget, LoraPair>> = {};
    for (const t of lc.targets) {
      const a = layout.byName.get(`blk.${l}.${t}.weight.lora_a`)!;
      const b = layout.byName.get(`blk.${l}.${t}.weight.lora_b`)!;
      m[t] = {
        a: params.subarray(a.offset, a.offset + a.size),
        b: params.subarray(b.offset, b.offset + b.size),
        inDim: a.shape[1]!,
        outDim: b.shape[0]!,
      };
    }
    layers.push(m);
  }
  return {
    config: { ...lc, targets: [...lc.targets] },
    scale: lc.alpha / lc.rank,
    layout,
    params,
    layers,
    merged: false,
  };
}

/** New adapter: A uniform in +-1/sqrt(in), B zero (the model's output is unchanged until trained). */
export function createLora(config: ModelConfig, lc: LoraConfig, rng: Rng): Lora {
  checkLoraConfig(lc);
  const lora = loraFromBuffer(config, lc, new Float32Array(loraLayout(config, lc).total));
  for (const layer of lora.layers) {
    for (const t of lc.targets) {
      const p = layer[t]!;
      const bound = 1 / Math.sqrt(p.inDim);
      for (let i = 0; i < p.a.length; i++) p.a[i] = (2 * rng.next() - 1) * bound;
    }
  }
  return lora;
}

/** W += sign * scale * B @ A for every adapted linear. */
function foldLora(base: ModelParams, lora: Lora, sign: 1 | -1): void {
  const r = lora.config.rank;
  const s = sign * lora.scale;
  lora.layers.forEach((layer, l) => {
    for (const t of lora.config.targets) {
      const p = layer[t]!;
      const W = baseWeight(base.layers[l]!, t);
      for (let o = 0; o < p.outDim; o++) {
        for (let k = 0; k < r; k++) {
          const bk = s * p.b[o * r + k]!;
          if (bk === 0) continue;
          const row = o * p.inDim;
          const arow = k * p.inDim;
          for (let i = 0; i < p.inDim; i++) W[row + i] += bk * p.a[arow + i]!;
        }
      }
    }
  });
}

/** Folds the adapter into the base weights (faster inference); forward passes then skip the adapter. */
export function mergeLora(base: ModelParams, lora: Lora): void {
  if (lora.merged) throw new EngineError("E_LORA", "adapter is already merged; call unmergeLora first");
  foldLora(base, lora, 1);
  lora.merged = true;
}

/** Subtracts a merged adapter again (exact up to float32 rounding). */
export function unmergeLora(base: ModelParams, lora: Lora): void {
  if (!lora.merged) throw new EngineError("E_LORA", "adapter is not merged");
  foldLora(base, lora, -1);
  lora.merged = false;
}
