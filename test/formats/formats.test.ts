// Round trips of every format and resume-from-checkpoint equivalence.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  attachLora,
  createLora,
  createTrainer,
  forward,
  padBatch,
  Rng,
  trainStep,
  type Model,
} from "../../src/engine/index.js";
import {
  loadCheckpoint,
  loadLoraSafetensors,
  loadModelSafetensors,
  loraFromGguf,
  loraToGguf,
  modelFromGguf,
  modelToGguf,
  readGguf,
  readSafetensors,
  saveCheckpoint,
  saveLoraSafetensors,
  saveModelSafetensors,
  tensorToF32,
  writeSafetensors,
  FormatError,
} from "../../src/formats/index.js";
import { byteVocab, randomModel, tinyConfig } from "./fixtures.js";

const tokens = Int32Array.from([1, 72, 101, 108, 108, 111]);

function logits(m: Model): Float32Array {
  return Float32Array.from(forward(m, tokens, 1, tokens.length).logits);
}

test("safetensors model round trip is exact", () => {
  const m = randomModel();
  const back = loadModelSafetensors(saveModelSafetensors(m));
  assert.deepEqual(back.config, m.config);
  assert.deepEqual(back.params, m.params);
});

test("safetensors reads F16 and BF16 tensors", () => {
  // 1.5 = 0x3E00 in F16, 0x3FC0 in BF16; -2 = 0xC000 in both
  const bytes = writeSafetensors([{ name: "x", shape: [1], data: new Float32Array([0]) }]);
  const f = readSafetensors(bytes);
  const t = f.tensors.get("x")!;
  assert.deepEqual(
    [...tensorToF32({ ...t, dtype: "F16", shape: [2], bytes: Uint8Array.from([0x00, 0x3e, 0x00, 0xc0]) })],
    [1.5, -2],
  );
  assert.deepEqual(
    [...tensorToF32({ ...t, dtype: "BF16", shape: [2], bytes: Uint8Array.from([0xc0, 0x3f, 0x00, 0xc0]) })],
    [1.5, -2],
  );
});

test("GGUF model round trip keeps weights, config and vocabulary", () => {
  for (const variant of [{}, { qkvBias: false, tiedEmbeddings: true, nKvHeads: 4 }]) {
    const m = randomModel({ ...tinyConfig, ...variant });
    const vocab = byteVocab();
    const { model, vocab: v2, name } = modelFromGguf(modelToGguf(m, { vocab, name: "tiny" }));
    assert.equal(name, "tiny");
    assert.deepEqual(model.config, m.config);
    assert.deepEqual(model.params, m.params);
    assert.deepEqual(v2!.tokens, vocab.tokens);
    assert.deepEqual(v2!.tokenTypes, vocab.tokenTypes);
    assert.equal(v2!.eosId, 2);
    const f = readGguf(modelToGguf(m, { vocab }));
    assert.deepEqual(f.tensors.get("blk.0.attn_q.weight")!.dims, [32, 32]);
    assert.deepEqual(f.tensors.get("blk.0.ffn_down.weight")!.dims, [48, 32]);
  }
});

test("LoRA adapters round trip alone through safetensors and GGUF (general.type = adapter)", () => {
  const m = randomModel();
  const lora = createLora(
    tinyConfig,
    { rank: 4, alpha: 8, dropout: 0, targets: ["attn_q", "attn_v", "ffn_up"] },
    new Rng(1),
  );
  const rng = new Rng(2);
  for (let i = 0; i < lora.params.length; i++) lora.params[i] = rng.normal() * 0.1;
  const st = loadLoraSafetensors(saveLoraSafetensors(lora), tinyConfig);
  assert.deepEqual(st.params, lora.params);
  assert.deepEqual(st.config, lora.config);
  const bytes = loraToGguf(lora);
  const f = readGguf(bytes);
  assert.equal(f.metadata.get("general.type")!.value, "adapter");
  assert.deepEqual(f.tensors.get("blk.1.attn_q.weight.lora_a")!.dims, [32, 4]);
  assert.deepEqual(f.tensors.get("blk.1.attn_q.weight.lora_b")!.dims, [4, 32]);
  const g = loraFromGguf(bytes, tinyConfig);
  assert.deepEqual(g.params, lora.params);
  assert.deepEqual(g.config.targets, ["attn_q", "attn_v", "ffn_up"]);
  attachLora(m, g);
  assert.ok(logits(m).some((x, i) => x !== logits({ ...m, lora: null })[i]));
  assert.throws(() => loraFromGguf(bytes, { ...tinyConfig, dim: 64, nHeads: 8 }), FormatError);
  assert.throws(() => modelFromGguf(bytes), { code: "E_MISMATCH" });
});

for (const lora of [false, true]) {
  test(`resume from a checkpoint continues exactly like an uninterrupted run (${lora ? "LoRA" : "full"})`, () => {
    const schedule = { lr: 5e-3, minLr: 5e-4, warmupSteps: 2, totalSteps: 8 };
    const rng = new Rng(3);
    const batches = Array.from({ length: 4 }, () =>
      padBatch(
        [Array.from({ length: 9 }, () => rng.below(259)), Array.from({ length: 6 }, () => rng.below(259))],
        0,
        [3, 2],
      ),
    );
    const make = (): Model => {
      const m = randomModel(tinyConfig, 4);
      if (lora)
        attachLora(
          m,
          createLora(tinyConfig, { rank: 2, alpha: 4, dropout: 0.1, targets: ["attn_q", "attn_output"] }, new Rng(5)),
        );
      return m;
    };
    const straight = createTrainer(make(), { schedule, seed: 9 });
    for (const b of batches) trainStep(straight, [b]);
    const first = createTrainer(make(), { schedule, seed: 9 });
    trainStep(first, [batches[0]!]);
    trainStep(first, [batches[1]!]);
    const bytes = saveCheckpoint(first);
    const resumed = loadCheckpoint(bytes, lora ? randomModel(tinyConfig, 4) : undefined);
    assert.equal(resumed.opt.step, 2);
    trainStep(resumed, [batches[2]!]);
    trainStep(resumed, [batches[3]!]);
    assert.deepEqual(resumed.trainable, straight.trainable);
    assert.deepEqual(resumed.opt.m, straight.opt.m);
    if (lora) assert.throws(() => loadCheckpoint(bytes), { code: "E_MISMATCH" });
  });
}

test("loading a full model checkpoint needs nothing else; a plain model file is not a checkpoint", () => {
  const m = randomModel();
  assert.throws(() => loadCheckpoint(saveModelSafetensors(m)), { code: "E_MISMATCH" });
});

test("a byte-level BPE (gpt2) vocabulary with merges round-trips through GGUF", () => {
  const m = randomModel({ ...tinyConfig, vocabSize: 6 });
  const vocab = {
    model: "gpt2" as const,
    pre: "default",
    tokens: ["a", "b", "ab", "Ġ", "Ġa", "<|end|>"],
    tokenTypes: [1, 1, 1, 1, 1, 3],
    merges: ["a b", "Ġ a"],
    eosId: 5,
    addBos: false,
  };
  const { vocab: v } = modelFromGguf(modelToGguf(m, { vocab }));
  assert.deepEqual(v!.merges, vocab.merges);
  assert.equal(v!.pre, "default");
  assert.equal(v!.model, "gpt2");
  assert.equal(v!.addBos, false);
  assert.throws(() => modelToGguf(m, { vocab: { ...vocab, tokens: ["a"] } }), { code: "E_MISMATCH" });
});
