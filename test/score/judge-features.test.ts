import { test } from "node:test";
import assert from "node:assert/strict";
import { JUDGE_FEATURES, judgeFeatures } from "../../src/score/judge/features.js";
import { understand } from "../../src/understand/index.js";

const at = (xs: number[], name: (typeof JUDGE_FEATURES)[number]): number => xs[JUDGE_FEATURES.indexOf(name)];

test("judge features: one finite value in [0, 1] per named feature, for short, long and odd names alike", () => {
  const u = understand("organic coffee shop near the harbour in Porto");
  for (const [label, tld] of [
    ["cais", "coffee"],
    ["orgcofo", "com"],
    ["x", "xyz"],
    ["organic-coffee-shop-porto-2024", "net"],
  ]) {
    const f = judgeFeatures(label, tld, u);
    assert.equal(f.length, JUDGE_FEATURES.length);
    for (const [i, v] of f.entries()) {
      assert.ok(Number.isFinite(v), `${label}.${tld}: ${JUDGE_FEATURES[i]}`);
      if (JUDGE_FEATURES[i] !== "lengthDistance")
        assert.ok(v >= 0 && v <= 1, `${label}.${tld}: ${JUDGE_FEATURES[i]} = ${v}`);
    }
  }
});

test("judge features see what judges punish and reward: fragments, TLD classes, one-word .coms, AI TLDs for software", () => {
  const cafe = understand("organic coffee shop near the harbour in Porto");
  assert.equal(at(judgeFeatures("orgcofo", "com", cafe), "fragment"), 1, "glued fragments of 'organic' and 'coffee'");
  assert.equal(at(judgeFeatures("cais", "coffee", cafe), "tldTopical"), 1);
  assert.equal(at(judgeFeatures("portobrew", "pt", cafe), "tldLocal"), 1);
  assert.equal(at(judgeFeatures("coffeebrew", "jp", cafe), "tldOtherCountry"), 1);
  assert.equal(at(judgeFeatures("coffee", "com", cafe), "oneWord"), 1);
  const ai = understand("AI agent that audits freight invoices for mid-size shippers");
  assert.equal(at(judgeFeatures("billscout", "ai", ai), "techTldForSoftware"), 1);
  assert.equal(at(judgeFeatures("billscout", "com", ai), "techTldForSoftware"), 0);
  assert.equal(at(judgeFeatures("syncflow", "io", ai), "stockWord"), 1);
});
