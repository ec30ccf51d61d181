/**
 * Joins the guard's cross-validation out-of-fold scores (experiments/safety/cv-parts.ts parts) with the network's
 * (mlp-cv.ts) and compares, at the guard's decision rule (rule floor included), the lowest threshold whose pooled
 * false-block rate is <= 0.01 / 0.02 / 0.03 and the recall there, for the linear score, the network's, their mean
 * and weighted means.
 *   node --import tsx experiments/safety/mlp/eval.ts --cv P0.json,P1.json --net N0.json,N1.json
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { OutOfFold } from "../../../src/safety/build/cv.js";
import { ruleRatio } from "../../../src/safety/guard.js";
import { loadPolicy } from "../../../src/safety/policy.js";

const { values } = parseArgs({ options: { cv: { type: "string" }, net: { type: "string" } } });
const oof = (values.cv ?? "").split(",").flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as OutOfFold[]);
const net = new Map(
  (values.net ?? "").split(",").flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as { id: string; mlp: number }[]).map((r) => [r.id, r.mlp]),
);
const rows = oof.filter((o) => net.has(o.item.id));
const floors = loadPolicy().decision;
const floorHit = rows.map((o) => ruleRatio(o.rules, floors) >= 1);
const scores: Record<string, (o: OutOfFold) => number> = {
  linear: (o) => o.unsafeProbability,
  network: (o) => net.get(o.item.id)!,
  "mean 0.5": (o) => 0.5 * o.unsafeProbability + 0.5 * net.get(o.item.id)!,
  "mean 0.7 lin": (o) => 0.7 * o.unsafeProbability + 0.3 * net.get(o.item.id)!,
  max: (o) => Math.max(o.unsafeProbability, net.get(o.item.id)!),
};
const idx = rows.map((o, i) => [o, i] as const);
const safe = idx.filter(([o]) => o.item.label === "safe");
const unsafe = idx.filter(([o]) => o.item.label !== "safe");
console.log(`${rows.length} held-out requests (${unsafe.length} unsafe, ${safe.length} safe) of ${oof.length}`);
for (const [name, s] of Object.entries(scores)) {
  const parts: string[] = [];
  for (const target of [0.01, 0.02, 0.03]) {
    let thr = 0.995;
    for (let t = 0.3; t <= 0.995; t += 0.005) {
      const fb = safe.filter(([o, i]) => floorHit[i] || s(o) >= t).length / safe.length;
      if (fb <= target) {
        thr = Number(t.toFixed(3));
        break;
      }
    }
    const rec = unsafe.filter(([o, i]) => floorHit[i] || s(o) >= thr).length / unsafe.length;
    parts.push(`FB<=${target}: thr ${thr.toFixed(3)} recall ${rec.toFixed(3)}`);
  }
  console.log(`${name.padEnd(13)} ${parts.join(" | ")}`);
}
