import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { understand } from "../../src/understand/index.js";
import { craftedCandidates } from "../../src/generate/index.js";
import {
  RERANK_FEATURES,
  loadReranker,
  methodGroup,
  rerankContext,
  rerankFeatures,
  rerankConfidence,
  rerankScore,
  type Reranker,
} from "../../src/generate/rerank.js";
import { loadKnowledge, namingContext } from "../../src/naming/index.js";
import type { Candidate } from "../../src/core/types.js";

const u = understand("Specialty coffee roastery and espresso bar in Portland");
const rc = {
  u,
  tlds: ["coffee", "com", "co"],
  topConcept: "coffee",
  neighbourSim: new Map([["roastroom", 0.3]]),
  bestSim: 0.4,
};
const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  label: "roastroom",
  tld: "coffee",
  source: "crafted",
  method: "crafted:neighbour",
  parts: ["roastroom"],
  prior: 0.5,
  ...over,
});
const at = (name: string): number => RERANK_FEATURES.indexOf(name);

function model(beta: number[], intercept = 4): Reranker {
  const n = RERANK_FEATURES.length;
  return {
    version: 1,
    features: [...RERANK_FEATURES],
    mean: new Array<number>(n).fill(0),
    sd: new Array<number>(n).fill(1),
    beta,
    intercept,
    lambda: 1,
    labels: 0,
    validation: {
      n: 0,
      withinDescriptionSpearman: 0,
      priorWithinDescriptionSpearman: 0,
      judgeWithinDescriptionSpearman: 0,
      pooledSpearman: 0,
    },
  };
}

test("a required word's names form one method group, whichever side the word is on", () => {
  assert.equal(methodGroup("crafted:required+piece"), "required");
  assert.equal(methodGroup("crafted:concept+required"), "required");
  assert.equal(methodGroup("crafted:required"), "required");
  assert.equal(methodGroup("crafted:concept+piece"), "concept+piece");
});

test("features: one per name, the method one-hot, the TLD's place among the fitting TLDs, the pool position", () => {
  const x = rerankFeatures(candidate(), 4, rc);
  assert.equal(x.length, RERANK_FEATURES.length);
  assert.ok(x.every(Number.isFinite));
  assert.equal(x[at("method:neighbour")], 1);
  assert.equal(x[at("method:concept+piece")], 0);
  assert.equal(x[at("tldRank")], 0);
  assert.equal(x[at("logrank")], Math.log(5));
  assert.equal(x[at("logprior")], Math.log(0.5));
  assert.equal(rerankFeatures(candidate({ tld: "co" }), 4, rc)[at("tldRank")], 2);
  // A TLD the request's experts never chose counts as further down than any that fits.
  assert.equal(rerankFeatures(candidate({ tld: "xyz" }), 4, rc)[at("tldRank")], 6);
  assert.equal(
    rerankFeatures(candidate({ label: "coffeenook", parts: ["coffee", "nook"] }), 0, rc)[at("hasTopConcept")],
    1,
  );
  // A borrowed name carries its neighbour's own similarity and the closest one's; a made name neither.
  assert.equal(x[at("neighbourSim")], 0.3);
  assert.equal(x[at("neighbourLogBest")], Math.log(0.4));
  const made = rerankFeatures(candidate({ method: "crafted:concept+piece", label: "roastroom" }), 4, rc);
  assert.equal(made[at("neighbourSim")], 0);
  assert.equal(made[at("neighbourLogBest")], 0);
});

test("the request's context gives each expert label its closest neighbour's similarity", () => {
  const ctx = namingContext(u, loadKnowledge());
  const c = rerankContext(u, ctx);
  assert.ok(ctx.neighbours.length > 0);
  assert.equal(c.bestSim, ctx.neighbours[0]!.sim);
  const first = ctx.knowledge.entries[ctx.neighbours[0]!.index]!.names[0]!.label;
  assert.equal(c.neighbourSim.get(first), ctx.neighbours[0]!.sim);
  for (const v of c.neighbourSim.values()) assert.ok(v > 0 && v <= c.bestSim);
});

