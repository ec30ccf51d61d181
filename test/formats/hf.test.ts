// Import of HF llama/qwen2 checkpoints: a checkpoint written in HF's layout (rotate-half q/k rows,
// HF names) loads back into exactly our model, and a HF-style rotate-half RoPE on the original rows
// gives the same attention scores as ours on the permuted rows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { forward, Rng } from "../../src/engine/index.js";
import {
  configFromHf,
  hfName,
  hfToEngineLayout,
  modelFromHf,
  permuteRope,
  writeSafetensors,
  FormatError,
  type HfConfig,
} from "../../src/formats/index.js";
import { randomModel } from "./fixtures.js";

const hfConfig: HfConfig = {
  model_type: "qwen2",
  vocab_size: 259,
  hidden_size: 32,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  intermediate_size: 48,
  max_position_embeddings: 64,
  rope_theta: 10000,
  rms_norm_eps: 1e-5,
  tie_word_embeddings: false,
  hidden_act: "silu",
};

test("a checkpoint in HF layout (two shards) imports to the same model", () => {
  const c = configFromHf(hfConfig);
  const model = randomModel(c, 3);
  const tensors = model.layout.specs.map((s) => {
    const data = hfToEngineLayout(s, model.params.subarray(s.offset, s.offset + s.size), c, true);
    return { name: hfName(s.name), shape: s.shape, data };
  });
  const half = Math.floor(tensors.length / 2);
  const back = modelFromHf(hfConfig, [writeSafetensors(tensors.slice(0, half)), writeSafetensors(tensors.slice(half))]);
  assert.deepEqual(back.params, model.params);
  assert.equal(back.config.qkvBias, true);
  assert.throws(() => modelFromHf(hfConfig, [writeSafetensors(tensors.slice(0, half))]), FormatError);
  assert.throws(
    () => configFromHf({ ...hfConfig, model_type: "llama", rope_scaling: { rope_type: "dynamic", factor: 2 } }),
    { code: "E_UNSUPPORTED" },
  );
  assert.throws(() => configFromHf({ ...hfConfig, model_type: "gpt2" }), { code: "E_UNSUPPORTED" });
  const t = Int32Array.from([1, 5, 9]);
  assert.deepEqual(forward(back, t, 1, 3).logits, forward(model, t, 1, 3).logits);
});

test("rotate-half RoPE on HF rows equals adjacent-pair RoPE on permuted rows (same q.k)", () => {
  const hd = 8,
    half = 4,
    base = 10000;
  const rng = new Rng(1);
  const q = Float32Array.from({ length: hd }, () => rng.normal());
  const k = Float32Array.from({ length: hd }, () => rng.normal());
  const freq = (i: number): number => Math.pow(base, (-2 * i) / hd);
  const rotHalf = (x: Float32Array, p: number): Float64Array => {
    const o = new Float64Array(hd);
    for (let i = 0; i < half; i++) {
      const c = Math.cos(p * freq(i)),
        s = Math.sin(p * freq(i));
      o[i] = x[i]! * c - x[i + half]! * s;
      o[i + half] = x[i + half]! * c + x[i]! * s;
    }
    return o;
  };
  const adjacent = (x: Float32Array, p: number): Float64Array => {
    const o = new Float64Array(hd);
    for (let i = 0; i < half; i++) {
      const c = Math.cos(p * freq(i)),
        s = Math.sin(p * freq(i));
      o[2 * i] = x[2 * i]! * c - x[2 * i + 1]! * s;
      o[2 * i + 1] = x[2 * i]! * s + x[2 * i + 1]! * c;
    }
    return o;
  };
  const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, x, i) => s + x * b[i]!, 0);
  const hfScore = dot(rotHalf(q, 5), rotHalf(k, 2));
  const ourScore = dot(adjacent(permuteRope(q, 1, hd, 1), 5), adjacent(permuteRope(k, 1, hd, 1), 2));
  assert.ok(Math.abs(hfScore - ourScore) < 1e-9);
});
