import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveGenerators, suggestDetailed } from "../../src/index.js";

// A trade served in person that the industry guess is sure of, with no town, street or hours in the text: blind
// judges gave .app a fit of 0.4 of 2 on such businesses (rounds v92-v93), so the crafted names keep off generic
// stand-in endings there as they already did for a business that names its town.
test("a sure in-person trade with no town gets no .app, .dev or .io names", async () => {
  const res = await suggestDetailed("landscaping", { count: 10, generators: resolveGenerators("crafted") });
  assert.equal(res.status, "success");
  assert.ok(res.suggestions.length >= 5);
  const generic = res.suggestions.map((s) => s.display).filter((d) => /\.(app|dev|io)$/.test(d));
  assert.deepEqual(generic, []);
});

test("software for the same trade keeps its software endings open", async () => {
  const res = await suggestDetailed("scheduling app for landscaping crews", {
    count: 10,
    generators: resolveGenerators("crafted"),
  });
  assert.equal(res.status, "success");
  assert.ok(res.suggestions.some((s) => !/\.(com|garden)$/.test(s.display)));
});
