// The HF import against the format's owner: tiny Qwen2 / Llama / Llama-3.2-style (llama3 rope scaling)
// checkpoints written by transformers 5.17 (save_pretrained, bf16 and f32) with transformers' own float32
// logits for 24 tokens (scripts/fixtures/hf-reference.py made test/formats/fixtures/hf-reference/). A misread
// layout, rope convention, bias, tie or scaling changes these logits; a checkpoint the project writes itself
// (hf.test.ts) could not show that.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeStep, forward, KvCache, type Model } from "../../src/engine/index.js";
import { configFromHf, modelFromGguf, modelFromHf, modelToGguf, type HfConfig } from "../../src/formats/index.js";
import { byteVocab } from "./fixtures.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "hf-reference");

interface Reference {
  ids: number[];
  logits: number[][];
  inv_freq: number[];
}

function load(name: string): { config: HfConfig; shard: Uint8Array; ref: Reference } {
  const dir = join(DIR, name);
  return {
    config: JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as HfConfig,
    shard: new Uint8Array(readFileSync(join(dir, "model.safetensors"))),
    ref: JSON.parse(readFileSync(join(dir, "reference.json"), "utf8")) as Reference,
  };
}

/** Largest |ours - transformers'| over every logit of every position. */
function maxDiff(model: Model, ref: Reference): number {
  const T = ref.ids.length;
  const V = model.config.vocabSize;
  const ours = forward(model, Int32Array.from(ref.ids), 1, T).logits;
  let m = 0;
  for (let t = 0; t < T; t++)
    for (let v = 0; v < V; v++) m = Math.max(m, Math.abs(ours[t * V + v]! - ref.logits[t]![v]!));
  return m;
}

/** The same config as transformers wrote it before v5 (and as Hub checkpoints carry it): rope keys at the top. */
function legacyShape(config: HfConfig): HfConfig {
  const { rope_parameters, ...rest } = config;
  const { rope_theta, ...scaling } = rope_parameters as Record<string, unknown>;
  return { ...rest, rope_theta: rope_theta as number, rope_scaling: scaling.rope_type === "default" ? null : scaling };
}

for (const name of ["qwen2-bf16", "llama-f32", "llama32-bf16"]) {
  test(`${name}: our logits equal transformers' (every position, every token)`, () => {
    const { config, shard, ref } = load(name);
    const model = modelFromHf(config, [shard]);
    // Logits reach about +-10 here; float32 sums in a different order differ around 1e-5.
    const d = maxDiff(model, ref);
    assert.ok(d < 2e-3, `${name}: max |logit diff| = ${d}`);
    assert.deepEqual(configFromHf(legacyShape(config)), model.config);
    // The KV-cache path (generation) agrees too: feed the tokens one at a time.
    const cache = KvCache.forModel(model, ref.ids.length);
    const V = model.config.vocabSize;
    ref.ids.forEach((token, pos) => {
      const row = decodeStep(model, [{ cache, token, pos, wantLogits: true }]);
      for (let v = 0; v < V; v++)
        assert.ok(Math.abs(row[v]! - ref.logits[pos]![v]!) < 2e-3, `${name}: step ${pos} token ${v}`);
    });
  });
}

test("llama3 rope scaling: the frequencies equal transformers', and GGUF carries them (rope_freqs.weight)", () => {
  const { config, shard, ref } = load("llama32-bf16");
  const model = modelFromHf(config, [shard]);
  const c = model.config;
  const factors = c.ropeFreqFactors;
  assert.ok(factors && factors.some((f) => f !== 1), "the fixture must scale some frequencies");
  factors.forEach((f, i) => {
    const ours = Math.pow(c.ropeBase, (-2 * i) / c.headDim) / f;
    assert.ok(Math.abs(ours - ref.inv_freq[i]!) <= 1e-6 * ref.inv_freq[i]!, `pair ${i}: ${ours} vs ${ref.inv_freq[i]}`);
  });
  // Without the scaling the logits are measurably different: the check above has teeth.
  assert.ok(
    maxDiff(
      modelFromHf(legacyShape({ ...config, rope_parameters: { rope_type: "default", rope_theta: c.ropeBase } }), [
        shard,
      ]),
      ref,
    ) > 1e-2,
  );
  const bytes = byteVocab(); // 259 entries; the fixture's vocabulary has 256
  const vocab = {
    ...bytes,
    tokens: bytes.tokens.slice(0, 256),
    scores: bytes.scores?.slice(0, 256),
    tokenTypes: bytes.tokenTypes?.slice(0, 256),
  };
  const back = modelFromGguf(modelToGguf(model, { vocab })).model;
  assert.deepEqual(back.config.ropeFreqFactors?.map(Math.fround), factors.map(Math.fround));
  assert.ok(maxDiff(back, ref) < 2e-3);
});

test("unsupported rope types and sliding windows are refused with a clear error", () => {
  const { config } = load("llama-f32");
  assert.throws(
    () => configFromHf({ ...config, rope_parameters: { rope_type: "yarn", rope_theta: 10000, factor: 4 } }),
    { code: "E_UNSUPPORTED" },
  );
  assert.throws(() => configFromHf({ ...legacyShape(config), rope_scaling: { type: "linear", factor: 2 } }), {
    code: "E_UNSUPPORTED",
  });
  assert.throws(
    () => configFromHf({ ...config, rope_parameters: { rope_type: "llama3", rope_theta: 10000, factor: 8 } }),
    { code: "E_CORRUPT" },
  );
  assert.throws(() => configFromHf({ ...config, model_type: "qwen2", use_sliding_window: true }), {
    code: "E_UNSUPPORTED",
  });
});
