import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { suggest, suggestDetailed, validateDomain } from "../../src/index.js";
import { InputError } from "../../src/core/errors.js";

const SCHEMA_KEYS = ["suggestions", "status"];

function labelOf(domain: string): string {
  return domain.slice(0, domain.indexOf("."));
}

test("the coffee-shop example gives 10 valid, distinct, relevant names in the exact schema", async () => {
  const res = await suggest("organic coffee shop in downtown area");
  assert.deepEqual(Object.keys(res).sort(), SCHEMA_KEYS.sort());
  assert.equal(res.status, "success");
  assert.equal(res.suggestions.length, 10);
  const labels = new Set<string>();
  for (const s of res.suggestions) {
    assert.deepEqual(Object.keys(s).sort(), ["confidence", "domain"]);
    assert.ok(validateDomain(s.domain).valid, s.domain);
    assert.ok(s.confidence >= 0 && s.confidence <= 1);
    labels.add(labelOf(s.domain));
  }
  assert.equal(labels.size, 10, "the same name does not come back with another TLD");
  const related = res.suggestions.filter((s) => /coff|cafe|bean|brew|roast|organ|espresso|cup|mug|grind|java|latte|crema|aroma|barista|mocha|downtown/.test(s.domain));
  assert.ok(related.length >= 7, `most names relate to coffee: ${res.suggestions.map((s) => s.domain).join(" ")}`);
  for (let i = 1; i < res.suggestions.length; i++) assert.ok(res.suggestions[i - 1].confidence >= res.suggestions[i].confidence - 0.15, "roughly ranked by confidence");
});

test("the inappropriate example is blocked with the exact message", async () => {
  const res = await suggest("adult content website with explicit nude content");
  assert.deepEqual(res, { suggestions: [], status: "blocked", message: "Request contains inappropriate content" });
});

test("constraints hold: max length, no digits/hyphens, TLDs, must-include", async () => {
  const res = await suggestDetailed("bike repair shop, no numbers, no hyphens", { count: 10, maxLength: 9, tlds: ["io", "de"], mustInclude: ["bike"] });
  assert.equal(res.status, "success");
  if (res.status !== "success") return;
  assert.ok(res.suggestions.length > 0);
  for (const s of res.suggestions) {
    const label = labelOf(s.domain);
    assert.ok([...label].length <= 9, s.domain);
    assert.ok(!/[0-9-]/.test(label), s.domain);
    assert.ok(s.domain.endsWith(".io") || s.domain.endsWith(".de"), s.domain);
    assert.ok(label.includes("bike"), s.domain);
  }
});

test("four languages get names built from their own words", async () => {
  const cases: [string, RegExp][] = [
    ["Panadería artesanal en el centro de Madrid con pan de masa madre", /pan|masa|horno|miga|trigo|madrid|harina|artesan/],
    ["Boulangerie bio de quartier à Lyon, pains au levain", /pain|boulang|levain|mie|fourn|ble|farin|lyon|croust/],
    ["Nachhaltiger Fahrradladen in Berlin mit Reparaturservice", /rad|fahr|velo|speiche|pedal|berlin|kette|sattel/],
    ["gelateria artigianale nel centro di Bologna con gusti stagionali", /gelat|crema|cono|gust|bologn|dolc|panna/],
  ];
  for (const [description, words] of cases) {
    const res = await suggestDetailed(description, { count: 10 });
    assert.equal(res.status, "success");
    if (res.status !== "success") continue;
    const hits = res.suggestions.filter((s) => words.test(s.domain));
    assert.ok(hits.length >= 5, `${description}: ${res.suggestions.map((s) => s.domain).join(" ")}`);
  }
});

test("bad input raises InputError", async () => {
  await assert.rejects(() => suggest(""), InputError);
  await assert.rejects(() => suggest("x".repeat(2500)), InputError);
  await assert.rejects(() => suggest("\u0000\u0001binary"), InputError);
});

test("property: nothing the pipeline returns ever fails validation, and random text never crashes it", async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }), async (text) => {
      try {
        const res = await suggest(text, { count: 5 });
        for (const s of res.suggestions) assert.ok(validateDomain(s.domain).valid, s.domain);
      } catch (e) {
        assert.ok(e instanceof InputError, String(e));
      }
    }),
    { numRuns: 60 },
  );
});
