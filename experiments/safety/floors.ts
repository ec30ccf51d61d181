/**
 * Experiment: one leave-one-writer-out cross-validation of the shipped pipeline (src/safety/build/cv.ts),
 * then the decision rule at several rule floors; the threshold for each is chosen on the pooled
 * held-out scores (false-block <= 0.02). Writes the out-of-fold scores to /tmp/oof.json.
 *   node --import tsx experiments/safety/floors.ts
 */
import { writeFileSync } from "node:fs";
import { chooseThreshold, crossValidate, crossValidationReport } from "../../src/safety/build/cv.js";
const oof = crossValidate(undefined, (l) => console.error(l));
writeFileSync(process.env.OOF ?? "/tmp/oof.json", JSON.stringify(oof.map((o) => ({ id: o.item.id, p: o.unsafeProbability, c: Object.entries(o.probabilities).sort((a, b) => b[1] - a[1])[0][0], r: o.maxRule }))));
for (const floor of [2, 2.5, 3, 4, 99]) {
  for (const maxFb of [0.015, 0.02]) {
    const floors = { ruleFloor: floor, categoryRuleFloor: { minors: Math.min(3, floor) } };
    const t = chooseThreshold(oof, floors, maxFb);
    const r = crossValidationReport(oof, t, floors);
    console.log(`floor ${floor} maxFb ${maxFb}: threshold ${t} recall ${r.overall.recall?.toFixed(3)} fb ${r.overall.falseBlockRate?.toFixed(4)}`);
  }
}
import { formatSafetyEvalReport } from "../../src/safety/build/eval.js";
{
  const floor = Number(process.env.FLOOR ?? 4);
  const floors = { ruleFloor: floor, categoryRuleFloor: { minors: Math.min(3, floor) } };
  const t = chooseThreshold(oof, floors, 0.02);
  writeFileSync((process.env.OOF ?? "/tmp/oof") + ".md", formatSafetyEvalReport(crossValidationReport(oof, t, floors)));
}
