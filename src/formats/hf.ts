/**
 * Import of Hugging Face llama-family checkpoints (LlamaForCausalLM: SmolLM2, Llama-3.x with its "llama3"
 * rope scaling; Qwen2ForCausalLM: Qwen2.5) from config.json + model*.safetensors shards. config.json is read
 * in both shapes transformers writes: rope_theta / rope_scaling at the top (before v5, as on the Hub) and
 * rope_parameters (v5).
 *
 * HF applies RoPE in the "rotate half" layout (dimension i pairs with i + hd/2); the engine uses llama.cpp's
 * adjacent pairs (2i, 2i+1). Permuting the rows of Wq, Wk (and their biases) inside each head,
 *   ours[h*hd + 2i + j] = hf[h*hd + j*hd/2 + i],   j in {0,1}, i < hd/2,
 * turns one into the other exactly (it is the permutation llama.cpp's convert_hf_to_gguf.py applies),
 * because attention scores only depend on q.k, which the same permutation of q and k leaves unchanged.
 */
import { countParams, modelFromParams, resolveConfig, type Model, type ModelConfig } from "../engine/index.js";
import { FormatError } from "./errors.js";
import { readSafetensors, tensorToF32, type SafeTensor } from "./safetensors.js";

/** The fields of a HF config.json the import reads. */
export interface HfConfig {
  model_type?: string;
  vocab_size?: number;
  hidden_size?: number;
  num_hidden_layers?: number;
  num_attention_heads?: number;
  num_key_value_heads?: number;
  head_dim?: number;
  intermediate_size?: number;
  max_position_embeddings?: number;
  rope_theta?: number;
  rms_norm_eps?: number;
  tie_word_embeddings?: boolean;
  attention_bias?: boolean;
  rope_scaling?: unknown;
  /** transformers >= 5: { rope_type, rope_theta, ...the type's parameters } instead of rope_theta / rope_scaling. */
  rope_parameters?: unknown;
  use_sliding_window?: boolean;
  hidden_act?: string;
}

/** The RoPE of a config: base theta and the per-pair frequency divisors (ModelConfig.ropeFreqFactors). */
export function ropeFromHf(hf: HfConfig, headDim: number): { base: number; freqFactors: number[] | null } {
  const params = (hf.rope_parameters ?? hf.rope_scaling ?? {}) as Record<string, unknown>;
  if (typeof params !== "object" || params === null)
    throw new FormatError("E_CORRUPT", "config.json: rope_parameters / rope_scaling must be an object");
  const theta = params.rope_theta ?? hf.rope_theta ?? 10000;
  if (typeof theta !== "number") throw new FormatError("E_CORRUPT", "config.json: rope_theta must be a number");
  // Before v5 the key was "type" in some checkpoints, "rope_type" in later ones.
  const type = params.rope_type ?? params.type ?? "default";
  if (type === "default") return { base: theta, freqFactors: null };
  if (type !== "llama3")
    throw new FormatError("E_UNSUPPORTED", `rope type "${String(type)}" is not supported (default, llama3)`);
  const get = (k: string): number => {
    const v = params[k];
    if (typeof v !== "number" || !(v > 0))
      throw new FormatError("E_CORRUPT", `config.json: llama3 rope scaling lacks a positive ${k}`);
    return v;
  };
  return {
    base: theta,
    freqFactors: llama3RopeFactors(theta, headDim, {
      factor: get("factor"),
      lowFreqFactor: get("low_freq_factor"),
      highFreqFactor: get("high_freq_factor"),
      originalContext: get("original_max_position_embeddings"),
    }),
  };
}

/**
 * Llama-3.x's rope scaling as divisors of the default frequencies w_i = base^(-2i/hd). With wavelength
 * lambda_i = 2 pi / w_i, the original context C, lo = C / low_freq_factor and hi = C / high_freq_factor:
 *   lambda_i < hi:  1 (high frequencies unchanged);   lambda_i > lo:  factor (low ones slowed down);
 *   between: 1 / ((1 - s) / factor + s) with s = (C / lambda_i - low_freq_factor) / (high_freq_factor - low_freq_factor),
 * the smooth blend transformers' _compute_llama3_parameters applies and llama.cpp stores as rope_freqs.
 */
export function llama3RopeFactors(
  base: number,
  headDim: number,
  p: { factor: number; lowFreqFactor: number; highFreqFactor: number; originalContext: number },
): number[] {
  if (!(p.highFreqFactor > p.lowFreqFactor))
    throw new FormatError("E_CORRUPT", "config.json: llama3 rope scaling needs high_freq_factor > low_freq_factor");
  const lowWavelen = p.originalContext / p.lowFreqFactor;
  const highWavelen = p.originalContext / p.highFreqFactor;
  const out: number[] = [];
  for (let i = 0; i < headDim / 2; i++) {
    const wavelen = (2 * Math.PI) / Math.pow(base, (-2 * i) / headDim);
    if (wavelen < highWavelen) out.push(1);
    else if (wavelen > lowWavelen) out.push(p.factor);
    else {
      const s = (p.originalContext / wavelen - p.lowFreqFactor) / (p.highFreqFactor - p.lowFreqFactor);
      out.push(1 / ((1 - s) / p.factor + s));
    }
  }
  return out;
}

