import { test } from "node:test";
import assert from "node:assert/strict";
import { lookup, readSynset, relatedWords } from "../../src/wordnet/index.js";

test("lookup finds a lemma's synsets by binary search over the index, most frequent sense first", () => {
  const coffee = lookup("coffee", "noun");
  assert.ok(coffee.length >= 3);
  assert.deepEqual(coffee[0].words, ["coffee", "java"]);
  assert.match(coffee[0].gloss, /^a beverage consisting of an infusion of ground coffee beans/);
  assert.deepEqual(lookup("zzzznotaword"), []);
  assert.equal(lookup("aardvark", "noun")[0].words[0], "aardvark", "the first lemma after the licence header");
  assert.ok(lookup("zymurgy", "noun").length > 0, "the last lemmas of the index");
});

test("synsets are read at their byte offset; a wrong or out-of-range offset is null, not a crash", () => {
  const [first] = lookup("bakery", "noun");
  assert.deepEqual(readSynset("noun", first.offset)?.words, first.words);
  assert.equal(readSynset("noun", first.offset + 1), null);
  assert.equal(readSynset("noun", -5), null);
  assert.equal(readSynset("noun", 1e12), null);
});

test("related words follow synonym, hypernym and hyponym pointers, single plain words only", () => {
  const rel = relatedWords("coffee");
  const words = rel.map((r) => r.word);
  assert.ok(words.includes("java"));
  assert.ok(rel.some((r) => r.word === "beverage" && r.relation === "hypernym"));
  assert.ok(rel.some((r) => r.relation === "hyponym"));
  for (const w of words) assert.match(w, /^[a-z]+$/);
  assert.ok(!words.includes("coffee"));
});
