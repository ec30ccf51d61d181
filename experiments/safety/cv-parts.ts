/**
 * The guard's leave-one-writer-out cross-validation split over processes (2 cores: two parts at once), then
 * pooled: the same out-of-fold scores, threshold and report as `safety cv --json`, in about half the time.
 *   node --import tsx experiments/safety/cv-parts.ts part <i> <n> <out.json> [folds]   (folds i, i+n, ...)
 *   node --import tsx experiments/safety/cv-parts.ts merge <part.json>... [--folds K]    (prints the report as JSON)
 * Without `folds` every writer is its own fold (leave-one-writer-out); with it, the writers are grouped into that
 * many folds (guard v15 on: ten folds, a fifth of leave-one-writer-out's cost at fifty writers).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chooseThreshold, crossValidate, crossValidationReport, type OutOfFold } from "../../src/safety/build/cv.js";
import { loadWriterRequests } from "../../src/safety/build/requests.js";
import { loadPolicy } from "../../src/safety/policy.js";

const [mode, ...args] = process.argv.slice(2);
if (mode === "part") {
  const [i, n, out] = [Number(args[0]), Number(args[1]), args[2]];
  const folds = args[3] === undefined ? undefined : Number(args[3]);
  if (!Number.isInteger(i) || !Number.isInteger(n) || !out) throw new Error("usage: part <i> <n> <out.json> [folds]");
  const writers = [...new Set(loadWriterRequests().map((r) => r.writer))];
  const mine = new Set(writers.filter((_, k) => (folds === undefined ? k : k % folds) % n === i));
  const oof = crossValidate(undefined, (line) => process.stderr.write(line + "\n"), mine, folds);
  writeFileSync(out, JSON.stringify(oof));
} else if (mode === "merge") {
  const k = args.indexOf("--folds");
  const folds = k >= 0 ? Number(args[k + 1]) : undefined;
  const files = k >= 0 ? args.filter((_, j) => j !== k && j !== k + 1) : args;
  const oof = files.flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as OutOfFold[]);
  const floors = loadPolicy().decision;
  const threshold = chooseThreshold(oof, floors, 0.02);
  const scheme = folds === undefined ? "leave-one-writer-out" : `${folds} folds of writers`;
  process.stdout.write(JSON.stringify(crossValidationReport(oof, threshold, floors, scheme), null, 2) + "\n");
} else throw new Error("usage: cv-parts.ts part <i> <n> <out.json> | merge <part.json>...");
