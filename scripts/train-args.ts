/**
 * Shared helpers of the scripts/train-*.ts entry points: flags, paths, seeded subsets.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { join } from "node:path";
import { Rng } from "../src/engine/index.js";

export const ROOT = process.cwd();
export const DATASET_DIR = join(ROOT, "data", "dataset");
export const TARGETS_DIR = join(ROOT, "data", "model-targets");
export const MODEL_DIR = join(ROOT, "models", "namewright-small");

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses --flags; values are strings, read with num()/str(). Unknown flags are an error. */
export function flags(options: Options): Record<string, string | boolean | undefined> {
  return parseArgs({ options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
}

export function num(v: string | boolean | undefined, dflt: number): number {
  if (v === undefined || typeof v === "boolean") return dflt;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`expected a number, got "${v}"`);
  return x;
}

export function str(v: string | boolean | undefined, dflt: string): string {
  return typeof v === "string" ? v : dflt;
}

/** A seeded subset of n items (order shuffled), all of them when n >= length. */
export function seededSubset<T>(items: readonly T[], n: number, seed: number): T[] {
  const rng = new Rng(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.min(n, a.length));
}

export function log(line: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}
