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

test("a hot-sauce maker in Oakland is not offered the Baton Rouge maker's place-bound names", async () => {
  const { placeBoundNames } = await import("../../src/naming/index.js");
  const { resolveGenerators, suggestDetailed } = await import("../../src/index.js");
  const bound = placeBoundNames().get("w7-0099");
  assert.ok(bound && bound.labels.has("redsticksauce"), "the shipped verdicts mark the Baton Rouge maker's names");
  const res = await suggestDetailed("Small-batch fermented hot sauce, brewed in Oakland", {
    count: 10,
    generators: resolveGenerators("crafted"),
  });
  assert.equal(res.status, "success");
  const shown = res.suggestions.map((s) => s.display.slice(0, s.display.indexOf(".")));
  assert.ok(shown.length > 0);
  assert.deepEqual(
    shown.filter((l) => bound.labels.has(l)),
    [],
  );
});
