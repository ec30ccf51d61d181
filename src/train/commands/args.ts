/**
 * Shared helpers of the `namewright train <command>` implementations: flag values, paths, seeded subsets.
 * Flags arrive parsed by commander (src/train/cli.ts), keyed by their dashed names ("eval-every").
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Rng } from "../../engine/index.js";

export const ROOT = process.cwd();
export const DATASET_DIR = join(ROOT, "data", "built", "dataset");
export const TARGETS_DIR = join(ROOT, "data", "built", "model-targets");
export const MODEL_DIR = join(ROOT, "models", "namewright-small");
/** The shipped model's lab notebook: run logs, evaluation summaries, the rendered results history. */
export const EXPERIMENT_DIR = join(ROOT, "experiments", "namewright-small");

/** A parsed flag: a string, true for a boolean flag, a list for a repeatable one. */
export type FlagValue = string | boolean | Array<string | boolean> | undefined;

/** A command's flags by dashed name; values are read with num()/str()/list(). */
export type Flags = Record<string, FlagValue>;

export function num(v: FlagValue, dflt: number): number {
  if (v === undefined || typeof v === "boolean") return dflt;
  if (Array.isArray(v)) throw new Error(`expected one number, got ${v.length} values`);
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`expected a number, got "${v}"`);
  return x;
}

export function str(v: FlagValue, dflt: string): string {
  return typeof v === "string" ? v : dflt;
}

/** The values of a `multiple` flag (none when absent). */
export function list(v: FlagValue): string[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}

/** The folder a script writes to: --out (relative to the repository) when given, else `dflt`; created. */
export function outDir(v: FlagValue, dflt: string): string {
  const dir = typeof v === "string" ? join(ROOT, v) : dflt;
  mkdirSync(dir, { recursive: true });
  return dir;
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
