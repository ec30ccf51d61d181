import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { understand, detectLanguage, parseConstraints, normalizeDescription, findLocation } from "../../src/understand/index.js";
import { InputError } from "../../src/core/errors.js";

test("detects the six supported languages on ordinary descriptions", () => {
  const cases: [string, string][] = [
    ["organic coffee shop in downtown area", "en"],
    ["Panadería artesanal en el centro de Madrid con pan de masa madre", "es"],
    ["Boulangerie bio de quartier à Lyon, pains au levain", "fr"],
    ["Nachhaltiger Fahrradladen in Berlin mit Reparaturservice", "de"],
    ["loja de roupas infantis em Lisboa com preços justos", "pt"],
    ["gelateria artigianale nel centro di Bologna con gusti stagionali", "it"],
  ];
  for (const [text, lang] of cases) assert.equal(detectLanguage(text), lang, text);
});

test("keywords drop stop words and keep the business words, lemmatised", () => {
  const u = understand("We run organic coffee shops in the downtown area");
  const lemmas = u.keywords.map((k) => k.lemma);
  assert.ok(lemmas.includes("coffee"));
  assert.ok(lemmas.includes("shop"), "plural 'shops' lemmatised to 'shop'");
  for (const stop of ["we", "the", "in", "run"]) assert.ok(!lemmas.includes(stop), stop);
  for (const k of u.keywords) assert.ok(k.weight > 0 && k.weight <= 1);
});

test("constraints come from the text in several languages, and options win", () => {
  const en = parseConstraints("short playful name for a bakery, no numbers, no hyphens, .io or .com, max 8 letters, must include 'bun'").constraints;
  assert.equal(en.maxLength, 8);
  assert.equal(en.allowDigits, false);
  assert.equal(en.allowHyphens, false);
  assert.deepEqual(en.tlds, ["io", "com"]);
  assert.deepEqual(en.mustInclude, ["bun"]);
  const es = parseConstraints("tienda de bicicletas sin guiones, máximo diez letras, que incluya 'rueda'").constraints;
  assert.equal(es.allowHyphens, false);
  assert.equal(es.maxLength, 10);
  assert.deepEqual(es.mustInclude, ["rueda"]);
  const fr = parseConstraints("Café à Paris, 10 lettres maximum, sans chiffres").constraints;
  assert.equal(fr.maxLength, 10);
  assert.equal(fr.allowDigits, false);
  const de = parseConstraints("Fahrradladen ohne Bindestriche, .de").constraints;
  assert.equal(de.allowHyphens, false);
  assert.deepEqual(de.tlds, ["de"]);
  const opt = parseConstraints("bakery, max 8 letters", { maxLength: 12, tlds: [".CO.UK"] }).constraints;
  assert.equal(opt.maxLength, 12);
  assert.deepEqual(opt.tlds, ["co.uk"]);
  assert.deepEqual(parseConstraints("a bakery with a .notatld ending").constraints.tlds, []);
});

test("finds places and their country, preferring the most specific name", () => {
  assert.equal(findLocation("bagel shop in New York")?.country, "us");
  assert.equal(findLocation("Café in München")?.country, "de");
  assert.equal(findLocation("coffee shop in downtown area")?.country, undefined);
  assert.equal(findLocation("coffee shop in downtown area")?.name, "downtown");
  assert.equal(findLocation("a bakery"), null);
});

test("bad input is an InputError with an actionable message", () => {
  assert.throws(() => normalizeDescription(""), InputError);
  assert.throws(() => normalizeDescription("   \u200b  "), InputError);
  assert.throws(() => normalizeDescription("x".repeat(2001)), /limit is 2000/);
  assert.throws(() => normalizeDescription("abc\u0000def"), /binary/);
  assert.throws(() => normalizeDescription(42), InputError);
  assert.equal(normalizeDescription("  ｃｏｆｆｅｅ\u200b shop \n"), "coffee shop");
});

test("property: any text either yields an understanding or an InputError", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
      try {
        const u = understand(s);
        assert.ok(Array.isArray(u.keywords));
      } catch (e) {
        assert.ok(e instanceof InputError, String(e));
      }
      return true;
    }),
    { numRuns: 300 },
  );
});
