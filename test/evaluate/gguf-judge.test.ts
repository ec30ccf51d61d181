// The GGUF judge's plumbing with a tiny random model written by src/formats (its judgements are meaningless;
// what is tested is loading, the grammar-constrained reply always parsing into the schema, pairwise order
// swapping, caching, closing, and typed errors for bad files).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createModel } from "../../src/engine/index.js";
import { modelToGguf } from "../../src/formats/index.js";
import { GgufJudge } from "../../src/evaluate/judges/index.js";
import { EvalError } from "../../src/evaluate/errors.js";
import { byteVocab } from "../formats/fixtures.js";

let dir: string;
let file: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "nw-gguf-judge-"));
  file = join(dir, "tiny.gguf");
  const model = createModel(
    {
      vocabSize: 259,
      dim: 32,
      nLayers: 1,
      nHeads: 2,
      nKvHeads: 1,
      ffnDim: 48,
      contextLength: 4096,
      ropeBase: 10000,
      normEps: 1e-5,
      qkvBias: false,
      tiedEmbeddings: true,
    },
    3,
  );
  writeFileSync(file, modelToGguf(model, { vocab: byteVocab(), name: "tiny-judge" }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("a tiny GGUF loads with explicit threads, and every reply parses into the schema", async () => {
  const judge = await GgufJudge.load({
    modelPath: file,
    threads: 1,
    contextSize: 4096,
    cacheDir: join(dir, "cache"),
    maxTokens: 120,
  });
  try {
    assert.equal(judge.id, "gguf:tiny.gguf");
    const out = await judge.judge([{ description: "A bakery in Lyon", domain: "painlyon.fr", display: "painlyon.fr" }]);
    assert.equal(out.length, 1);
    assert.ok(Number.isInteger(out[0].score) && out[0].score >= 0 && out[0].score <= 10, `score ${out[0].score}`);
    const pair = await judge.comparePair("A bakery in Lyon", "painlyon.fr", "xq.fr");
    assert.ok(["A", "B", "tie"].includes(pair.forward) && ["A", "B", "tie"].includes(pair.reversed));
    assert.equal(pair.inconsistent, pair.forward !== pair.reversed);
  } finally {
    await judge.close();
  }
  // Cached: a second instance answers without generating (same result, fast).
  const again = await GgufJudge.load({
    modelPath: file,
    threads: 1,
    contextSize: 4096,
    cacheDir: join(dir, "cache"),
    maxTokens: 120,
  });
  try {
    const t = performance.now();
    const out2 = await again.judge([
      { description: "A bakery in Lyon", domain: "painlyon.fr", display: "painlyon.fr" },
    ]);
    assert.ok(performance.now() - t < 50);
    assert.ok(out2[0].score >= 0 && out2[0].score <= 10);
  } finally {
    await again.close();
  }
});

test("missing and non-GGUF files give typed errors before llama.cpp sees them", async () => {
  await assert.rejects(
    GgufJudge.load({ modelPath: join(dir, "nope.gguf") }),
    (e: unknown) => e instanceof EvalError && e.code === "judge_gguf_missing",
  );
  const bad = join(dir, "bad.gguf");
  writeFileSync(bad, Buffer.alloc(64, 7));
  await assert.rejects(
    GgufJudge.load({ modelPath: bad }),
    (e: unknown) => e instanceof EvalError && e.code === "judge_gguf_bad",
  );
});
