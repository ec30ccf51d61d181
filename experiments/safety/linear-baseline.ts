/**
 * Experiment (2026-12-03): how far does the shipped guard's own design go on the hand-written requests?
 * Retrains the hashed n-gram logistic regression on the old train split plus 85% of writers s1-s3
 * (seeded shuffle), and scores the other 15% with the guard's decision rule (rules + p / scale) at
 * several classifier scales. Validation only; no test split exists for these requests yet.
 *
 *   node --import tsx experiments/safety/linear-baseline.ts [epochs]
 */
import { readFileSync } from "node:fs";
import { trainClassifier } from "../../src/safety/build/train.js";
import { loadDataset, type Example } from "../../src/safety/build/dataset.js";
import { predictProba, categoryProbabilities } from "../../src/safety/classifier.js";
import { extractFeatures } from "../../src/safety/features.js";
import { normalizeText } from "../../src/safety/normalize.js";
import { applyRules } from "../../src/safety/rules.js";
import { REQUEST_CATEGORIES } from "../../src/safety/policy.js";
import { Rng } from "../../src/core/random.js";
const rows: Request[] = ["s1", "s2", "s3"].flatMap((w) => readFileSync(`data/sources/safety/${w}.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Request));
const rng = new Rng(7);
const shuffled = rng.shuffle(rows);
const nVal = Math.round(rows.length * 0.15);
const val = shuffled.slice(0, nVal), tr = shuffled.slice(nVal);
interface Request { id: string; text: string; lang: string; label: string; kind: "unsafe" | "hard_negative" | "benign" }
const toExample = (r: Request): Example => ({ id: r.id, text: r.text, lang: r.lang, label: (r.kind === "unsafe" ? r.label : "safe") as Example["label"], kind: r.kind, split: "train", obfuscation: null, source: null });
const train: Example[] = [...loadDataset("train"), ...tr.map(toExample)];
const t0 = Date.now();
const { model } = trainClassifier(train, { epochs: Number(process.argv[2] ?? 15), lr0: 0.5, l2: 1e-6, seed: 1 });
console.log("trained", train.length, "in", Date.now() - t0, "ms");
const scored = val.map((r) => {
  const norm = normalizeText(r.text);
  const rules = applyRules(norm);
  const probs = categoryProbabilities(predictProba(model, extractFeatures(norm)));
  const combos = REQUEST_CATEGORIES.map((c) => ({ r: rules.scores[c], p: probs[c] }));
  return { harmful: r.kind === "unsafe", combos };
});
for (const scale of [0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25]) {
  let [tp, fn, fp, tn] = [0, 0, 0, 0];
  for (const s of scored) {
    const blocked = s.combos.some((c) => c.r + c.p / scale >= 1);
    if (s.harmful && blocked) tp++;
    else if (s.harmful) fn++;
    else if (blocked) fp++;
    else tn++;
  }
  console.log(`scale ${scale}: recall ${(tp / (tp + fn)).toFixed(3)} false-block ${(fp / (fp + tn)).toFixed(3)}`);
}
