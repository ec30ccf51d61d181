import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  firstLearnedJudge,
  learnedJudge,
  learnedScore,
  modelNamesJudge,
  type JudgeValidation,
} from "../../src/score/index.js";
import { parseItems, resolveJudge } from "../../src/evaluate/index.js";
import { understand } from "../../src/understand/index.js";

test("the shipped learned judge loads with its validation and scores within 0-10 / [0, 1]", () => {
  const j = learnedJudge();
  assert.ok(
    j.validation.some((v) => v.set.startsWith("validation")),
    "carries its agreement with held-out labels",
  );
  const u = understand("organic coffee shop near the harbour in Porto");
  for (const [label, tld] of [
    ["cais", "coffee"],
    ["xqzvbt", "xyz"],
    ["organiccoffeeshoponline", "com"],
  ]) {
    const s = learnedScore(label, tld, u, j);
    assert.ok(s.score >= 0 && s.score <= 10 && s.pGood >= 0 && s.pGood <= 1, `${label}.${tld}`);
  }
  assert.ok(
    learnedScore("cais", "coffee", u, j).score > learnedScore("xqzvbt", "xyz", u, j).score,
    "a real name beats a random string",
  );
});

test("a learned-judge file of other features or without models is refused with a clear error", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-judge-"));
  const bad = join(dir, "judge.json");
  writeFileSync(bad, JSON.stringify({ version: 0, features: ["x"], score: {}, good: {}, validation: [] }));
  assert.throws(() => learnedJudge(bad), /does not hold a learned judge/);
  assert.throws(() => learnedJudge(join(dir, "missing.json")), /fit it with/);
});

test("evaluation: --judge learned resolves, and hand-written descriptions ({text, lang}) are items", async () => {
  const judge = await resolveJudge("learned");
  assert.match(judge.id, /^learned:v\d+$/);
  const [s] = await judge.judge([{ description: "vegan bakery in Berlin", domain: "krume.de", display: "krume.de" }]);
  assert.ok(s.score >= 0 && s.score <= 10);
  const items = parseItems('{"id":"w9-0001","text":"vegan bakery in Berlin","lang":"en"}\n');
  assert.deepEqual(items, [{ id: "w9-0001", business_description: "vegan bakery in Berlin", language: "en" }]);
  assert.throws(() => parseItems('{"id":"x","lang":"en"}\n'), /needs "business_description"/);
});

test("the model-names judge loads with its held-out agreement on model names, well above chance", () => {
  const m = modelNamesJudge();
  const row = m.validation[0]!;
  assert.match(row.set, /held out/);
  assert.ok(row.n > 500, "validated on a real round of model names");
  // The reason the judge exists: on names the models made, the learned judge ranks at chance (Spearman ~0), so a
  // model-names judge that does not beat it clearly should not be used as a reward or a selector.
  assert.ok(row.spearmanLearned > 0.3, `held-out Spearman ${row.spearmanLearned}`);
  const u = understand("bookkeeping for small bakeries, monthly flat fee");
  assert.ok(
    learnedScore("crumbledger", "com", u, m).score > learnedScore("stitchandbreak", "com", u, m).score,
    "a name built from the request beats an unrelated word pair",
  );
});

test("the shipped judge (v2, trees) beats the first one on held-out dev2 labels; the first stays for the reranker", () => {
  const j = learnedJudge();
  assert.equal(j.score.kind, "trees");
  const dev2 = j.validation.find((v) => v.set.startsWith("validation: dev2") && v.set.endsWith("all candidates")) as
    (JudgeValidation & { spearmanFirst: number; aucFirst: number }) | undefined;
  assert.ok(dev2 && dev2.n > 1000, "validated on the held-out dev2 writers");
  assert.ok(dev2.spearmanLearned > dev2.spearmanFirst, `${dev2.spearmanLearned} vs ${dev2.spearmanFirst}`);
  assert.ok(dev2.auc > dev2.aucFirst, `${dev2.auc} vs ${dev2.aucFirst}`);
  const first = firstLearnedJudge();
  assert.equal(first.version, 1);
  assert.equal(first.score.kind, "logistic");
});
