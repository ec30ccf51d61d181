import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { understand } from "../../src/understand/index.js";
import { fitTldModel, loadTldModel, predictTlds, tldFeatures, type TldExample } from "../../src/naming/tld-model.js";
import { loadKnowledge } from "../../src/naming/index.js";

/** Coffee requests' experts end names in .coffee, software requests' in .app; everything else in .com. */
function planted(): TldExample[] {
  const out: TldExample[] = [];
  for (let i = 0; i < 30; i++) {
    out.push({ features: ["stem:coffe", `stem:x${i}`], tlds: ["coffee", "coffee", "coffee", "com"] });
    out.push({ features: ["stem:app", "says:software", `stem:y${i}`], tlds: ["app", "app", "com", "app"] });
    out.push({ features: [`stem:z${i}`, "lang:en"], tlds: ["com", "com", "com", "com"] });
  }
  return out;
}

test("the TLD model learns planted endings and its probabilities sum to one", () => {
  const m = fitTldModel(planted(), { steps: 200, lambda: 1e-4, minCount: 3 });
  assert.deepEqual([...m.classes].sort(), ["app", "coffee", "com"]);
  const coffee = predictTlds(m, ["stem:coffe"]);
  assert.equal(coffee[0]![0], "coffee");
  // The experts' share (3 of 4 on .coffee) is what a calibrated fit recovers, give or take the L2 pull.
  assert.ok(Math.abs(coffee[0]![1] - 0.75) < 0.1, `p(coffee) ${coffee[0]![1]}`);
  assert.equal(predictTlds(m, ["stem:app", "says:software"])[0]![0], "app");
  assert.equal(predictTlds(m, ["lang:en"])[0]![0], "com");
  // An unseen feature changes nothing: only the bias speaks.
  const sum = predictTlds(m, ["stem:never-seen"]).reduce((a, [, p]) => a + p, 0);
  assert.ok(Math.abs(sum - 1) < 1e-9);
});

test("the loader rejects a file that is not a TLD model, with the command that rebuilds it", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-tld-"));
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ version: 1, classes: ["com", "app"], bias: [0], weights: {} }));
  assert.throws(() => loadTldModel(bad), /fit-tld-model/);
  const outOfRange = join(dir, "range.json");
  writeFileSync(
    outOfRange,
    JSON.stringify({ version: 1, classes: ["com", "app"], bias: [0, 0], weights: { "stem:a": [[5, 1]] } }),
  );
  assert.throws(() => loadTldModel(outOfRange), /not a TLD model/);
  const good = join(dir, "good.json");
  writeFileSync(good, JSON.stringify(fitTldModel(planted(), { steps: 20, minCount: 3 })));
  assert.equal(loadTldModel(good)?.classes.length, 3);
});

test("the shipped model reads a request's words, industry and signals", () => {
  const u = understand("law firm");
  const f = tldFeatures(u, { software: false, ai: false, local: false, offline: false });
  assert.ok(f.includes("words:1-2"));
  assert.ok(f.some((x) => x.startsWith("stem:")));
  assert.ok(f.includes(`lang:${u.language}`));
  const k = loadKnowledge();
  assert.ok(k.tldModel, "the shipped knowledge carries the shipped TLD model");
  const p = predictTlds(k.tldModel, f);
  assert.ok(p.length >= 2 && p.every(([, v]) => v > 0 && v < 1));
});
