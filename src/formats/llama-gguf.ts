/**
 * Our models and adapters as llama.cpp GGUF files (architecture "llama").
 * - Base model: llama.* hyper-parameters, tokenizer.ggml.* vocabulary, tensors under GGUF's llama names
 *   (the engine already uses them). A row-major (out, in) weight is written with ne = [in, out].
 * - LoRA adapter: general.type = "adapter", adapter.type = "lora", adapter.lora.alpha, and tensors
 *   "blk.N.<linear>.weight.lora_a" ne = [in, r], ".lora_b" ne = [r, out] (llama.cpp's llama-adapter.cpp);
 *   llama.cpp applies scale = alpha / r, as the engine does.
 * qwen2 checkpoints are written as "llama" too: the only difference llama.cpp makes for qwen2 is the
 * NeoX RoPE layout, and the engine uses the adjacent-pair (llama) layout throughout.
 */
import {
  countParams,
  EngineError,
  loraFromBuffer,
  loraLayout,
  modelFromParams,
  resolveConfig,
  LORA_TARGETS,
  type Lora,
  type LoraConfig,
  type LoraTarget,
  type Model,
  type ModelConfig,
} from "../engine/index.js";
import { FormatError } from "./errors.js";
import {
  gg,
  ggufTensorF32,
  metaNumber,
  metaString,
  readGguf,
  writeGguf,
  GgufType,
  type GgufFile,
  type GgufValue,
  type GgufTensorToWrite,
} from "./gguf.js";

/** Token types of tokenizer.ggml.token_type (llama.cpp's llama_token_type). */
export const TOKEN_TYPE = { normal: 1, unknown: 2, control: 3, userDefined: 4, unused: 5, byte: 6 } as const;

/** A vocabulary as GGUF stores it: "llama" = SentencePiece-style (scores, byte fallback), "gpt2" = byte-level BPE. */
export interface GgufVocab {
  model: "llama" | "gpt2";
  tokens: string[];
  scores?: number[];
  tokenTypes?: number[];
  /** BPE merges ("a b"), gpt2 only. */
  merges?: string[];
  /** Pre-tokenizer name for gpt2 vocabularies (e.g. "default"). */
  pre?: string;
  bosId?: number;
  eosId?: number;
  unkId?: number;
  padId?: number;
  addBos?: boolean;
  addEos?: boolean;
}

export interface ModelGgufOptions {
  name?: string;
  vocab: GgufVocab;
}

function reversedDims(shape: number[]): number[] {
  return [...shape].reverse();
}

function vocabMetadata(v: GgufVocab, vocabSize: number): Array<[string, GgufValue]> {
  if (v.tokens.length !== vocabSize) {
    throw new FormatError(
      "E_MISMATCH",
      `vocabulary has ${v.tokens.length} tokens, the model has vocabSize ${vocabSize}`,
    );
  }
  const m: Array<[string, GgufValue]> = [["tokenizer.ggml.model", gg.str(v.model)]];
  if (v.pre) m.push(["tokenizer.ggml.pre", gg.str(v.pre)]);
  m.push(["tokenizer.ggml.tokens", gg.strs(v.tokens)]);
  if (v.scores) m.push(["tokenizer.ggml.scores", gg.f32s(v.scores)]);
  if (v.tokenTypes) m.push(["tokenizer.ggml.token_type", gg.i32s(v.tokenTypes)]);
  if (v.merges) m.push(["tokenizer.ggml.merges", gg.strs(v.merges)]);
  if (v.bosId !== undefined) m.push(["tokenizer.ggml.bos_token_id", gg.u32(v.bosId)]);
  if (v.eosId !== undefined) m.push(["tokenizer.ggml.eos_token_id", gg.u32(v.eosId)]);
  if (v.unkId !== undefined) m.push(["tokenizer.ggml.unknown_token_id", gg.u32(v.unkId)]);
  if (v.padId !== undefined) m.push(["tokenizer.ggml.padding_token_id", gg.u32(v.padId)]);
  if (v.addBos !== undefined) m.push(["tokenizer.ggml.add_bos_token", gg.bool(v.addBos)]);
  if (v.addEos !== undefined) m.push(["tokenizer.ggml.add_eos_token", gg.bool(v.addEos)]);
  return m;
}

/** llama.cpp's name for the RoPE frequency divisors (ModelConfig.ropeFreqFactors). */
const ROPE_FREQS = "rope_freqs.weight";

