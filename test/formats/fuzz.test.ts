// Readers treat files as untrusted: truncated, bit-flipped or forged files raise FormatError (never
// another exception, never a huge allocation).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createLora, createTrainer, Rng } from "../../src/engine/index.js";
import {
  FormatError,
  loadLoraSafetensors,
  loadModelSafetensors,
  loraFromGguf,
  loraToGguf,
  modelFromGguf,
  modelToGguf,
  readGguf,
  readSafetensors,
  saveLoraSafetensors,
  saveModelSafetensors,
  writeGguf,
  gg,
  loadCheckpoint,
  saveCheckpoint,
} from "../../src/formats/index.js";
import { byteVocab, randomModel } from "./fixtures.js";

const cfg = {
  vocabSize: 259,
  dim: 8,
  nLayers: 1,
  nHeads: 2,
  nKvHeads: 1,
  ffnDim: 8,
  contextLength: 16,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: true,
  tiedEmbeddings: true,
};
const model = randomModel(cfg);
const lora = createLora(cfg, { rank: 2, alpha: 2, dropout: 0, targets: ["attn_q", "ffn_down"] }, new Rng(1));

const files: Array<[string, Uint8Array, (b: Uint8Array) => unknown]> = [
  ["gguf model", modelToGguf(model, { vocab: byteVocab() }), (b) => modelFromGguf(b)],
  ["gguf adapter", loraToGguf(lora), (b) => loraFromGguf(b, cfg)],
  ["safetensors model", saveModelSafetensors(model), (b) => loadModelSafetensors(b)],
  ["safetensors adapter", saveLoraSafetensors(lora), (b) => loadLoraSafetensors(b, cfg)],
  [
    "checkpoint",
    saveCheckpoint(
      createTrainer(randomModel(cfg), { schedule: { lr: 1e-3, minLr: 1e-4, warmupSteps: 1, totalSteps: 2 } }),
    ),
    (b) => loadCheckpoint(b),
  ],
];

function onlyFormatErrors(load: () => unknown): void {
  try {
    load();
  } catch (e) {
    if (!(e instanceof FormatError))
      throw new Error(`expected FormatError, got ${(e as Error).name}: ${(e as Error).message}`, { cause: e });
  }
}

for (const [name, bytes, load] of files) {
  test(`${name}: every truncation is rejected with a FormatError`, () => {
    // All prefixes of the header region, then a spread of prefixes through the data.
    const cuts = new Set<number>();
    for (let n = 0; n < Math.min(bytes.length, 4096); n += 1) cuts.add(n);
    for (let n = 4096; n < bytes.length; n += 997) cuts.add(n);
    for (const n of cuts) {
      assert.throws(() => load(bytes.subarray(0, n)), FormatError, `${name} cut at ${n}`);
    }
  });

  test(`${name}: random byte corruption gives a FormatError or a valid result, nothing else`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (edits, headerOnly) => {
          const b = Uint8Array.from(bytes);
          const span = headerOnly ? Math.min(b.length, 2048) : b.length;
          for (const [pos, val] of edits) b[pos % span] = val;
          onlyFormatErrors(() => load(b));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
}

test("a forged GGUF header with huge counts fails fast without allocating", () => {
  const b = new Uint8Array(24);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, 0x46554747, true);
  dv.setUint32(4, 3, true);
  dv.setBigUint64(8, 1n << 40n, true);
  dv.setBigUint64(16, 1n << 40n, true);
  assert.throws(() => readGguf(b), { code: "E_TRUNCATED" });
  // A string array claiming 2^50 entries.
  const forged = writeGguf([["a", gg.strs(["x"])]], []);
  const fv = new DataView(forged.buffer);
  // layout: magic 4, ver 4, nt 8, nkv 8, key len 8, "a" 1, type 4, item type 4, count 8
  fv.setBigUint64(4 + 4 + 8 + 8 + 8 + 1 + 4 + 4, 1n << 50n, true);
  assert.throws(() => readGguf(forged), FormatError);
  // A tensor whose dimensions multiply past the file size.
  const t = writeGguf([], [{ name: "w", dims: [2, 2], data: new Float32Array(4) }]);
  const tv = new DataView(t.buffer);
  tv.setBigUint64(4 + 4 + 8 + 8 + 8 + 1 + 4, 1n << 40n, true);
  assert.throws(() => readGguf(t), FormatError);
});

test("a forged safetensors header length or config fails cleanly", () => {
  const b = saveModelSafetensors(model);
  const huge = Uint8Array.from(b);
  new DataView(huge.buffer).setBigUint64(0, 1n << 60n, true);
  assert.throws(() => readSafetensors(huge), { code: "E_CORRUPT" });
  const json = JSON.stringify({
    __metadata__: { "namewright.config": JSON.stringify({ ...cfg, dim: 1 << 23, nHeads: 1, nKvHeads: 1 }) },
  });
  const hb = new TextEncoder().encode(json);
  const forged = new Uint8Array(8 + hb.length);
  new DataView(forged.buffer).setBigUint64(0, BigInt(hb.length), true);
  forged.set(hb, 8);
  assert.throws(() => loadModelSafetensors(forged), { code: "E_TRUNCATED" });
  assert.throws(() => readGguf(Uint8Array.from([1, 2, 3, 4, 5])), { code: "E_BAD_MAGIC" });
});
