// The pooled out-of-fold cross-validation (cv-parts.ts parts) read at chosen thresholds: overall recall and false-block
// rate per threshold, and optionally the whole report at one of them as JSON.
//   node --import tsx experiments/safety/cv-at.mts --folds 10 [--json OUT --at T] T1 [T2 ...] -- PART.json...
import { readFileSync, writeFileSync } from "node:fs";
import { crossValidationReport, type OutOfFold } from "../../src/safety/build/cv.js";
import { loadPolicy } from "../../src/safety/policy.js";

const args = process.argv.slice(2);
const sep = args.indexOf("--");
if (sep < 0) throw new Error("usage: cv-at.mts --folds K [--json OUT --at T] T1 [T2 ...] -- PART.json...");
const opts = args.slice(0, sep);
const files = args.slice(sep + 1);
const opt = (name: string): string | undefined => {
  const i = opts.indexOf(name);
  return i >= 0 ? opts[i + 1] : undefined;
};
const folds = Number(opt("--folds") ?? 10);
// Every option's name and the value after it are options; the rest are thresholds.
const optionAt = new Set(
  opts.flatMap((o, i) => (["--folds", "--json", "--at"].includes(o) ? [i, i + 1] : [])),
);
const thresholds = opts.filter((_, i) => !optionAt.has(i)).map(Number);
const oof = files.flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as OutOfFold[]);
const floors = loadPolicy().decision;
for (const t of thresholds) {
  const o = crossValidationReport(oof, t, floors, `${folds} folds of writers`).overall;
  console.log(t.toFixed(3), "recall", o.recall.toFixed(4), o.recallCI, "false-block", o.falseBlockRate.toFixed(4), o.falseBlockCI);
}
const out = opt("--json");
if (out) {
  const at = Number(opt("--at"));
  writeFileSync(out, JSON.stringify(crossValidationReport(oof, at, floors, `${folds} folds of writers`), null, 2) + "\n");
}
