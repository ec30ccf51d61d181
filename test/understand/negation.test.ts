import { test } from "node:test";
import assert from "node:assert/strict";
import { negatedWords } from "../../src/understand/negation.js";
import { understand } from "../../src/understand/index.js";

const negated = (t: string) => [...negatedWords(t)].sort();

test("what the business is without is not a keyword; a double negation affirms", () => {
  assert.deepEqual(negated("Moverse sin dolor."), ["dolor"]);
  assert.deepEqual(negated("Frauen-Fitness ohne Männer, mit Kinderbetreuung"), ["männer"]);
  assert.deepEqual(negated("Zero-waste grocery, no plastic, no packaging"), ["packaging", "plastic"]);
  assert.deepEqual(negated("Pill organisers without the clutter"), ["clutter"]);
  // Written once plainly, the word is the business's own.
  assert.deepEqual(negated("Phone repair without appointments. Book appointments online."), []);
  // "No kid without a snack", "Ningún pibe sin merienda": the snack is what the charity gives.
  assert.deepEqual(negated("No kid without a snack"), []);
  assert.deepEqual(negated("Ningún pibe sin merienda en Lanús."), []);
  const words = understand("Kinesiología a domicilio: moverse sin dolor").keywords.map((k) => k.word);
  assert.ok(!words.includes("dolor"), words.join(" "));
});