/** Serialises a model (F32 weights) with its vocabulary as a llama-architecture GGUF file. */
export function modelToGguf(model: Model, o: ModelGgufOptions): Uint8Array {
  const c = model.config;
  const meta: Array<[string, GgufValue]> = [
    ["general.architecture", gg.str("llama")],
    ["general.type", gg.str("model")],
    ["general.name", gg.str(o.name ?? "namewright")],
    ["general.alignment", gg.u32(32)],
    ["general.file_type", gg.u32(0)], // all F32
    ["llama.vocab_size", gg.u32(c.vocabSize)],
    ["llama.context_length", gg.u32(c.contextLength)],
    ["llama.embedding_length", gg.u32(c.dim)],
    ["llama.block_count", gg.u32(c.nLayers)],
    ["llama.feed_forward_length", gg.u32(c.ffnDim)],
    ["llama.attention.head_count", gg.u32(c.nHeads)],
    ["llama.attention.head_count_kv", gg.u32(c.nKvHeads)],
    ["llama.attention.key_length", gg.u32(c.headDim)],
    ["llama.attention.value_length", gg.u32(c.headDim)],
    ["llama.rope.dimension_count", gg.u32(c.headDim)],
    ["llama.rope.freq_base", gg.f32(c.ropeBase)],
    ["llama.attention.layer_norm_rms_epsilon", gg.f32(c.normEps)],
    ...vocabMetadata(o.vocab, c.vocabSize),
  ];
  const tensors: GgufTensorToWrite[] = model.layout.specs.map((s) => ({
    name: s.name,
    dims: reversedDims(s.shape),
    data: model.params.subarray(s.offset, s.offset + s.size),
  }));
  // llama.cpp keeps Llama-3.x's rope scaling as this tensor of per-pair frequency divisors.
  if (c.ropeFreqFactors)
    tensors.push({ name: ROPE_FREQS, dims: [c.ropeFreqFactors.length], data: Float32Array.from(c.ropeFreqFactors) });
  return writeGguf(meta, tensors);
}

/** Reads tokenizer.ggml.* back (for round trips and for tokenizers built on top). */
export function vocabFromGguf(f: GgufFile): GgufVocab | null {
  const tok = f.metadata.get("tokenizer.ggml.tokens");
  if (!tok) return null;
  const model = metaString(f, "tokenizer.ggml.model");
  if (model !== "llama" && model !== "gpt2")
    throw new FormatError("E_UNSUPPORTED", `gguf: tokenizer model "${model}" is not supported (llama, gpt2)`);
  const arr = (key: string): Array<number | string> | undefined => {
    const v = f.metadata.get(key);
    if (!v) return undefined;
    if (v.type !== GgufType.ARRAY) throw new FormatError("E_CORRUPT", `gguf: ${key} is not an array`);
    return v.value as Array<number | string>;
  };
  const opt = (key: string): number | undefined => (f.metadata.has(key) ? metaNumber(f, key) : undefined);
  const optBool = (key: string): boolean | undefined => {
    const v = f.metadata.get(key);
    return v && typeof v.value === "boolean" ? v.value : undefined;
  };
  const tokens = arr("tokenizer.ggml.tokens")!;
  if (!tokens.every((t) => typeof t === "string"))
    throw new FormatError("E_CORRUPT", "gguf: tokenizer.ggml.tokens must be strings");
  return {
    model,
    tokens: tokens as string[],
    scores: arr("tokenizer.ggml.scores") as number[] | undefined,
    tokenTypes: arr("tokenizer.ggml.token_type") as number[] | undefined,
    merges: arr("tokenizer.ggml.merges") as string[] | undefined,
    pre: f.metadata.has("tokenizer.ggml.pre") ? metaString(f, "tokenizer.ggml.pre") : undefined,
    bosId: opt("tokenizer.ggml.bos_token_id"),
    eosId: opt("tokenizer.ggml.eos_token_id"),
    unkId: opt("tokenizer.ggml.unknown_token_id"),
    padId: opt("tokenizer.ggml.padding_token_id"),
    addBos: optBool("tokenizer.ggml.add_bos_token"),
    addEos: optBool("tokenizer.ggml.add_eos_token"),
  };
}

/** A float32 hyper-parameter as the short decimal it was written from (1e-5, not 9.99999974e-6). */
function f32Decimal(x: number): number {
  return Number.parseFloat(Math.fround(x).toPrecision(7));
}

function checkDims(f: GgufFile, name: string, shape: number[]): void {
  const t = f.tensors.get(name);
  if (!t) throw new FormatError("E_MISMATCH", `gguf: tensor "${name}" is missing`);
  const want = reversedDims(shape);
  if (t.dims.length !== want.length || t.dims.some((d, i) => d !== want[i])) {
    throw new FormatError("E_MISMATCH", `gguf: tensor "${name}" has ne [${t.dims}], the config needs [${want}]`);
  }
}