test("the prediction is the standardised linear model: b + sum beta (x - mean) / sd", () => {
  const n = RERANK_FEATURES.length;
  const beta = new Array<number>(n).fill(0);
  beta[at("tldRank")] = -0.5;
  const m = model(beta, 4);
  m.mean[at("tldRank")] = 1;
  m.sd[at("tldRank")] = 2;
  const x = new Array<number>(n).fill(0);
  x[at("tldRank")] = 5;
  assert.equal(rerankScore(x, m), 4 - 0.5 * ((5 - 1) / 2));
});

test("a reranker file over other features is refused with a clear error; a missing one is no reranker", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-rerank-"));
  assert.equal(loadReranker(join(dir, "absent.json")), undefined);
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ ...model([1]), features: ["len"] }));
  assert.throws(() => loadReranker(bad), /refit it/);
  const good = join(dir, "good.json");
  writeFileSync(good, JSON.stringify(model(new Array<number>(RERANK_FEATURES.length).fill(0.1))));
  assert.equal(loadReranker(good)?.beta.length, RERANK_FEATURES.length);
});

test("the shipped reranker reorders the crafted candidates without adding or losing any, priors in (0, 1]", () => {
  const shipped = loadReranker();
  assert.ok(shipped, "data/built/naming/reranker.json ships with the product");
  assert.ok(shipped.validation.withinDescriptionSpearman > shipped.validation.priorWithinDescriptionSpearman);
  const plain = craftedCandidates(u, { rerank: false });
  const reranked = craftedCandidates(u);
  assert.deepEqual(reranked.map((c) => `${c.label}.${c.tld}`).sort(), plain.map((c) => `${c.label}.${c.tld}`).sort());
  assert.ok(reranked.every((c) => c.prior !== undefined && c.prior > 0 && c.prior <= 1));
  assert.equal(reranked[0]!.prior, 1);
  for (let i = 1; i < reranked.length; i++) assert.ok(reranked[i - 1]!.prior! >= reranked[i]!.prior!);
  // It changes the order (else it would not be worth its cost).
  assert.notDeepEqual(
    reranked.slice(0, 10).map((c) => c.label),
    plain.slice(0, 10).map((c) => c.label),
  );
});

test("the confidence is Platt scaling of the prediction; a file without one has none, a malformed one is refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-rerank-conf-"));
  const n = RERANK_FEATURES.length;
  const withConf = { ...model(new Array<number>(n).fill(0.1)), confidence: { coef: [0.9], bias: -5.7 } };
  const path = join(dir, "conf.json");
  writeFileSync(path, JSON.stringify(withConf));
  const r = loadReranker(path)!;
  // sigmoid(0.9 * 7 - 5.7) = sigmoid(0.6)
  assert.ok(Math.abs(rerankConfidence(7, r)! - 1 / (1 + Math.exp(-0.6))) < 1e-12);
  assert.ok(rerankConfidence(9, r)! > rerankConfidence(3, r)!);
  assert.equal(rerankConfidence(7, loadReranker(join(dir, "absent.json"))), undefined);
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ ...withConf, confidence: { coef: [1, 2], bias: 0 } }));
  assert.throws(() => loadReranker(bad), /confidence/);
});

test("the shipped crafted suggestions carry the reranker's calibrated confidence, best first", async () => {
  const { suggestDetailed, resolveGenerators } = await import("../../src/index.js");
  const res = await suggestDetailed("Specialty coffee roastery and espresso bar in Portland", {
    count: 5,
    generators: resolveGenerators("crafted"),
  });
  assert.equal(res.status, "success");
  if (res.status !== "success") return;
  const ps = res.suggestions.map((s) => s.confidence);
  for (let i = 1; i < ps.length; i++) assert.ok(ps[i - 1]! >= ps[i]!);
  assert.ok(loadReranker()?.confidence, "the shipped reranker holds a fitted confidence");
  assert.ok(ps.every((p) => p > 0 && p < 1));
});
