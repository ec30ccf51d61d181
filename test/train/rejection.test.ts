import { test } from "node:test";
import assert from "node:assert/strict";
import type { Candidate } from "../../src/core/types.js";
import { understand } from "../../src/understand/index.js";
import { scoreName, checkName } from "../../src/index.js";
import { learnedScore, modelNamesJudge } from "../../src/score/index.js";
import { mergeTargetSet, selectSamples } from "../../src/train/index.js";

const cand = (label: string, parts: string[] = []): Candidate => ({
  label,
  tld: "com",
  source: "model",
  method: "model",
  parts,
});

test("rejection sampling keeps valid, guard-passing samples at or above the threshold, best first, at most `keep`", () => {
  const u = understand("organic coffee shop in downtown area");
  const samples = [
    cand("xqzvkt"),
    cand("beanbrew", ["bean", "brew"]),
    cand("-bad"),
    cand("starbuckscoffee", ["coffee"]),
    cand("coffeecup", ["coffee", "cup"]),
    cand("roastshop", ["roast", "shop"]),
    cand("beanbrew", ["bean", "brew"]),
  ];
  assert.equal(
    checkName("starbuckscoffee", { trademarks: "drop" }).ok,
    false,
    "the guard must reject the brand for this test to mean anything",
  );
  const threshold = scoreName("roastshop", "com", u, ["roast", "shop"]).overall - 1e-9;
  const all = selectSamples(samples, u, { threshold, keep: 10 });
  const labels = all.map((n) => n.label);
  assert.ok(
    !labels.includes("-bad") && !labels.includes("starbuckscoffee") && !labels.includes("xqzvkt"),
    labels.join(","),
  );
  assert.ok(labels.includes("roastshop"));
  assert.equal(new Set(labels).size, labels.length, "a repeated sample counts once");
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.score >= all[i]!.score);
  assert.ok(all.every((n) => n.score >= threshold));
  assert.deepEqual(selectSamples(samples, u, { threshold, keep: 1 }), all.slice(0, 1));
  assert.deepEqual(selectSamples(samples, u, { threshold: 10.01, keep: 5 }), []);
});

test("prefer rare: the passing samples drawn fewest times come first, ties by score; failing ones stay out", () => {
  const u = understand("organic coffee shop in downtown area");
  const drawn = (label: string, parts: string[], draws: number): Candidate => ({ ...cand(label, parts), draws });
  const samples = [
    drawn("coffeecup", ["coffee", "cup"], 5),
    drawn("beanbrew", ["bean", "brew"], 1),
    drawn("roastshop", ["roast", "shop"], 2),
    drawn("xqzvkt", [], 1),
  ];
  const threshold =
    Math.min(
      ...["coffeecup", "beanbrew", "roastshop"].map((l, i) => scoreName(l, "com", u, samples[i]!.parts).overall),
    ) - 1e-9;
  assert.ok(
    scoreName("xqzvkt", "com", u, []).overall < threshold,
    "the junk sample must fail the threshold for this test to mean anything",
  );
  const byScore = selectSamples(samples, u, { threshold, keep: 2 }).map((n) => n.label);
  const rare = selectSamples(samples, u, { threshold, keep: 2, prefer: "rare" }).map((n) => n.label);
  assert.deepEqual(rare, ["beanbrew", "roastshop"]);
  assert.ok(byScore.includes("coffeecup"), byScore.join(","));
});

test("a merged target set holds each label once and the best `max` by score", () => {
  const picked = [
    { label: "beanroast", tld: "com", score: 9.3 },
    { label: "coffeecup", tld: "com", score: 9.4 },
  ];
  const current = [
    { label: "coffeecup", tld: "com", score: 9.0 },
    { label: "brewshop", tld: "com", score: 8.1 },
    { label: "beanbar", tld: "com", score: 9.1 },
  ];
  assert.deepEqual(
    mergeTargetSet(picked, current, 3).map((n) => `${n.label}:${n.score}`),
    ["coffeecup:9.4", "beanroast:9.3", "beanbar:9.1"],
  );
  assert.equal(mergeTargetSet([], current, 8).length, 3);
});

test("the model-judge scorer keeps the samples the model-names judge scores best, with its scores", () => {
  const u = understand("bookkeeping for small bakeries, monthly flat fee");
  const samples = ["crumbledger", "stitchandbreak", "bakebooks", "ledgerloaf", "xqzvkt"].map((l) => cand(l));
  const picked = selectSamples(samples, u, { threshold: 0, keep: 3, scorer: "model-judge" });
  const expected = samples
    .map((c) => ({ label: c.label, s: learnedScore(c.label, "com", u, modelNamesJudge()).score }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 3);
  assert.deepEqual(
    picked.map((n) => n.label),
    expected.map((e) => e.label),
  );
  assert.ok(Math.abs(picked[0]!.score - expected[0]!.s) < 1e-3);
});
