/**
 * The run folder, `runs/<id>/`:
 *   config.json      what ran (generator, data, judge, k) and versions of code, data and model
 *   items.jsonl      one record per item, appended as items finish (the resume point)
 *   aggregates.json  means with CIs and breakdowns, rewritten at the end of every run
 * Run folders are read back by `eval compare` and `report`, so reading is bounds-checked like any user file.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageRoot } from "../../core/paths.js";
import { EvalError } from "../errors.js";
import type { ItemMetrics, NameRecord } from "../metrics.js";
import type { ExpectedConstraints } from "../constraints.js";

export type ItemStatus = "success" | "blocked" | "error" | "timeout";

export interface ItemRecord {
  id: string;
  description: string;
  language: string | null;
  category: string;
  industry: string | null;
  sector: string | null;
  status: ItemStatus;
  error?: string;
  latencyMs: number;
  understood: { language: string; industry: string | null } | null;
  expected: ExpectedConstraints;
  names: NameRecord[];
  metrics: ItemMetrics;
}

export interface RunVersions {
  code: { rev: string | null; dirty: boolean | null };
  data: { path: string; sha256: string };
  model: { id: string; sha256?: string; path?: string } | null;
  node: string;
}

export interface RunConfig {
  id: string;
  createdAt: string;
  generator: { name: string; options: Record<string, unknown> };
  judge: string;
  topK: number;
  count: number;
  timeoutMs: number;
  items: number;
  versions: RunVersions;
  /** Code revisions of later resumes, when they differ from the first. */
  resumedWith?: string[];
}

const MAX_RUN_FILE = 512 * 1024 * 1024;

/** `git rev-parse HEAD` and whether tracked files differ; nulls outside a git checkout. */
export function codeVersion(): { rev: string | null; dirty: boolean | null } {
  try {
    const cwd = packageRoot();
    const rev = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return { rev, dirty: status.trim().length > 0 };
  } catch {
    return { rev: null, dirty: null };
  }
}

export function runDir(root: string, id: string): string {
  if (!/^[A-Za-z0-9._=:+-]{1,200}$/.test(id) || id.includes(".."))
    throw new EvalError("eval_bad_run_id", `run id "${id}" may use letters, digits and . _ = : + - only`);
  return resolve(root, id);
}

/** A run folder may be given as a path or as an id under ./runs. */
export function locateRun(spec: string, root = "runs"): string {
  for (const p of [spec, join(root, spec)]) if (existsSync(join(p, "config.json"))) return resolve(p);
  throw new EvalError(
    "eval_run_missing",
    `no run folder at "${spec}" (looked for config.json there and under ${root}/)`,
  );
}

function readBounded(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_RUN_FILE)
    throw new EvalError("eval_run_too_large", `${path} is ${size} bytes; the limit is ${MAX_RUN_FILE}`);
  return readFileSync(path, "utf8");
}

export function readConfig(dir: string): RunConfig {
  const path = join(dir, "config.json");
  try {
    const c = JSON.parse(readBounded(path)) as RunConfig;
    if (typeof c !== "object" || c === null || typeof c.id !== "string" || typeof c.judge !== "string")
      throw new Error("missing fields");
    return c;
  } catch (e) {
    if (e instanceof EvalError) throw e;
    throw new EvalError("eval_run_bad_config", `${path} is not a run config (${(e as Error).message})`);
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value, null, 2) + "\n");
  renameSync(tmp, path);
}

/**
 * Reads items.jsonl. A torn last line (a crash mid-write) is skipped so the run resumes from the last
 * complete record; a torn line elsewhere is an error. Later records for the same id replace earlier ones.
 */
export function readItems(dir: string): ItemRecord[] {
  const path = join(dir, "items.jsonl");
  if (!existsSync(path)) return [];
  const lines = readBounded(path).split("\n");
  const byId = new Map<string, ItemRecord>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let rec: ItemRecord;
    try {
      rec = JSON.parse(line) as ItemRecord;
    } catch {
      if (lines.slice(i + 1).every((l) => !l.trim())) break;
      throw new EvalError("eval_run_bad_items", `${path}:${i + 1} is not valid JSON`);
    }
    if (typeof rec?.id !== "string" || typeof rec.metrics?.score !== "number")
      throw new EvalError("eval_run_bad_items", `${path}:${i + 1} is not an item record`);
    byId.set(rec.id, rec);
  }
  return [...byId.values()];
}

/** Cuts a torn last line (no trailing newline: a crash mid-write) so appends start on a fresh line. */
export function repairItemsFile(dir: string): void {
  const path = join(dir, "items.jsonl");
  if (!existsSync(path)) return;
  const text = readBounded(path);
  if (text.length === 0 || text.endsWith("\n")) return;
  writeFileSync(path, text.slice(0, text.lastIndexOf("\n") + 1));
}

export function appendItem(dir: string, rec: ItemRecord): void {
  appendFileSync(join(dir, "items.jsonl"), JSON.stringify(rec) + "\n");
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
