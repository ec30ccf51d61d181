import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { customersLanguage, inCustomersLanguage } from "./local-naming.js";
import { builtPath } from "../../../src/core/paths.js";

const table = (JSON.parse(readFileSync(builtPath("naming", "translations.json"), "utf8")) as {
  words: Record<string, Record<string, string[]>>;
}).words;

test("an English text is named in its customers' language when they read another one", () => {
  assert.equal(customersLanguage(understand("Neighbourhood bakery in Buenos Aires, sourdough and medialunas.")), "es");
  assert.equal(customersLanguage(understand("Family-run B&B in a farmhouse above Merano, five rooms.")), "it");
  assert.equal(customersLanguage(understand("Pague boletos e faça Pix")), null); // already Portuguese
  assert.equal(customersLanguage(understand("Neighbourhood bakery in Chicago")), null);
  assert.equal(customersLanguage(understand("Organic coffee shop in downtown area")), null);
});

test("not when the customers read English or the text asks for English names", () => {
  assert.equal(customersLanguage(understand("Mortgages for foreigners buying in Spain")), null);
  assert.equal(customersLanguage(understand("Spanish immersion school in Montevideo's old town")), null);
  assert.equal(customersLanguage(understand("Walking tours of Lisbon for tourists, small groups")), null);
  assert.equal(customersLanguage(understand("A bakery in Madrid; the name should sound English")), null);
});

test("keywords become the table's words; places stay; untranslated English words go", () => {
  const written = understand("Neighbourhood bakery in Buenos Aires, sourdough and medialunas.");
  const u = inCustomersLanguage(written);
  assert.equal(u.language, "es");
  assert.equal(u.writtenIn, "en");
  const words = u.keywords.map((k) => k.word);
  assert.ok(!words.includes("bakery"), words.join(" "));
  const bakery = table.bakery?.es ?? [];
  assert.ok(bakery.length > 0 && words.includes(bakery[0]!), `${bakery.join("/")} in ${words.join(" ")}`);
  assert.ok(words.includes("medialunas") || words.includes("medialuna"), words.join(" "));
  assert.equal(u.location?.country, "ar");
  // A text that stays English comes back as it was.
  const chicago = understand("Neighbourhood bakery in Chicago");
  assert.equal(inCustomersLanguage(chicago), chicago);
});
