/**
 * The guard's leave-one-writer-out cross-validation split over processes (2 cores: two parts at once), then
 * pooled: the same out-of-fold scores, threshold and report as `safety cv --json`, in about half the time.
 *   node --import tsx experiments/safety/cv-parts.ts part <i> <n> <out.json>   (folds of writers i, i+n, ...)
 *   node --import tsx experiments/safety/cv-parts.ts merge <part.json>...       (prints the report as JSON)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chooseThreshold, crossValidate, crossValidationReport, type OutOfFold } from "../../src/safety/build/cv.js";
import { loadWriterRequests } from "../../src/safety/build/requests.js";
import { loadPolicy } from "../../src/safety/policy.js";

const [mode, ...args] = process.argv.slice(2);
if (mode === "part") {
  const [i, n, out] = [Number(args[0]), Number(args[1]), args[2]];
  if (!Number.isInteger(i) || !Number.isInteger(n) || !out) throw new Error("usage: part <i> <n> <out.json>");
  const writers = [...new Set(loadWriterRequests().map((r) => r.writer))];
  const mine = new Set(writers.filter((_, k) => k % n === i));
  const oof = crossValidate(undefined, (line) => process.stderr.write(line + "\n"), mine);
  writeFileSync(out, JSON.stringify(oof));
} else if (mode === "merge") {
  const oof = args.flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as OutOfFold[]);
  const floors = loadPolicy().decision;
  const threshold = chooseThreshold(oof, floors, 0.02);
  process.stdout.write(JSON.stringify(crossValidationReport(oof, threshold, floors), null, 2) + "\n");
} else throw new Error("usage: cv-parts.ts part <i> <n> <out.json> | merge <part.json>...");
