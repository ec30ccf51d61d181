import { test } from "node:test";
import assert from "node:assert/strict";
import { createModel, modelFromParams, type ModelConfig } from "../../src/engine/index.js";
import { trainTokenizer } from "../../src/tokenizer/index.js";
import { understand } from "../../src/understand/index.js";
import { modelSpecials } from "../../src/train/index.js";
import { calibrateTemperature, sampleVariety } from "../../src/train/calibrate.js";

const tok = trainTokenizer(["coffee shop brewbean roastly 24 hour bean-bar x-y", "bakery bread breadly 123 a-b-c --"], {
  vocabSize: modelSpecials(["coffee"]).length + 256 + 30,
  specials: modelSpecials(["coffee"]),
});
const config: ModelConfig = {
  vocabSize: tok.vocabSize,
  dim: 32,
  nLayers: 1,
  nHeads: 2,
  nKvHeads: 2,
  ffnDim: 64,
  contextLength: 96,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};
const model = createModel(config, 3);
// The same model with every logit doubled (final norm gain x 2): exactly the first one at half the temperature.
const sharp = modelFromParams(config, model.params.slice());
sharp.views.outNorm.forEach((g, i, a) => (a[i] = 2 * g));
const bundle = { dir: "", model, tokenizer: tok, info: {} };
const sharpBundle = { dir: "", model: sharp, tokenizer: tok, info: {} };
const requests = ["coffee shop", "bakery in Lyon", "bean bar"].map((t) => understand(t));

test("variety grows with temperature, and doubled logits at twice the temperature sample exactly the same names", () => {
  const v = [0.02, 0.04, 0.1].map((t) => sampleVariety(bundle, requests, 16, { temperature: t, topP: 0.9 }));
  assert.ok(v[0]! < v[1]! && v[1]! < v[2]!, v.join(" "));
  assert.ok(v[0]! < 0.5 && v[2]! > 0.9, v.join(" "));
  assert.equal(
    sampleVariety(sharpBundle, requests, 16, { temperature: 0.06, topP: 0.9 }),
    sampleVariety(bundle, requests, 16, { temperature: 0.03, topP: 0.9 }),
  );
  // The same under the product's decoding (redraws, over-sampling), whose count differs from plain sampling's.
  const product = sampleVariety(bundle, requests, 16, { temperature: 0.03, topP: 0.9 }, "product");
  assert.equal(sampleVariety(sharpBundle, requests, 16, { temperature: 0.06, topP: 0.9 }, "product"), product);
  assert.notEqual(product, sampleVariety(bundle, requests, 16, { temperature: 0.03, topP: 0.9 }));
});

test("calibration finds the temperature that gives the sharper model the reference's variety", () => {
  const target = sampleVariety(bundle, requests, 16, { temperature: 0.04, topP: 0.9 });
  const c = calibrateTemperature(sharpBundle, requests, target, {
    rows: 16,
    sampling: { topP: 0.9 },
    low: 0.01,
    high: 0.4,
  });
  assert.ok(c.variety >= target, `${c.variety} < ${target}`);
  assert.ok(Math.abs(c.temperature - 0.08) <= 0.01, `temperature ${c.temperature}, expected about 2 x 0.04`);
  assert.ok(c.varietyAtOne >= c.variety);
  assert.throws(
    () => calibrateTemperature(sharpBundle, requests, 1.01, { rows: 16, low: 0.01, high: 0.4 }),
    RangeError,
  );
  assert.throws(() => calibrateTemperature(sharpBundle, requests, 0.5, { rows: 16, low: 0.4, high: 0.01 }), RangeError);
});
