import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { modelFromGguf, readModelFile } from "../../../src/formats/index.js";
import { tokenizerToGgufVocab } from "../../../src/tokenizer/index.js";
import { understand } from "../../../src/understand/index.js";
import { validateDomain } from "../../../src/domain/index.js";
import { createModelGenerator, defaultModelDir, loadModelBundle, partsOf } from "../../../src/generate/neural/index.js";

test("the shipped model loads with its tokenizer and proposes valid names", () => {
  const b = loadModelBundle();
  assert.equal(b.model.config.vocabSize, b.tokenizer.vocabSize);
  // The product's budget: 32 rows must leave at least 10 distinct valid names (repeats are dropped).
  const g = createModelGenerator({ bundle: b, maxSamples: 32 });
  const names = g.generate(understand("organic coffee shop in Berlin, no hyphens"), 32);
  assert.ok(names.length >= 10, `${names.length} names`);
  for (const n of names) {
    assert.ok(validateDomain(`${n.label}.${n.tld}`).valid, n.label);
    assert.ok(!n.label.includes("-"));
  }
});

test("the shipped GGUF file holds the same weights and vocabulary", () => {
  const b = loadModelBundle();
  const g = modelFromGguf(readModelFile(join(defaultModelDir(), "model.gguf")));
  assert.deepEqual(g.model.config, b.model.config);
  let maxDiff = 0;
  for (let i = 0; i < b.model.params.length; i += 97)
    maxDiff = Math.max(maxDiff, Math.abs(g.model.params[i]! - b.model.params[i]!));
  assert.equal(maxDiff, 0);
  assert.deepEqual(g.vocab?.tokens, tokenizerToGgufVocab(b.tokenizer).tokens);
});

test("the shipped model grounds its names in the request: most are built from the prompt's root words", () => {
  const b = loadModelBundle();
  const g = createModelGenerator({ bundle: b, maxSamples: 32 });
  // One request per language, the share pooled over them: one request's 32 samples vary too much for a
  // per-request bar. "Most" is a majority, not more: the format-4 model learned from the experts' names, which
  // carry a request word only part of the time (experiments/model-issue18/RESULTS.md, "copy slots"); the
  // format-1 model (description text in the prompt) grounded almost none; see MODEL_CARD.md.
  const requests = [
    "organic coffee shop in downtown area",
    "Nachhaltiger Fahrradladen in Berlin mit Reparaturservice",
    "Boulangerie artisanale bio à Lyon",
    "panadería artesanal en Madrid",
    "gelateria artigianale a Bologna",
    "oficina de bicicletas em Lisboa",
  ];
  let grounded = 0;
  let total = 0;
  const perRequest: string[] = [];
  for (const text of requests) {
    const u = understand(text);
    const names = g.generate(u, 32);
    const k = names.filter((n) => partsOf(n.label, u, b.format).length > 0).length;
    grounded += k;
    total += names.length;
    perRequest.push(`${text}: ${k}/${names.length}`);
  }
  assert.ok(grounded > 0.5 * total, `${grounded}/${total} grounded (${perRequest.join("; ")})`);
});

test("redrawing repeats: the shipped model returns more distinct names for the same rows asked", () => {
  const b = loadModelBundle();
  // A request on which 32 plain rows repeat a name (most requests' rows are all distinct with this model).
  const u = understand("AI bookkeeping for freelancers");
  const plainStats = { rows: 0, complete: 0, unique: 0 };
  const plain = createModelGenerator({ bundle: b, maxSamples: 32, retries: 0, stats: plainStats }).generate(u, 32);
  const stats = { rows: 0, complete: 0, unique: 0 };
  const redrawn = createModelGenerator({ bundle: b, maxSamples: 32, retries: 2, stats }).generate(u, 32);
  assert.equal(plainStats.rows, 32);
  assert.ok(plain.length < 32, `without redraws the model repeats itself (${plain.length} distinct of 32)`);
  assert.ok(redrawn.length > plain.length && redrawn.length <= 32, `${redrawn.length} vs ${plain.length}`);
  assert.ok(stats.rows > 32 && stats.rows <= 96, `${stats.rows} rows decoded`);
  assert.equal(new Set(redrawn.map((n) => `${n.label}.${n.tld}`)).size, redrawn.length);
  // Each name says how many rows ended in it: the repeats are counted, never more rows than completed.
  const draws = plain.map((n) => n.draws ?? 0);
  assert.ok(draws.every((d) => d >= 1));
  assert.ok(
    draws.some((d) => d > 1),
    "a repeated name counts its repeats",
  );
  const total = draws.reduce((a, d) => a + d, 0);
  assert.ok(
    total > plain.length && total <= plainStats.complete,
    `${total} draws, ${plainStats.complete} complete rows`,
  );
});