/** Reads a llama-architecture GGUF model (F32/F16/BF16 tensors) into an engine Model. */
export function modelFromGguf(bytes: Uint8Array): { model: Model; vocab: GgufVocab | null; name: string } {
  const f = readGguf(bytes);
  const arch = metaString(f, "general.architecture");
  if (arch !== "llama")
    throw new FormatError("E_UNSUPPORTED", `gguf: architecture "${arch}" is not supported; the engine reads "llama"`);
  const type = metaString(f, "general.type", "model");
  if (type !== "model")
    throw new FormatError("E_MISMATCH", `gguf: general.type is "${type}"; load adapters with loraFromGguf`);
  const emb = f.tensors.get("token_embd.weight");
  if (!emb || emb.dims.length !== 2)
    throw new FormatError("E_MISMATCH", "gguf: token_embd.weight is missing or not 2-D");
  const nHeads = metaNumber(f, "llama.attention.head_count");
  const dim = metaNumber(f, "llama.embedding_length");
  const config: ModelConfig = {
    vocabSize: emb.dims[1]!,
    dim,
    nLayers: metaNumber(f, "llama.block_count"),
    nHeads,
    nKvHeads: metaNumber(f, "llama.attention.head_count_kv", nHeads),
    headDim: metaNumber(f, "llama.attention.key_length", metaNumber(f, "llama.rope.dimension_count", dim / nHeads)),
    ffnDim: metaNumber(f, "llama.feed_forward_length"),
    contextLength: metaNumber(f, "llama.context_length"),
    ropeBase: f32Decimal(metaNumber(f, "llama.rope.freq_base", 10000)),
    normEps: f32Decimal(metaNumber(f, "llama.attention.layer_norm_rms_epsilon", 1e-5)),
    qkvBias: f.tensors.has("blk.0.attn_q.bias"),
    tiedEmbeddings: !f.tensors.has("output.weight"),
    ropeFreqFactors: f.tensors.has(ROPE_FREQS) ? Array.from(ggufTensorF32(f, ROPE_FREQS)) : null,
  };
  let resolved: Required<ModelConfig>;
  try {
    resolved = resolveConfig(config);
  } catch (e) {
    throw new FormatError("E_CORRUPT", `gguf: hyper-parameters do not describe a valid model: ${(e as Error).message}`);
  }
  if (countParams(resolved) * 2 > bytes.length)
    throw new FormatError("E_TRUNCATED", "gguf: the hyper-parameters need more weights than the file holds");
  const model = modelFromParams(resolved, new Float32Array(countParams(resolved)));
  for (const s of model.layout.specs) {
    checkDims(f, s.name, s.shape);
    model.params.set(ggufTensorF32(f, s.name), s.offset);
  }
  return { model, vocab: vocabFromGguf(f), name: metaString(f, "general.name", "") };
}

/** Serialises a LoRA adapter as a llama.cpp GGUF LoRA adapter. */
export function loraToGguf(lora: Lora, o: { name?: string } = {}): Uint8Array {
  const meta: Array<[string, GgufValue]> = [
    ["general.architecture", gg.str("llama")],
    ["general.type", gg.str("adapter")],
    ["general.name", gg.str(o.name ?? "namewright-lora")],
    ["general.alignment", gg.u32(32)],
    ["adapter.type", gg.str("lora")],
    ["adapter.lora.alpha", gg.f32(lora.config.alpha)],
  ];
  const tensors = lora.layout.specs.map((s) => ({
    name: s.name,
    dims: reversedDims(s.shape),
    data: lora.params.subarray(s.offset, s.offset + s.size),
  }));
  return writeGguf(meta, tensors);
}

/** Reads a GGUF LoRA adapter for a model with the given config; rank and targets come from the tensors. */
export function loraFromGguf(bytes: Uint8Array, config: ModelConfig, dropout = 0): Lora {
  const f = readGguf(bytes);
  if (metaString(f, "general.type", "") !== "adapter" || metaString(f, "adapter.type", "") !== "lora") {
    throw new FormatError(
      "E_MISMATCH",
      'gguf: not a LoRA adapter (general.type must be "adapter", adapter.type "lora")',
    );
  }
  const arch = metaString(f, "general.architecture");
  if (arch !== "llama") throw new FormatError("E_UNSUPPORTED", `gguf: adapter architecture "${arch}" is not supported`);
  const targets: LoraTarget[] = LORA_TARGETS.filter((t) => f.tensors.has(`blk.0.${t}.weight.lora_a`));
  const first = targets[0] ? f.tensors.get(`blk.0.${targets[0]}.weight.lora_a`) : undefined;
  if (!first) throw new FormatError("E_MISMATCH", "gguf: adapter has no lora_a tensor for layer 0");
  const rank = first.dims[1] ?? 0;
  const alpha = metaNumber(f, "adapter.lora.alpha", rank);
  const lc: LoraConfig = { rank, alpha, dropout, targets };
  let layout;
  try {
    layout = loraLayout(config, lc);
  } catch (e) {
    throw new FormatError("E_CORRUPT", `gguf: adapter does not fit the model: ${(e as Error).message}`);
  }
  if (layout.total * 2 > bytes.length)
    throw new FormatError("E_TRUNCATED", "gguf: the adapter needs more weights than the file holds");
  const expected = new Set(layout.specs.map((s) => s.name));
  for (const name of f.tensors.keys())
    if (!expected.has(name))
      throw new FormatError(
        "E_MISMATCH",
        `gguf: adapter tensor "${name}" does not match the model or has an inconsistent target set`,
      );
  const params = new Float32Array(layout.total);
  for (const s of layout.specs) {
    checkDims(f, s.name, s.shape);
    params.set(ggufTensorF32(f, s.name), s.offset);
  }
  try {
    return loraFromBuffer(config, lc, params);
  } catch (e) {
    if (e instanceof EngineError) throw new FormatError("E_CORRUPT", `gguf: ${e.message}`);
    throw e;
  }
}
