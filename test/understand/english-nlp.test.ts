import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import { loadEnglishCore, englishModel } from "../../src/understand/english-nlp.js";

const require = createRequire(import.meta.url);

// The fast loader replaces the package's core loader; wink must receive the same model, or lemmas and parts of
// speech (and so every English keyword) would drift. An upgrade of wink-eng-lite-web-model that changes the
// packed format fails here rather than in names.
test("the fast English core equals the package's own, field for field", () => {
  type Core = { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
  const packageCore = (require("wink-eng-lite-web-model/dist/load-core-model.js") as () => Core)();
  const ours = loadEnglishCore() as unknown as Core;
  // The lexeme table is a Map behind a Proxy: compared by what every look-up answers, the rest structurally.
  const theirHash = packageCore.features.lexeme.hash;
  const ourHash = ours.features.lexeme.hash;
  for (const word of packageCore.features.lexeme.list) assert.equal(ourHash[word], theirHash[word], word);
  for (const absent of ["zzqxv", "constructor", "__proto__", "toString"])
    assert.equal(ourHash[absent], theirHash[absent]);
  ourHash.newword = 123456;
  assert.equal(ourHash.newword, 123456);
  delete (ours.features.lexeme as Partial<Core["features"]["lexeme"]>).hash;
  delete (packageCore.features.lexeme as Partial<Core["features"]["lexeme"]>).hash;
  assert.deepStrictEqual(ours, packageCore);
});

test("wink tags and lemmatises the same with the fast model as with the package's", () => {
  const ours = winkNLP(englishModel());
  const theirs = winkNLP(require("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0]);
  const texts = [
    "organic coffee shop in downtown area",
    "We build AI agents that triage insurance claim denials for hospitals; HIPAA-compliant, SOC 2.",
    "Family-run bakery baking sourdough loaves and croissants since 1987. Visit us on Main St.!",
    "a dog-walking app for busy New Yorkers who worked late and forgot their keys",
    "Mr. Smith's running shoes aren't cheap: they're $120.50 each, but people loved them.",
  ];
  for (const text of texts) {
    const a = ours.readDoc(text);
    const b = theirs.readDoc(text);
    for (const its of [ours.its.normal, ours.its.pos, ours.its.lemma as unknown as typeof ours.its.normal])
      assert.deepStrictEqual(a.tokens().out(its), b.tokens().out(its), text);
  }
});
