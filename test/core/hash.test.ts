import { test } from "node:test";
import assert from "node:assert/strict";
import { fnv1a, sha256Hex } from "../../src/core/hash.js";

test("fnv1a and sha256Hex match their published test vectors", () => {
  // FNV-1a 32-bit: "" is the offset basis, "a" = 0xe40c292c (Fowler, Noll, Vo test suite).
  assert.equal(fnv1a(""), 0x811c9dc5);
  assert.equal(fnv1a("a"), 0xe40c292c);
  // SHA-256 (FIPS 180-2 example): "abc"; text is hashed as UTF-8, the same digest as its bytes.
  const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  assert.equal(sha256Hex("abc"), abc);
  assert.equal(sha256Hex(new TextEncoder().encode("abc")), abc);
  assert.equal(sha256Hex("é"), sha256Hex(Uint8Array.from([0xc3, 0xa9])));
});
