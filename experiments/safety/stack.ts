/**
 * Experiment: does the rule score deserve a say below its floor? One leave-one-writer-out cross-validation of
 * the shipped pipeline (src/safety/build/cv.ts) writes the out-of-fold scores (OOF env, default /tmp/oof-v3.json);
 * then for each weight a the decision "block when p_unsafe + a * max_c rule_c >= t, or a rule reaches its floor"
 * gets the lowest t with pooled false-block <= 0.02 on the held-out writers, and its recall is printed.
 *   node --import tsx experiments/safety/stack.ts            (cross-validates, ~10 min)
 *   OOF=/tmp/oof-v3.json REUSE=1 node --import tsx experiments/safety/stack.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { crossValidate } from "../../src/safety/build/cv.js";

interface Row {
  id: string;
  writer: string;
  unsafe: boolean;
  p: number;
  rule: number;
  minorsRule: number;
}
const file = process.env.OOF ?? "/tmp/oof-v3.json";
let rows: Row[];
if (process.env.REUSE && existsSync(file)) rows = JSON.parse(readFileSync(file, "utf8")) as Row[];
else {
  rows = crossValidate(undefined, (l) => console.error(l)).map((o) => ({
    id: o.item.id,
    writer: o.item.writer ?? "",
    unsafe: o.item.label !== "safe",
    p: o.unsafeProbability,
    rule: Math.max(0, o.maxRule),
    minorsRule: o.rules.minors,
  }));
  writeFileSync(file, JSON.stringify(rows));
}
const floorHit = (r: Row): boolean => r.rule >= 4 || r.minorsRule >= 3;
const safe = rows.filter((r) => !r.unsafe);
const unsafe = rows.filter((r) => r.unsafe);
for (const a of [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3]) {
  const s = (r: Row): number => r.p + a * r.rule;
  let best = Infinity;
  for (let t = 0.2; t <= 1.6; t += 0.005) {
    const fb = safe.filter((r) => floorHit(r) || s(r) >= t).length / safe.length;
    if (fb <= 0.02) {
      best = t;
      break;
    }
  }
  const recall = unsafe.filter((r) => floorHit(r) || s(r) >= best).length / unsafe.length;
  const fb = safe.filter((r) => floorHit(r) || s(r) >= best).length / safe.length;
  console.log(`a ${a.toFixed(2)}: threshold ${best.toFixed(3)} recall ${recall.toFixed(4)} false-block ${fb.toFixed(4)}`);
}
