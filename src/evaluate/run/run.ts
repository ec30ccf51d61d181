/**
 * runEval: runs one generator configuration over evaluation items through the same pipeline users get
 * (suggestDetailed), judges the returned names, and writes the run folder (see store.ts). Resumable: items
 * already in items.jsonl are skipped, so the same command continues an interrupted run.
 */
import { basename } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { NamewrightError } from "../../core/errors.js";
import { suggestDetailed, type DetailedResult } from "../../generate/index.js";
import { RUBRIC_WEIGHTS } from "../../score/index.js";
import { constraintViolations, hasConstraints, mergeConstraints, parseItemConstraints } from "../constraints.js";
import { categoryOf, loadItems, type EvalItem } from "../data.js";
import { EvalError } from "../errors.js";
import { resolveGeneratorConfig, type GeneratorSpec } from "../generators.js";
import { RubricJudge } from "../judges/rubric.js";
import type { JudgeInput, NameJudge } from "../judges/types.js";
import { DEFAULT_TOP_K, isValidDomainName, itemMetrics, languageMatches, type NameRecord } from "../metrics.js";
import { aggregate, type Aggregates } from "./aggregate.js";
import {
  appendItem,
  codeVersion,
  ensureDir,
  readConfig,
  readItems,
  repairItemsFile,
  runDir,
  writeJsonAtomic,
  type ItemRecord,
  type RunConfig,
} from "./store.js";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface RunEvalOptions {
  /** A config string ("lexical", "lexical:pool=200") or a spec with any CandidateGenerator. */
  generator: string | GeneratorSpec;
  /** "test" | "val" | "train" | a JSONL path, or items given directly. */
  data: string | { items: EvalItem[]; sha256: string; path?: string };
  /** Default: the rubric judge. */
  judge?: NameJudge;
  /** Folder holding run folders (default "runs"). */
  out?: string;
  /** Run id (default: derived from generator, data and judge, so the same command resumes). */
  id?: string;
  /** Items evaluated at once (default 1; raise it for remote judges). */
  concurrency?: number;
  /** k of score@k (default 5). */
  topK?: number;
  /** Suggestions asked per item (default 10). */
  count?: number;
  /** Per-item time limit in ms (default 60,000). The pipeline is synchronous between awaits, so an item
   *  that overruns is recorded as "timeout" when it returns; `namewright edge` enforces hard limits. */
  timeoutMs?: number;
  /** Evaluate only the first N items. */
  limit?: number;
  /** Show a progress bar on stderr (default: when stderr is a TTY). */
  progress?: boolean;
  /** Called after each finished item. */
  onItem?: (rec: ItemRecord, done: number, total: number) => void;
}

export interface RunResult {
  id: string;
  dir: string;
  config: RunConfig;
  items: ItemRecord[];
  aggregates: Aggregates;
  /** Items evaluated by this call (the rest came from an earlier, interrupted call). */
  evaluated: number;
}

function defaultId(generator: string, dataPath: string, judge: string): string {
  const data = basename(dataPath).replace(/\.jsonl$/, "");
  return `${generator}__${data}__${judge}`.replace(/[^A-Za-z0-9._=+-]+/g, "-").slice(0, 200);
}

class TimeoutError extends Error {}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new TimeoutError(`over ${ms} ms`)), ms))),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Runs the pipeline on one item and judges its names. Never throws for a bad item: the record says what happened. */
export async function evaluateItem(
  item: EvalItem,
  spec: GeneratorSpec,
  judge: NameJudge,
  opts: { topK: number; count: number; timeoutMs: number },
): Promise<ItemRecord> {
  const base = {
    id: item.id,
    description: item.business_description,
    language: item.language ?? null,
    category: categoryOf(item),
    industry: item.industry ?? null,
    sector: item.sector ?? null,
  };
  const fromItem = parseItemConstraints(item.constraints);
  const t0 = performance.now();
  let result: DetailedResult;
  try {
    result = await withTimeout(
      suggestDetailed(item.business_description, { ...spec.options, count: opts.count, generators: spec.generators }),
      opts.timeoutMs,
    );
  } catch (e) {
    const latencyMs = performance.now() - t0;
    const timeout = e instanceof TimeoutError || latencyMs > opts.timeoutMs;
    const error = e instanceof NamewrightError ? `${e.code}: ${e.message}` : String((e as Error)?.message ?? e);
    return {
      ...base,
      status: timeout ? "timeout" : "error",
      error,
      latencyMs,
      understood: null,
      expected: fromItem,
      names: [],
      metrics: itemMetrics([], opts.topK, hasConstraints(fromItem), null),
    };
  }
  const latencyMs = performance.now() - t0;
  if (result.status === "blocked") {
    return {
      ...base,
      status: "blocked",
      error: `blocked: ${result.category ?? "unknown"}`,
      latencyMs,
      understood: null,
      expected: fromItem,
      names: [],
      metrics: itemMetrics([], opts.topK, hasConstraints(fromItem), null),
    };
  }
  const u = result.understanding;
  const expected = mergeConstraints(fromItem, u.constraints);
  // The judge sees the description and the name only (plus the shared understanding for the rubric judge),
  // never the generator's own claims such as `parts`, so every generator is judged alike.
  const inputs: JudgeInput[] = result.suggestions.map((s) => ({
    description: item.business_description,
    domain: s.domain,
    display: s.display,
    understanding: u,
  }));
  const judged = inputs.length ? await judge.judge(inputs) : [];
  const names: NameRecord[] = result.suggestions.map((s, i) => ({
    domain: s.domain,
    display: s.display,
    confidence: s.confidence,
    rubric: s.score.overall,
    judge: judged[i].score,
    ...(judged[i].reason ? { judgeReason: judged[i].reason } : {}),
    source: s.source,
    method: s.method,
    valid: isValidDomainName(s.domain),
    violations: constraintViolations(s.display, expected),
  }));
  const status = latencyMs > opts.timeoutMs ? "timeout" : "success";
  return {
    ...base,
    status,
    latencyMs,
    understood: { language: u.language, industry: u.industry?.id ?? null },
    expected,
    names,
    metrics: itemMetrics(names, opts.topK, hasConstraints(expected), languageMatches(item.language, u.language)),
  };
}

