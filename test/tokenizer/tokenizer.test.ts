import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  trainTokenizer,
  Tokenizer,
  TokenizerError,
  tokenizerToGgufVocab,
  pretokenize,
} from "../../src/tokenizer/index.js";

const SPECIALS = ["<pad>", "<bos>", "<eos>", "<sep>", "<tld:com>"];
const CORPUS = [
  "organic coffee shop in the downtown area",
  "café bio au centre-ville, torréfaction artisanale",
  "Bäckerei mit Café in München 🥐",
  "brewbean roastly beanhaus coffeeco",
  "tienda de café orgánico en el centro",
  "the coffee shop sells coffee and coffee beans",
];
const small = (): Tokenizer => trainTokenizer(CORPUS, { vocabSize: SPECIALS.length + 256 + 30, specials: SPECIALS });

test("pretokenize is lossless", () => {
  fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => pretokenize(s).join("") === s));
});

test("encode/decode round-trips any Unicode string", () => {
  const tok = small();
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => tok.decode(tok.encode(s)) === s),
    { numRuns: 300 },
  );
  for (const s of CORPUS) assert.equal(tok.decode(tok.encode(s)), s);
});

test("text never encodes to a special token", () => {
  const tok = small();
  const ids = tok.encode("<sep> <tld:com> <bos>");
  assert.ok(ids.every((id) => !tok.isSpecial(id)));
  assert.equal(tok.decode([tok.specialId("<bos>"), ...tok.encode("hi")]), "<bos>hi");
  assert.equal(tok.decode([tok.specialId("<bos>"), ...tok.encode("hi")], { skipSpecials: true }), "hi");
});

test("training is deterministic and learns frequent words", () => {
  const a = small();
  const b = trainTokenizer([...CORPUS], { vocabSize: SPECIALS.length + 256 + 30, specials: SPECIALS });
  assert.deepEqual(a.toData(), b.toData());
  assert.equal(a.vocabSize, SPECIALS.length + 256 + 30);
  // " coffee" occurs often: it becomes a single token, so it compresses better than bytes.
  assert.equal(a.encode(" coffee").length, 1);
  assert.ok(a.encode(CORPUS[0]!).length < new TextEncoder().encode(CORPUS[0]!).length * 0.75);
});

test("save/load gives the same tokenizer", () => {
  const a = small();
  const b = Tokenizer.fromJSON(a.toJSON());
  assert.deepEqual(b.toData(), a.toData());
  for (const s of CORPUS) assert.deepEqual(b.encode(s), a.encode(s));
});

test("corrupt files and bad options raise typed errors", () => {
  assert.throws(
    () => Tokenizer.fromJSON("{"),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKENIZER_FILE",
  );
  const d = small().toData();
  assert.throws(
    () => Tokenizer.fromData({ ...d, merges: [[9999, 5]] }),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKENIZER_FILE",
  );
  assert.throws(
    () => Tokenizer.fromData({ ...d, version: 2 }),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKENIZER_FILE",
  );
  assert.throws(
    () => trainTokenizer(CORPUS, { vocabSize: 10, specials: SPECIALS }),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKENIZER_OPTIONS",
  );
  assert.throws(
    () => trainTokenizer(CORPUS, { vocabSize: 400, specials: ["<pad>"] }),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKENIZER_OPTIONS",
  );
  assert.throws(
    () => small().decode([1e9]),
    (e: unknown) => e instanceof TokenizerError && e.code === "E_TOKEN_ID",
  );
});

test("GGUF vocabulary export: one string per id, byte-level alphabet, merges in order", () => {
  const tok = small();
  const v = tokenizerToGgufVocab(tok);
  assert.equal(v.tokens.length, tok.vocabSize);
  assert.equal(new Set(v.tokens).size, tok.vocabSize);
  assert.equal(v.tokens[tok.specialId("<eos>")], "<eos>");
  assert.equal(v.tokens[SPECIALS.length + 0x20], "Ġ"); // GPT-2 maps the space byte to U+0120
  assert.equal(v.merges!.length, tok.merges.length);
  const id = tok.encode(" coffee")[0]!;
  assert.equal(v.tokens[id], "Ġcoffee");
});
