/**
 * Parameters live in one flat Float32Array with named views (llm.c style). Gradients and AdamW moments
 * are buffers of the same length and layout, so optimizers, clipping and save/load are loops over one array.
 *
 * Names follow GGUF's llama tensor names, so writing GGUF is a walk over the layout.
 * Linear weights are stored (out, in) row-major: y = x @ W^T (+ b), like PyTorch and like GGUF's ne=[in,out].
 */
import { resolveConfig, type ModelConfig } from "./config.js";

export interface TensorSpec {
  name: string;
  /** Row-major shape, outermost first: (out, in) for linears, (V, C) for the embedding. */
  shape: number[];
  offset: number;
  size: number;
}

export interface Layout {
  specs: TensorSpec[];
  byName: Map<string, TensorSpec>;
  total: number;
}

export function buildLayout(entries: Array<[string, number[]]>): Layout {
  const specs: TensorSpec[] = [];
  const byName = new Map<string, TensorSpec>();
  let offset = 0;
  for (const [name, shape] of entries) {
    const size = shape.reduce((a, b) => a * b, 1);
    const spec = { name, shape, offset, size };
    specs.push(spec);
    byName.set(name, spec);
    offset += size;
  }
  return { specs, byName, total: offset };
}

/** The views one transformer block reads. */
export interface LayerParams {
  attnNorm: Float32Array; // (C)
  wq: Float32Array; // (nH*hd, C)
  wk: Float32Array; // (nKv*hd, C)
  wv: Float32Array; // (nKv*hd, C)
  bq: Float32Array | null; // (nH*hd)
  bk: Float32Array | null; // (nKv*hd)
  bv: Float32Array | null; // (nKv*hd)
  wo: Float32Array; // (C, nH*hd)
  ffnNorm: Float32Array; // (C)
  wGate: Float32Array; // (F, C)
  wUp: Float32Array; // (F, C)
  wDown: Float32Array; // (C, F)
}

export interface ModelParams {
  tokEmb: Float32Array; // (V, C)
  layers: LayerParams[];
  outNorm: Float32Array; // (C)
  lmHead: Float32Array; // (V, C); the same memory as tokEmb when tied
}

export function modelLayout(config: ModelConfig): Layout {
  const c = resolveConfig(config);
  const qDim = c.nHeads * c.headDim;
  const kvDim = c.nKvHeads * c.headDim;
  const e: Array<[string, number[]]> = [["token_embd.weight", [c.vocabSize, c.dim]]];
  for (let l = 0; l < c.nLayers; l++) {
    const p = `blk.${l}.`;
    e.push([p + "attn_norm.weight", [c.dim]]);
    e.push([p + "attn_q.weight", [qDim, c.dim]]);
    e.push([p + "attn_k.weight", [kvDim, c.dim]]);
    e.push([p + "attn_v.weight", [kvDim, c.dim]]);
    if (c.qkvBias) {
      e.push([p + "attn_q.bias", [qDim]]);
      e.push([p + "attn_k.bias", [kvDim]]);
      e.push([p + "attn_v.bias", [kvDim]]);
    }
    e.push([p + "attn_output.weight", [c.dim, qDim]]);
    e.push([p + "ffn_norm.weight", [c.dim]]);
    e.push([p + "ffn_gate.weight", [c.ffnDim, c.dim]]);
    e.push([p + "ffn_up.weight", [c.ffnDim, c.dim]]);
    e.push([p + "ffn_down.weight", [c.dim, c.ffnDim]]);
  }
  e.push(["output_norm.weight", [c.dim]]);
  if (!c.tiedEmbeddings) e.push(["output.weight", [c.vocabSize, c.dim]]);
  return buildLayout(e);
}

/** Named views into a flat buffer laid out by modelLayout (used for params and for their gradients). */
export function modelViews(config: ModelConfig, layout: Layout, buf: Float32Array): ModelParams {
  const c = resolveConfig(config);
  const v = (name: string): Float32Array => {
    const s = layout.byName.get(name)!;
    return buf.subarray(s.offset, s.offset + s.size);
  };
  const opt = (name: string): Float32Array | null => (layout.byName.has(name) ? v(name) : null);
  const layers: LayerParams[] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const p = `blk.${l}.`;
    layers.push({
      attnNorm: v(p + "attn_norm.weight"),
      wq: v(p + "attn_q.weight"),
      wk: v(p + "attn_k.weight"),
      wv: v(p + "attn_v.weight"),
      bq: opt(p + "attn_q.bias"),
      bk: opt(p + "attn_k.bias"),
      bv: opt(p + "attn_v.bias"),
      wo: v(p + "attn_output.weight"),
      ffnNorm: v(p + "ffn_norm.weight"),
      wGate: v(p + "ffn_gate.weight"),
      wUp: v(p + "ffn_up.weight"),
      wDown: v(p + "ffn_down.weight"),
    });
  }
  const tokEmb = v("token_embd.weight");
  return { tokEmb, layers, outNorm: v("output_norm.weight"), lmHead: c.tiedEmbeddings ? tokEmb : v("output.weight") };
}
