/**
 * The run registry: every training run lives in runs/<id>/ with its config.json (everything needed to
 * reproduce it), metrics.jsonl (one JSON object per logged step / evaluation), its checkpoint and its
 * best weights. Any figure in a model card can be traced back to a run id.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../formats/index.js";
import { TrainError } from "./errors.js";

export interface Run {
  id: string;
  dir: string;
}

export function runsRoot(root: string): string {
  return join(root, "runs");
}

/** Opens (creating if needed) runs/<id>; an existing config must equal the new one unless `resume` is false and the dir is fresh. */
export function openRun(root: string, id: string, config: object): Run {
  if (!/^[a-z0-9][a-z0-9._-]{0,80}$/i.test(id))
    throw new TrainError("E_RUN_ID", `run id "${id}" must be 1-80 letters, digits, dot, dash or underscore`);
  const dir = join(runsRoot(root), id);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "config.json");
  const text = JSON.stringify(config, null, 2);
  if (existsSync(file)) {
    const old = readFileSync(file, "utf8");
    if (old !== text)
      throw new TrainError(
        "E_RUN_CONFIG",
        `runs/${id} exists with a different config; pick a new --run id or delete runs/${id}`,
      );
  } else writeFileSync(file, text);
  return { id, dir };
}

export function logMetrics(run: Run, entry: object): void {
  appendFileSync(join(run.dir, "metrics.jsonl"), JSON.stringify(entry) + "\n");
}

export function readMetrics(run: Run): Array<Record<string, unknown>> {
  const f = join(run.dir, "metrics.jsonl");
  if (!existsSync(f)) return [];
  return readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function saveRunFile(run: Run, name: string, bytes: Uint8Array | string): void {
  writeFileAtomic(join(run.dir, name), typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
}
