import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CLASSES, classifierPath, dequantize, predictProba, quantize } from "../../src/safety/classifier.js";
import { extractFeatures } from "../../src/safety/features.js";
import { fnv1a } from "../../src/core/hash.js";
import { normalizeText } from "../../src/safety/normalize.js";
import { DEFAULT_TRAIN, trainClassifier } from "../../src/safety/build/train.js";
import { loadDataset } from "../../src/safety/build/dataset.js";

test("FNV-1a matches the reference values", () => {
  assert.equal(fnv1a(""), 0x811c9dc5);
  assert.equal(fnv1a("a"), 0xe40c292c);
  assert.equal(fnv1a("foobar"), 0xbf9cf968);
});

test("features are sorted, unique and L2-normalised", () => {
  const x = extractFeatures(normalizeText("organic coffee shop in downtown area"));
  for (let i = 1; i < x.indices.length; i++) assert.ok(x.indices[i] > x.indices[i - 1]);
  const norm = Math.sqrt(x.values.reduce((a, v) => a + v * v, 0));
  assert.ok(Math.abs(norm - 1) < 1e-6);
});

test("training learns a tiny problem and is deterministic", () => {
  const data = loadDataset("train")
    .filter((e) => e.label === "safe" || e.label === "drugs")
    .slice(0, 80);
  const a = trainClassifier(data, { ...DEFAULT_TRAIN, epochs: 8 });
  const b = trainClassifier(data, { ...DEFAULT_TRAIN, epochs: 8 });
  assert.deepEqual(a.model.w, b.model.w);
  const p = predictProba(a.model, extractFeatures(normalizeText("sell cocaine and heroin")));
  assert.ok(p[CLASSES.indexOf("drugs")] > p[CLASSES.indexOf("safe")]);
});

test("the shipped classifier is exactly what `npm run train:safety` produces from the train split", () => {
  const shipped = JSON.parse(readFileSync(classifierPath(), "utf8"));
  const { model, loss } = trainClassifier(loadDataset("train"));
  const file = quantize(model, { ...shipped.training, finalLoss: Number(loss.toFixed(5)) });
  assert.equal(file.weights, shipped.weights);
  assert.deepEqual(file.bias, shipped.bias);
  // int8 quantisation keeps each weight within half a step of the float value.
  const back = dequantize(file);
  for (let k = 0; k < CLASSES.length; k++)
    for (let j = 0; j < 200; j++)
      assert.ok(Math.abs(back.w[k * back.dim + j] - model.w[k * back.dim + j]) <= file.scale[k] / 2 + 1e-6);
});