export async function runEval(opts: RunEvalOptions): Promise<RunResult> {
  const spec = typeof opts.generator === "string" ? await resolveGeneratorConfig(opts.generator) : opts.generator;
  const data =
    typeof opts.data === "string"
      ? loadItems(opts.data)
      : { path: opts.data.path ?? "inline", sha256: opts.data.sha256, items: opts.data.items };
  const items = opts.limit !== undefined ? data.items.slice(0, opts.limit) : data.items;
  const judge = opts.judge ?? new RubricJudge();
  const topK = opts.topK ?? DEFAULT_TOP_K;
  const count = opts.count ?? 10;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const concurrency = Math.max(1, Math.min(64, Math.floor(opts.concurrency ?? 1)));
  if (!Number.isInteger(topK) || topK < 1 || topK > count)
    throw new EvalError("eval_bad_option", `top-k must be a whole number from 1 to count (${count}), got ${topK}`);

  const id = opts.id ?? defaultId(spec.name, data.path, judge.id);
  const dir = runDir(opts.out ?? "runs", id);
  ensureDir(dir);
  const code = codeVersion();
  const config: RunConfig = {
    id,
    createdAt: new Date().toISOString(),
    generator: { name: spec.name, options: { ...spec.options, generators: spec.generators.map((g) => g.name) } },
    judge: judge.id,
    topK,
    count,
    timeoutMs,
    items: items.length,
    versions: {
      code,
      data: { path: data.path, sha256: data.sha256 },
      model: spec.model ?? null,
      node: process.version,
    },
  };
  if (existsSync(join(dir, "config.json"))) {
    const prev = readConfig(dir);
    const same =
      JSON.stringify(prev.generator) === JSON.stringify(config.generator) &&
      prev.judge === config.judge &&
      prev.topK === topK &&
      prev.count === count &&
      prev.versions?.data?.sha256 === data.sha256 &&
      JSON.stringify(prev.versions?.model ?? null) === JSON.stringify(config.versions.model);
    if (!same)
      throw new EvalError(
        "eval_run_mismatch",
        `run folder ${dir} holds a different configuration (generator, judge, k, count, data or model); pass another --id or remove the folder`,
      );
    config.createdAt = prev.createdAt;
    config.items = Math.max(prev.items, items.length);
    const revs = new Set(prev.resumedWith ?? []);
    if (code.rev && code.rev !== prev.versions.code.rev) revs.add(code.rev);
    if (revs.size) config.resumedWith = [...revs];
    config.versions.code = prev.versions.code;
  }
  writeJsonAtomic(join(dir, "config.json"), { ...config, rubricWeights: RUBRIC_WEIGHTS });

  repairItemsFile(dir);
  const done = new Map(readItems(dir).map((r) => [r.id, r]));
  const todo = items.filter((it) => !done.has(it.id));
  const total = items.length;
  const showBar = opts.progress ?? Boolean(process.stderr.isTTY);
  const bar = showBar
    ? new SingleBar(
        {
          format:
            "eval |{bar}| {value}/{total} items | score@k {mean} | {duration_formatted} elapsed, ETA {eta_formatted}",
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : null;
  let sum = 0;
  let finished = 0;
  for (const r of done.values()) sum += r.metrics.score;
  bar?.start(total, total - todo.length, { mean: done.size ? (sum / done.size).toFixed(2) : "-" });

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const item = todo[next++];
      const rec = await evaluateItem(item, spec, judge, { topK, count, timeoutMs });
      appendItem(dir, rec);
      done.set(rec.id, rec);
      sum += rec.metrics.score;
      finished++;
      bar?.update(total - todo.length + finished, { mean: (sum / done.size).toFixed(2) });
      opts.onItem?.(rec, total - todo.length + finished, total);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, todo.length)) }, worker));
  } finally {
    bar?.stop();
  }
  const wanted = new Set(items.map((it) => it.id));
  const records = [...done.values()].filter((r) => wanted.has(r.id));
  const aggregates = aggregate(records, topK);
  writeJsonAtomic(join(dir, "aggregates.json"), aggregates);
  return { id, dir, config, items: records, aggregates, evaluated: finished };
}
