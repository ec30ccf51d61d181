import assert from "node:assert/strict";
import { test } from "node:test";
import { boundElsewhere, type PlaceBoundEntry } from "../../src/naming/index.js";

const table = new Map<string, PlaceBoundEntry>([
  ["w2-0219", { place: "sacramento", labels: new Set(["sactownkeys", "rivercityrentals"]) }],
]);

test("a place-bound name is borrowed only for a business in the same place", () => {
  assert.equal(boundElsewhere("w2-0219", "sactownkeys", "oakland", table), true);
  assert.equal(boundElsewhere("w2-0219", "sactownkeys", undefined, table), true);
  assert.equal(boundElsewhere("w2-0219", "sactownkeys", "sacramento", table), false);
});

test("names the checkers did not mark, and descriptions they did not see, are borrowed as before", () => {
  assert.equal(boundElsewhere("w2-0219", "quietnights", "oakland", table), false);
  assert.equal(boundElsewhere("w7-0099", "redsticksauce", "oakland", table), false);
});
