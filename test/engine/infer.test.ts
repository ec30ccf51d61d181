// Inference: the KV-cache path agrees with the training forward pass; batching, masks and sampling behave.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createModel, forward, attachLora } from "../../src/engine/model.js";
import { decodeStep, KvCache } from "../../src/engine/infer.js";
import { generate, logProbs } from "../../src/engine/generate.js";
import { createLora } from "../../src/engine/lora.js";
import { sampleToken, applyRepetitionPenalty } from "../../src/engine/sampling.js";
import { Rng } from "../../src/core/random.js";
import type { ModelConfig } from "../../src/engine/config.js";
import { loadNative, setBackend } from "../../src/engine/kernels/index.js";

const cfg: ModelConfig = {
  vocabSize: 23,
  dim: 16,
  nLayers: 2,
  nHeads: 4,
  nKvHeads: 1,
  ffnDim: 24,
  contextLength: 32,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: true,
  tiedEmbeddings: true,
};

function bigModel(seed: number): ReturnType<typeof createModel> {
  const m = createModel(cfg, seed);
  const rng = new Rng(seed + 100);
  for (let i = 0; i < m.params.length; i++) m.params[i] += rng.normal() * 0.2;
  return m;
}

for (const backend of loadNative() ? (["portable", "native"] as const) : (["portable"] as const)) {
  test(`prefill + one-token decode steps give the same logits as the full forward pass [${backend}]`, () => {
    setBackend(backend);
    const model = bigModel(1);
    const seq = [3, 1, 4, 1, 5, 9, 2, 6];
    const full = forward(model, Int32Array.from(seq), 1, seq.length).logits;
    const cache = KvCache.forModel(model, 16);
    const V = cfg.vocabSize;
    const pre = decodeStep(
      model,
      seq.slice(0, 3).map((t, pos) => ({ cache, token: t, pos, wantLogits: true })),
    );
    for (let i = 0; i < 3 * V; i++) assert.ok(Math.abs(pre[i]! - full[i]!) < 1e-4);
    for (let p = 3; p < seq.length; p++) {
      const l = decodeStep(model, [{ cache, token: seq[p]!, pos: p, wantLogits: true }]);
      for (let j = 0; j < V; j++) assert.ok(Math.abs(l[j]! - full[p * V + j]!) < 1e-4, `pos ${p}`);
    }
    setBackend("native");
  });
}

test("greedy batched generation equals one-at-a-time greedy argmax over the full forward", () => {
  const model = bigModel(2);
  const prompts = [[1, 2, 3], [4, 5], [1, 2, 3], [7]];
  const out = generate(model, { prompts, maxTokens: 6, sampling: { temperature: 0 } });
  for (let s = 0; s < prompts.length; s++) {
    const seq = [...prompts[s]!];
    for (let k = 0; k < 6; k++) {
      const logits = forward(model, Int32Array.from(seq), 1, seq.length).logits;
      const row = logits.subarray((seq.length - 1) * cfg.vocabSize, seq.length * cfg.vocabSize);
      seq.push(row.indexOf(Math.max(...row)));
    }
    assert.deepEqual(out.tokens[s], seq.slice(prompts[s]!.length));
  }
});

test("the mask hook constrains every sampled token; an all-forbidden mask ends the sequence", () => {
  const model = bigModel(3);
  const allowed = new Set([2, 5, 7, 11]);
  const out = generate(model, {
    prompts: [[1], [1], [2, 3]],
    maxTokens: 10,
    seed: 4,
    sampling: { temperature: 1.5 },
    mask: (ctx, l) => {
      for (let i = 0; i < l.length; i++)
        if (!allowed.has(i) || (ctx.sequence === 2 && ctx.generated.length >= 3)) l[i] = -Infinity;
    },
  });
  for (const seq of out.tokens) for (const t of seq) assert.ok(allowed.has(t));
  assert.equal(out.tokens[2]!.length, 3);
  assert.equal(out.finishReason[2], "masked");
  assert.equal(out.tokens[0]!.length, 10);
});

