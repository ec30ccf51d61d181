/**
 * How well the confidence shown for the embedded model's names predicts the blind judges: for every name of
 * source run=rs-e4 (the shipped model) in rounds v57 and v59 (blind labels; neither round is in the fit of the
 * learned judge or of the model-names judge), P(>= 7) by the learned judge (what `--generator model` showed up
 * to the twenty-first session) and by the model-names judge (the judge that chose the names), against the event
 * "blind mean >= 7": mean predicted vs observed rate, AUC, Brier score, expected calibration error (10 bins).
 *
 *   node --import tsx experiments/model-issue18/confidence-check.mts [v57,v59] [run=rs-e4]
 */
import { learnedJudge, learnedScore, modelNamesJudge } from "../../src/score/index.js";
import { understand } from "../../src/understand/index.js";
import { brierScore, expectedCalibrationError, rocAuc } from "../../src/evaluate/stats/index.js";
import { meanOf, readDescriptions, readRound } from "../../scripts/ground-truth.js";

const rounds = (process.argv[2] ?? "v57,v59").split(",");
const source = process.argv[3] ?? "run=rs-e4";
const judges = { learned: learnedJudge(), "model-names": modelNamesJudge() };
const rows: { y: number; p: Record<string, number> }[] = [];
for (const r of rounds) {
  const round = readRound(r);
  const texts = new Map(readDescriptions([...new Set(round.map((p) => p.key.writer))]).map((d) => [d.id, d.text]));
  const us = new Map<string, ReturnType<typeof understand>>();
  for (const p of round) {
    if (!p.key.sources.some((s) => s.source === source)) continue;
    const u = us.get(p.key.id) ?? understand(texts.get(p.key.id) ?? "");
    us.set(p.key.id, u);
    const dot = p.key.domain.indexOf(".");
    const [label, tld] = [p.key.domain.slice(0, dot), p.key.domain.slice(dot + 1)];
    const ps: Record<string, number> = {};
    for (const [name, j] of Object.entries(judges)) ps[name] = learnedScore(label, tld, u, j).pGood;
    rows.push({ y: meanOf(p.scores) >= 7 ? 1 : 0, p: ps });
  }
}
const observed = meanOf(rows.map((r) => r.y));
console.log(`${rows.length} names of ${source} in ${rounds.join(", ")}; blind mean >= 7: ${observed.toFixed(3)}`);
console.log("| P(>= 7) by | mean predicted | AUC | Brier | ECE (10 bins) |\n|---|---|---|---|---|");
for (const name of Object.keys(judges)) {
  const p = rows.map((r) => r.p[name]!);
  const y = rows.map((r) => r.y);
  const [a, b, e] = [rocAuc(p, y), brierScore(p, y), expectedCalibrationError(p, y, 10)];
  console.log(`| ${name} judge | ${meanOf(p).toFixed(3)} | ${a.toFixed(3)} | ${b.toFixed(4)} | ${e.toFixed(3)} |`);
}