export function configFromHf(hf: HfConfig, contextLength?: number): Required<ModelConfig> {
  const type = hf.model_type ?? "";
  if (type !== "llama" && type !== "qwen2")
    throw new FormatError("E_UNSUPPORTED", `model_type "${type}" is not supported (llama, qwen2)`);
  if (hf.use_sliding_window === true)
    throw new FormatError("E_UNSUPPORTED", "sliding-window attention (use_sliding_window) is not supported");
  if (hf.hidden_act !== undefined && hf.hidden_act !== "silu")
    throw new FormatError("E_UNSUPPORTED", `hidden_act "${hf.hidden_act}" is not supported (silu)`);
  const num = (v: number | undefined, name: string): number => {
    if (typeof v !== "number") throw new FormatError("E_CORRUPT", `config.json lacks ${name}`);
    return v;
  };
  const nHeads = num(hf.num_attention_heads, "num_attention_heads");
  const dim = num(hf.hidden_size, "hidden_size");
  const headDim = hf.head_dim ?? dim / nHeads;
  const rope = ropeFromHf(hf, headDim);
  const c: ModelConfig = {
    vocabSize: num(hf.vocab_size, "vocab_size"),
    dim,
    nLayers: num(hf.num_hidden_layers, "num_hidden_layers"),
    nHeads,
    nKvHeads: hf.num_key_value_heads ?? nHeads,
    headDim,
    ffnDim: num(hf.intermediate_size, "intermediate_size"),
    contextLength: contextLength ?? Math.min(num(hf.max_position_embeddings, "max_position_embeddings"), 32768),
    ropeBase: rope.base,
    ropeFreqFactors: rope.freqFactors,
    normEps: hf.rms_norm_eps ?? 1e-6,
    qkvBias: type === "qwen2" || hf.attention_bias === true,
    tiedEmbeddings: hf.tie_word_embeddings ?? false,
  };
  try {
    return resolveConfig(c);
  } catch (e) {
    throw new FormatError("E_CORRUPT", `config.json does not describe a valid model: ${(e as Error).message}`);
  }
}

/** Our tensor name -> the HF name it comes from. */
export function hfName(name: string): string {
  if (name === "token_embd.weight") return "model.embed_tokens.weight";
  if (name === "output_norm.weight") return "model.norm.weight";
  if (name === "output.weight") return "lm_head.weight";
  const m = /^blk\.(\d+)\.(\w+)\.(weight|bias)$/.exec(name);
  if (!m) throw new FormatError("E_MISMATCH", `no HF name for tensor ${name}`);
  const map: Record<string, string> = {
    attn_norm: "input_layernorm",
    ffn_norm: "post_attention_layernorm",
    attn_q: "self_attn.q_proj",
    attn_k: "self_attn.k_proj",
    attn_v: "self_attn.v_proj",
    attn_output: "self_attn.o_proj",
    ffn_gate: "mlp.gate_proj",
    ffn_up: "mlp.up_proj",
    ffn_down: "mlp.down_proj",
  };
  return `model.layers.${m[1]}.${map[m[2]!]}.${m[3]}`;
}

/** Reorders rows (each `cols` wide) of a q/k projection from HF's rotate-half layout to adjacent pairs. */
export function permuteRope(
  src: Float32Array,
  nHeads: number,
  hd: number,
  cols: number,
  inverse = false,
): Float32Array {
  const out = new Float32Array(src.length);
  const half = hd / 2;
  for (let h = 0; h < nHeads; h++) {
    for (let i = 0; i < half; i++) {
      for (let j = 0; j < 2; j++) {
        const ours = h * hd + 2 * i + j;
        const hf = h * hd + j * half + i;
        const [to, from] = inverse ? [hf, ours] : [ours, hf];
        out.set(src.subarray(from * cols, (from + 1) * cols), to * cols);
      }
    }
  }
  return out;
}

/**
 * One tensor between HF's layout and ours: the rows of q/k projections (and their biases) are permuted
 * (permuteRope), every other tensor is the same. `toHf` goes the other way (writing HF-layout files).
 */
export function hfToEngineLayout(
  spec: { name: string; shape: readonly number[] },
  data: Float32Array,
  c: Required<ModelConfig>,
  toHf = false,
): Float32Array {
  const kind = /\.(attn_q|attn_k)\./.exec(spec.name)?.[1];
  if (!kind) return data;
  return permuteRope(
    data,
    kind === "attn_q" ? c.nHeads : c.nKvHeads,
    c.headDim,
    spec.shape.length === 2 ? spec.shape[1]! : 1,
    toHf,
  );
}

/**
 * Builds an engine model from a HF config.json object and the bytes of its safetensors shard(s).
 * F32, F16 and BF16 weights are read (converted to float32).
 */
export function modelFromHf(
  config: HfConfig,
  shards: readonly Uint8Array[],
  opts: { contextLength?: number } = {},
): Model {
  const c = configFromHf(config, opts.contextLength);
  const tensors = new Map<string, SafeTensor>();
  let bytes = 0;
  for (const s of shards) {
    bytes += s.length;
    for (const [k, v] of readSafetensors(s).tensors) tensors.set(k, v);
  }
  if (countParams(c) * 2 > bytes)
    throw new FormatError(
      "E_TRUNCATED",
      "the shards hold fewer weights than config.json describes; is a shard missing?",
    );
  const model = modelFromParams(c, new Float32Array(countParams(c)));
  for (const s of model.layout.specs) {
    const name = hfName(s.name);
    const t = tensors.get(name);
    if (!t)
      throw new FormatError(
        "E_MISMATCH",
        `checkpoint lacks ${name}${s.name === "output.weight" ? " (set tie_word_embeddings?)" : ""}`,
      );
    if (t.shape.length !== s.shape.length || t.shape.some((d, i) => d !== s.shape[i])) {
      throw new FormatError("E_MISMATCH", `${name} has shape [${t.shape}], config.json implies [${s.shape}]`);
    }
    model.params.set(hfToEngineLayout(s, tensorToF32(t), c), s.offset);
  }
  return model;
}
