// Test fixtures: a tiny random model and a minimal SentencePiece-style byte vocabulary
// (<unk>, <s>, </s>, then one byte-fallback token per byte), enough for llama.cpp to load the model.
import { createModel, Rng, type Model, type ModelConfig } from "../../src/engine/index.js";
import { TOKEN_TYPE, type GgufVocab } from "../../src/formats/index.js";

export function byteVocab(): GgufVocab {
  const tokens = ["<unk>", "<s>", "</s>"];
  const types: number[] = [TOKEN_TYPE.unknown, TOKEN_TYPE.control, TOKEN_TYPE.control];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TOKEN_TYPE.byte);
  }
  return {
    model: "llama",
    tokens,
    scores: tokens.map(() => 0),
    tokenTypes: types,
    unkId: 0,
    bosId: 1,
    eosId: 2,
    addBos: false,
    addEos: false,
  };
}

export const tinyConfig: ModelConfig = {
  vocabSize: 259,
  dim: 32,
  nLayers: 2,
  nHeads: 4,
  nKvHeads: 2,
  ffnDim: 48,
  contextLength: 64,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: true,
  tiedEmbeddings: false,
};

/** A random model with weights large enough that its output distribution is far from uniform. */
export function randomModel(config: ModelConfig = tinyConfig, seed = 1, std = 0.15): Model {
  const m = createModel(config, seed);
  const rng = new Rng(seed + 1000);
  for (const s of m.layout.specs) {
    const v = m.params.subarray(s.offset, s.offset + s.size);
    if (s.name.endsWith("norm.weight")) for (let i = 0; i < v.length; i++) v[i] = 1 + 0.2 * rng.normal();
    else for (let i = 0; i < v.length; i++) v[i] = std * rng.normal();
  }
  return m;
}
