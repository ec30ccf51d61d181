import { readFileSync } from "node:fs";
import type { OutOfFold } from "../../src/safety/build/cv.js";
// Usage: node --import tsx experiments/safety/injection-false-blocks.mts <cv dir with P0, P1> <threshold>
// What blocks the held-out lawful requests written in injection style: the classifier or a rule floor, and which class.
const oof = [`${process.argv[2]}/P0`, `${process.argv[2]}/P1`].flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as OutOfFold[]);
const t = Number(process.argv[3] ?? 0.435);
const safeInj = oof.filter((o) => o.item.label === "safe" && o.item.style === "injection");
const blockedBy = { cls: 0, rule: 0, both: 0 };
const cats = new Map<string, number>();
for (const o of safeInj) {
  const c = o.unsafeProbability >= t, r = o.maxRule >= 4;
  if (c && r) blockedBy.both++; else if (c) blockedBy.cls++; else if (r) blockedBy.rule++;
  if (c || r) { const top = Object.entries(o.probabilities).sort((a, b) => b[1] - a[1])[0]![0]; cats.set(top, (cats.get(top) ?? 0) + 1); }
}
console.log("safe injection-style", safeInj.length, blockedBy, [...cats]);
