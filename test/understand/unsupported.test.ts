import { test } from "node:test";
import assert from "node:assert/strict";
import { understand, unsupportedLanguage } from "../../src/understand/index.js";
import { suggest, resolveGenerators } from "../../src/index.js";
import { InputError } from "../../src/core/errors.js";

test("a language the pipeline does not read is named; the six it reads, and short text, are not", () => {
  assert.equal(unsupportedLanguage("Sklep z rowerami w Krakowie, naprawa i wypożyczalnia")?.name, "Polish");
  assert.equal(unsupportedLanguage("東京のラーメン屋、朝まで営業しています")?.name, "Japanese");
  for (const t of [
    "organic coffee shop in downtown area",
    "Boulangerie de quartier à la Croix-Rousse",
    "Kinderzahnarzt in Freiburg, kindgerecht und ohne Angst",
    "Moda praia feita em Recife.",
    "yoga studio",
    "東京のラーメン屋 ramen shop",
    "Videoproduktionsfirma Salzburg Imagefilme",
  ])
    assert.equal(unsupportedLanguage(t), null, t);
  assert.equal(understand("Sklep z rowerami w Krakowie, naprawa i wypożyczalnia").unsupportedLanguage, "Polish");
  assert.equal(understand("organic coffee shop").unsupportedLanguage, undefined);
});

test("the default product refuses a Polish description with a clear error instead of glued names", async () => {
  await assert.rejects(
    suggest("Sklep z rowerami w Krakowie, naprawa i wypożyczalnia", { generators: resolveGenerators("crafted") }),
    (e: unknown) => e instanceof InputError && e.code === "unsupported_language" && /Polish/.test(e.message),
  );
});
