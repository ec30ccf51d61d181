// Parity with llama.cpp (through node-llama-cpp, a devDependency): a random tiny model written to GGUF
// gives the same next-token log-probabilities in llama.cpp as in our forward pass, with and without a
// LoRA adapter (also written to GGUF). Settings per the issue: CPU, 1 thread, no flash attention,
// F32 KV cache; |diff| <= 1e-4 on every vocabulary entry at every position.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getLlama, LlamaLogLevel, type Llama, type Token } from "node-llama-cpp";
import {
  attachLora,
  createLora,
  logProbs,
  Rng,
  forward,
  type Model,
  type ModelConfig,
} from "../../src/engine/index.js";
import { llama3RopeFactors, loraToGguf, modelToGguf } from "../../src/formats/index.js";
import { byteVocab, randomModel, tinyConfig } from "./fixtures.js";

let llama: Llama;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "nw-parity-"));
  // build: "never" -> use the prebuilt CPU binary shipped in node-llama-cpp's optional dependency.
  llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
});

after(async () => {
  await llama?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** llama.cpp's log-probabilities at every position, (T, V) flattened. */
async function llamaCppLogProbs(
  modelFile: string,
  loraFile: string | null,
  tokens: number[],
  V: number,
): Promise<Float32Array> {
  const model = await llama.loadModel({ modelPath: modelFile });
  const ctx = await model.createContext({
    contextSize: 256,
    batchSize: 256,
    threads: 1,
    flashAttention: false,
    experimentalKvCacheKeyType: "F32",
    experimentalKvCacheValueType: "F32",
    ...(loraFile ? { lora: { adapters: [{ filePath: loraFile, scale: 1 }] } } : {}),
  });
  try {
    const out = await ctx
      .getSequence()
      .controlledEvaluate(tokens.map((t) => [t as Token, { generateNext: { probabilities: true } }]));
    const lp = new Float32Array(tokens.length * V).fill(-Infinity);
    out.forEach((o, i) => {
      for (const [tok, p] of o!.next.probabilities!) lp[i * V + tok] = Math.log(p);
    });
    return lp;
  } finally {
    await ctx.dispose();
    await model.dispose();
  }
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

const tokens = [
  1, 72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100, 33, 10, 200, 17, 3, 255, 128, 64, 99, 42, 7,
];

async function checkParity(model: Model, name: string): Promise<void> {
  const file = join(dir, `${name}.gguf`);
  writeFileSync(file, modelToGguf(model, { vocab: byteVocab(), name }));
  let loraFile: string | null = null;
  if (model.lora) {
    loraFile = join(dir, `${name}-lora.gguf`);
    writeFileSync(loraFile, loraToGguf(model.lora));
  }
  const theirs = await llamaCppLogProbs(file, loraFile, tokens, model.config.vocabSize);
  const ours = logProbs(model, tokens);
  const d = maxAbsDiff(ours, theirs);
  assert.ok(d <= 1e-4, `${name}: max |log p diff| = ${d}`);
  // The training forward pass agrees with the KV-cache path used above.
  const full = forward(model, Int32Array.from(tokens), 1, tokens.length).logits;
  const V = model.config.vocabSize;
  for (let i = 0; i < tokens.length; i++) {
    const row = full.subarray(i * V, (i + 1) * V);
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, x) => s + Math.exp(x - max), 0));
    for (let j = 0; j < V; j++) assert.ok(Math.abs(row[j]! - lse - ours[i * V + j]!) < 1e-4);
  }
}

const variants: Array<[string, Partial<ModelConfig>]> = [
  ["gqa-bias-untied", {}],
  ["mha-tied-nobias-rope500k", { nKvHeads: 4, qkvBias: false, tiedEmbeddings: true, ropeBase: 500000, normEps: 1e-6 }],
  // Llama-3.x's rope scaling, which llama.cpp reads from the rope_freqs.weight tensor. A tiny original
  // context (8) makes it rescale every pair of the 8-wide heads (one by the smooth blend).
  [
    "llama3-rope-scaling",
    {
      ropeFreqFactors: llama3RopeFactors(10000, 8, {
        factor: 8,
        lowFreqFactor: 1,
        highFreqFactor: 4,
        originalContext: 8,
      }),
    },
  ],
];

for (const [name, v] of variants) {
  test(`llama.cpp log-probs match ours within 1e-4 (${name})`, async () => {
    await checkParity(randomModel({ ...tinyConfig, ...v }, 11), name);
  });
}

test("llama.cpp log-probs match ours within 1e-4 with a LoRA adapter on every linear", async () => {
  const model = randomModel(tinyConfig, 12);
  const lora = createLora(
    tinyConfig,
    {
      rank: 4,
      alpha: 8,
      dropout: 0,
      targets: ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"],
    },
    new Rng(1),
  );
  const rng = new Rng(2);
  for (let i = 0; i < lora.params.length; i++) lora.params[i] = rng.normal() * 0.1;
  attachLora(model, lora);
  // The adapter must matter, or the test could pass without llama.cpp applying it.
  const without = logProbs({ ...model, lora: null }, tokens);
  assert.ok(maxAbsDiff(without, logProbs(model, tokens)) > 1e-2);
  await checkParity(model, "lora");
});
