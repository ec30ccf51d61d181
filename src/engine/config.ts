/**
 * One config type for the whole llama/qwen2 family: our own model, Llama-3.2, SmolLM2, Qwen2.5.
 */
import { EngineError } from "./errors.js";

export interface ModelConfig {
  /** Vocabulary size V. */
  vocabSize: number;
  /** Residual width C (llama: embedding_length). */
  dim: number;
  /** Number of transformer blocks L. */
  nLayers: number;
  /** Query heads. */
  nHeads: number;
  /** Key/value heads (grouped-query attention); nHeads must be a multiple. */
  nKvHeads: number;
  /** Per-head width; defaults to dim / nHeads. */
  headDim?: number;
  /** SwiGLU hidden width F (llama: feed_forward_length). */
  ffnDim: number;
  /** Longest sequence the model is used with (RoPE has no table limit, this bounds KV caches). */
  contextLength: number;
  /** RoPE base theta (llama 10000, llama-3 500000, qwen2 1000000). */
  ropeBase: number;
  /**
   * Per-pair RoPE frequency divisors (headDim/2 of them) or null: pair i turns at base^(-2i/hd) / f_i per
   * position. Llama-3.x's "llama3" scaling stretches the low frequencies this way (f_i = its factor there,
   * 1 for the high ones); llama.cpp stores the same numbers as the rope_freqs.weight tensor.
   */
  ropeFreqFactors?: readonly number[] | null;
  /** RMSNorm epsilon. */
  normEps: number;
  /** Bias on q, k, v projections (qwen2). */
  qkvBias: boolean;
  /** LM head shares the token embedding matrix. */
  tiedEmbeddings: boolean;
}

/** Fills defaults and checks the config can describe a real model; throws EngineError("E_CONFIG"). */
export function resolveConfig(c: ModelConfig): Required<ModelConfig> {
  const headDim = c.headDim ?? c.dim / c.nHeads;
  const ints: Array<[string, number]> = [
    ["vocabSize", c.vocabSize],
    ["dim", c.dim],
    ["nLayers", c.nLayers],
    ["nHeads", c.nHeads],
    ["nKvHeads", c.nKvHeads],
    ["headDim", headDim],
    ["ffnDim", c.ffnDim],
    ["contextLength", c.contextLength],
  ];
  for (const [name, v] of ints) {
    if (!Number.isInteger(v) || v <= 0 || v > 1 << 24) {
      throw new EngineError("E_CONFIG", `config.${name} must be a positive integer below 2^24, got ${v}`);
    }
  }
  if (c.nHeads % c.nKvHeads !== 0) {
    throw new EngineError("E_CONFIG", `config.nHeads (${c.nHeads}) must be a multiple of nKvHeads (${c.nKvHeads})`);
  }
  if (headDim % 2 !== 0) throw new EngineError("E_CONFIG", `headDim must be even for RoPE, got ${headDim}`);
  if (!(c.ropeBase > 1)) throw new EngineError("E_CONFIG", `config.ropeBase must be > 1, got ${c.ropeBase}`);
  if (!(c.normEps > 0 && c.normEps < 1))
    throw new EngineError("E_CONFIG", `config.normEps must be in (0,1), got ${c.normEps}`);
  const factors = c.ropeFreqFactors ?? null;
  if (factors !== null && (factors.length !== headDim / 2 || !factors.every((f) => Number.isFinite(f) && f > 0))) {
    throw new EngineError(
      "E_CONFIG",
      `config.ropeFreqFactors must be ${headDim / 2} positive numbers (one per RoPE pair)`,
    );
  }
  return { ...c, headDim, ropeFreqFactors: factors };
}

/** Parameter count of a config (equals the length of the flat parameter buffer). */
export function countParams(c: ModelConfig): number {
  const r = resolveConfig(c);
  const qDim = r.nHeads * r.headDim;
  const kvDim = r.nKvHeads * r.headDim;
  const perLayer =
    2 * r.dim +
    qDim * r.dim +
    2 * kvDim * r.dim +
    r.dim * qDim +
    3 * r.ffnDim * r.dim +
    (r.qkvBias ? qDim + 2 * kvDim : 0);
  return r.vocabSize * r.dim * (r.tiedEmbeddings ? 1 : 2) + r.nLayers * perLayer + r.dim;
}