test("stop tokens end a sequence and sampling is deterministic per seed", () => {
  const model = bigModel(4);
  const run = (seed: number): number[][] =>
    generate(model, {
      prompts: [[1], [2], [3]],
      maxTokens: 12,
      seed,
      sampling: { temperature: 1, topK: 8, topP: 0.9 },
      stopTokens: [0],
    }).tokens;
  assert.deepEqual(run(5), run(5));
  assert.notDeepEqual(run(5), run(6));
  for (const s of run(5)) assert.ok(!s.includes(0));
});

test("top-k and top-p restrict the candidates; repetition penalty lowers seen tokens", () => {
  const logits = Float32Array.from([5, 4, 3, 0, -1]);
  const rng = new Rng(1);
  const seen = new Set<number>();
  for (let i = 0; i < 300; i++) seen.add(sampleToken(Float32Array.from(logits), { topK: 2 }, rng));
  assert.deepEqual([...seen].sort(), [0, 1]);
  seen.clear();
  // p(0) = 0.66 < 0.7 -> {0, 1}
  for (let i = 0; i < 300; i++) seen.add(sampleToken(Float32Array.from(logits), { topP: 0.7 }, rng));
  assert.deepEqual([...seen].sort(), [0, 1]);
  const l = Float32Array.from([2, -2, 1]);
  applyRepetitionPenalty(l, [0, 1], 2);
  assert.deepEqual([...l], [1, -4, 1]);
  assert.equal(sampleToken(Float32Array.from([-Infinity, -Infinity]), {}, rng), -1);
});

test("decoding with an unmerged LoRA adapter equals decoding with it merged", async () => {
  const model = bigModel(5);
  const lora = createLora(
    cfg,
    { rank: 2, alpha: 4, dropout: 0.1, targets: ["attn_q", "attn_v", "ffn_down"] },
    new Rng(2),
  );
  const rng = new Rng(3);
  for (let i = 0; i < lora.params.length; i++) lora.params[i] = rng.normal() * 0.2;
  attachLora(model, lora);
  const a = logProbs(model, [1, 2, 3, 4]);
  const { mergeLora } = await import("../../src/engine/lora.js");
  mergeLora(model.views, lora);
  const b = logProbs(model, [1, 2, 3, 4]);
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i]! - b[i]!) < 1e-4);
});

test("generate rejects prompts that do not fit the context", () => {
  const model = bigModel(6);
  assert.throws(() => generate(model, { prompts: [[1, 2]], maxTokens: 40 }), { code: "E_CONTEXT_LENGTH" });
  assert.throws(() => generate(model, { prompts: [[99]], maxTokens: 2 }), { code: "E_TOKEN_RANGE" });
});

test("accept + maxRetries: rejected sequences are redrawn from their prompt until the budget runs out", () => {
  const model = bigModel(5);
  // Short sequences over a 3-token alphabet ending in stop token 0: repeats are frequent.
  const opts = {
    prompts: Array.from({ length: 12 }, () => [1, 2]),
    maxTokens: 3,
    seed: 7,
    sampling: { temperature: 1 },
    stopTokens: [0],
    mask: (_: unknown, l: Float32Array) => {
      for (let i = 4; i < l.length; i++) l[i] = -Infinity;
    },
  };
  const plain = generate(model, opts);
  const keys = (seqs: number[][]) => seqs.map((s) => s.join(","));
  assert.ok(new Set(keys(plain.tokens)).size < 12, "the plain run repeats itself (else the test shows nothing)");
  assert.equal(plain.retries, 0);
  const seen = new Set<string>();
  const distinct = generate(model, {
    ...opts,
    maxRetries: 200,
    accept: (_s, t) => {
      const k = t.join(",");
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    },
  });
  assert.ok(distinct.retries > 0);
  const finished = distinct.tokens.filter(
    (_, i) => distinct.finishReason[i] !== "length" || distinct.tokens[i]!.length === 3,
  );
  assert.equal(new Set(keys(finished)).size, finished.length, "every kept sequence is new");
  // A budget of 2 redraws: exactly 2 happen when more are rejected, and the rest end as they are.
  const capped = generate(model, { ...opts, maxRetries: 2, accept: () => false });
  assert.equal(capped.retries, 2);
  assert.equal(capped.tokens.length, 12);
});
