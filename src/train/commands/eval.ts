/**
 * `namewright train eval` — the paired comparison of models and the lexical generator (bootstrap CIs).
 *
 * Systems (each gets the SAME candidate budget `--pool` before the SAME pipeline ranking, suggestDetailed
 * with count 10): lexical-only; base (prompted); fine-tuned; fine-tuned + rejection sampling; and the
 * combined pipeline (RS model + lexical, pool/2 each). A model's budget is `pool` distinct names, as the
 * lexical generator's is `pool` distinct labels chosen from the few hundred it builds: rows that repeat a
 * name are redrawn, up to `--retries` x pool extra rows (0 = the budget is rows, repeats wasted). As the
 * product's `--generator model`, a model samples `--oversample` (DEFAULT_OVERSAMPLE) x pool names and hands
 * the pool best by the lexical generator's prior to the ranking, as the lexical generator hands the pool
 * best of the few hundred it builds. `<run>-plain` systems (base-plain, ft-plain, rs-plain) sample pool rows
 * once under the name mask only: the model's own sampling, the seed's base-vs-fine-tuned comparison.
 *
 * Per description: quality@10 = (sum of the rubric scores of the returned top 10) / 10, a missing slot
 * counting 0. Metrics the rejection-sampling selection did not use: validity (share of decoded rows
 * that end in a valid name), duplicates (share of decoded rows that repeat an earlier name), novelty (share of
 * returned labels not among the training targets), constraint satisfaction (share of returned names that
 * meet the record's explicit constraints), language match (share of returned names whose best-fitting
 * phonotactic model is the description's language).
 * Per-description rows go to runs/eval-<tag>/items.jsonl (resumable); the summary to runs/eval-<tag>/summary.json.
 * `--split val` is for tuning; `--split test-reserve` scores data/built/dataset/test-reserve.jsonl, the test records
 * the split's cap dropped (a first look for a pre-registered confirmation). Each model samples as it ships
 * (its generation_config.json, else DEFAULT_SAMPLING) unless --temperature / --top-p set one setting for all.
 *
 *   npm run train:eval -- --tag v1 --n 500 --pool 48 --base base-s1 --ft ft-s1 --rs rs-s1
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Candidate, Understanding } from "../../core/types.js";
import { setThreads, type SamplingOptions } from "../../engine/index.js";
import { suggestDetailed, lexicalGenerator, asSupplement, type CandidateGenerator } from "../../generate/index.js";
import {
  createModelGenerator,
  loadModelBundle,
  bundleSampling,
  DEFAULT_RETRIES,
  DEFAULT_SAMPLING,
  DEFAULT_ANCHORS,
  DEFAULT_OVERSAMPLE,
  type Anchors,
} from "../../generate/neural/index.js";
import {
  bootstrapMeanCi,
  comparePaired,
  constraintViolations,
  countingGenerator,
  mean,
  nameLanguageShare,
  noveltyShare,
  pairedMeanDiffCi,
  parseItemConstraints,
  scoreAtK,
} from "../../evaluate/index.js";
import { readTargets } from "../index.js";
import { DATASET_DIR, ROOT, TARGETS_DIR, list, log, num, seededSubset, str, type Flags } from "./args.js";

interface TestRecord {
  id: string;
  business_description: string;
  language: string;
  sector: string;
  industry: string;
  constraints: {
    maxLength?: number;
    allowDigits?: false;
    allowHyphens?: false;
    tlds?: string[];
    mustInclude?: string[];
  };
}

interface SystemRow {
  quality: number;
  returned: number;
  meanScore: number;
  constraintOk: number;
  langMatch: number;
  novelty: number;
  rows: number;
  validRows: number;
  dupRows: number;
  ms: number;
}

interface ItemRow {
  id: string;
  language: string;
  sector: string;
  systems: Record<string, SystemRow>;
}

/** "--anchors a:f": a anchored words and f free rows per cycle (SampleOptions.anchors). */
function parseAnchors(spec: string): Anchors {
  const m = /^(\d+):(\d+)$/.exec(spec);
  if (!m) throw new Error(`--anchors wants words:free (e.g. 4:1), got "${spec}"`);
  return { words: Number(m[1]), free: Number(m[2]) };
}

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  // The test split is for the reported figures; tune (temperature, checkpoints) on --split val.
  const split = str(f.split, "test");
  // --temperature / --top-p set every model's sampling; without them each model samples as it ships
  // (DEFAULT_SAMPLING with what its folder's generation_config.json sets, see readGenerationConfig).
  const forced =
    f.temperature !== undefined || f["top-p"] !== undefined
      ? {
          temperature: num(f.temperature, DEFAULT_SAMPLING.temperature ?? 1),
          topP: num(f["top-p"], DEFAULT_SAMPLING.topP ?? 1),
        }
      : null;
  const samplingOf: Record<string, SamplingOptions> = {};
  const retries = num(f.retries, DEFAULT_RETRIES);
  // As the product's `--generator model` samples (DEFAULT_OVERSAMPLE); --oversample 1 turns it off.
  const oversample = num(f.oversample, DEFAULT_OVERSAMPLE);
  const anchors = parseAnchors(str(f.anchors, `${DEFAULT_ANCHORS.words}:${DEFAULT_ANCHORS.free}`));
  setThreads(num(f.threads, 1));
  const pool = num(f.pool, 48);
  const dir = join(ROOT, "runs", `eval-${str(f.tag, "v1")}`);
  mkdirSync(dir, { recursive: true });
  const runs: Record<string, { dir: string; file: string }> = {
    base: { dir: join(ROOT, "runs", str(f.base, "base-s1")), file: "model.safetensors" },
    ft: { dir: join(ROOT, "runs", str(f.ft, "ft-s1")), file: "merged.safetensors" },
    rs: { dir: join(ROOT, "runs", str(f.rs, "rs-s1")), file: "merged.safetensors" },
    // Control for the rejection-sampling round: the fine-tuned model trained for the same extra steps on
    // its original targets, so "rs vs ctl" isolates what the selected samples add.
    ctl: { dir: join(ROOT, "runs", str(f.ctl, "ctl-s1")), file: "merged.safetensors" },
  };
  for (const spec of list(f.model)) {
    const m = /^([a-z][a-z0-9-]*)=([^:]+)(?::(.+))?$/.exec(spec);
    if (!m) throw new Error(`--model wants name=run[:file], got "${spec}"`);
    runs[m[1]!] = { dir: join(ROOT, "runs", m[2]!), file: m[3] ?? "merged.safetensors" };
  }
  const extraComparisons = str(f.compare, "")
    .split(",")
    .filter(Boolean)
    .map((c) => c.split(":") as [string, string]);
  const wanted = str(f.systems, "lexical,base,ft,rs,both").split(",");
  const counters: Record<string, { rows: number; valid: number; dup: number }> = {};
  const generators: Record<string, CandidateGenerator[]> = {};
  const poolOf: Record<string, number> = {};
  // A model's validity and duplicate counts come from its sampler: every decoded row, redrawn ones included.
  // plain: the model's own sampling under the name mask only (no redraws, no required-word decoding, no anchors).
  const modelGen = (
    name: string,
    cap: number,
    c: { rows: number; valid: number; dup: number },
    redraws = retries,
    plain = false,
    over = oversample,
  ): CandidateGenerator => {
    const r = runs[name]!;
    const stats = { rows: 0, complete: 0, unique: 0 };
    const bundle = loadModelBundle(r.dir, r.file);
    const sampling = forced ?? bundleSampling(bundle);
    samplingOf[name] = sampling;
    const g = createModelGenerator({
      bundle,
      maxSamples: cap,
      sampling,
      stats,
      ...(plain
        ? { retries: 0, decodeRequired: false, anchors: { words: 0, free: 0 } }
        : { retries: redraws, anchors, oversample: over }),
    });
    return {
      name: g.name,
      generate(u: Understanding, count: number): Candidate[] {
        const before = { ...stats };
        const out = g.generate(u, count);
        c.rows += stats.rows - before.rows;
        c.valid += stats.complete - before.complete;
        c.dup += stats.complete - before.complete - (stats.unique - before.unique);
        return out;
      },
    };
  };
  for (const s of wanted) {
    counters[s] = { rows: 0, valid: 0, dup: 0 };
    if (s === "lexical") {
      generators[s] = [countingGenerator(lexicalGenerator, pool, counters[s]!)];
      poolOf[s] = pool;
    } else if (s === "both") {
      const half = Math.floor(pool / 2);
      generators[s] = [modelGen("rs", half, counters[s]!), countingGenerator(lexicalGenerator, half, counters[s]!)];
      poolOf[s] = half;
    } else if (s === "lexical-product" || s === "both-product" || s === "both-product-ungated") {
      // The product's own budgets (src/generate/generators.ts): lexical pool 200, plus 32 model rows for
      // "both", not redrawn (as the product samples them there, for latency), gated as a supplement
      // (CandidateGenerator.supplement); both-product-ungated: the same without the gate (eval-v10's both-product).
      const gs = [countingGenerator(lexicalGenerator, 200, counters[s]!)];
      if (s !== "lexical-product") {
        const m = modelGen("rs", 32, counters[s]!, 0, false, 1);
        gs.unshift(s === "both-product" ? asSupplement(m) : m);
      }
      generators[s] = gs;
      poolOf[s] = 200;
    } else if (/^both-product@\d+x\d+$/.test(s)) {
      // Product budgets with the model's share chosen by the lexical prior: both-product@16x2 = 32 rows
      // (not redrawn), the 16 best by prior join the lexical 200 (gated as both-product's).
      const [names, factor] = s.slice(13).split("x").map(Number) as [number, number];
      generators[s] = [
        asSupplement(modelGen("rs", names, counters[s]!, 0, false, factor)),
        countingGenerator(lexicalGenerator, 200, counters[s]!),
      ];
      poolOf[s] = 200;
    } else if (s in runs) {
      generators[s] = [modelGen(s, pool, counters[s]!)];
      poolOf[s] = pool;
    } else if (s.endsWith("-plain") && s.slice(0, -6) in runs) {
      // The seed's comparison: what fine-tuning changed in the model's own sampling, without the product's
      // decoding aids (which lift a weak model more than a strong one).
      generators[s] = [modelGen(s.slice(0, -6), pool, counters[s]!, 0, true)];
      poolOf[s] = pool;
    } else throw new Error(`unknown system ${s}`);
  }
  // --offset k skips the first k of the seeded order: `--offset 500 --n 2500` is the rest of a 3,000-item
  // split, items an earlier `--n 500` run never saw (a confirmation on fresh items, not a second look).
  const config = {
    n: num(f.n, 500),
    offset: num(f.offset, 0),
    pool,
    seed: num(f.seed, 1),
    systems: wanted,
    runs,
    split,
    sampling: forced ?? samplingOf,
    retries,
    anchors,
    oversample,
  };
  appendFileSync(join(dir, "invocations.jsonl"), JSON.stringify(config) + "\n");

  const trainLabels = new Set<string>();
  for (const names of readTargets(join(TARGETS_DIR, "train.jsonl")).values())
    for (const n of names) trainLabels.add(n.label);
  const all = readFileSync(join(DATASET_DIR, `${split}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as TestRecord);
  const records = seededSubset(all, config.offset + config.n, config.seed).slice(config.offset);
  const itemsFile = join(dir, "items.jsonl");
  const done = new Map<string, ItemRow>();
  // Several invocations (one per system, possibly in parallel) append rows for the same id: merge them.
  if (existsSync(itemsFile)) {
    for (const l of readFileSync(itemsFile, "utf8").split("\n")) {
      if (!l.trim()) continue;
      const r = JSON.parse(l) as ItemRow;
      const prev = done.get(r.id);
      done.set(r.id, prev ? { ...prev, systems: { ...prev.systems, ...r.systems } } : r);
    }
  }
  // Progress counts this invocation's records that have every wanted system (another tag's or another
  // system's rows in the same file are not this run's progress).
  const complete = (id: string): boolean => done.has(id) && wanted.every((s) => s in done.get(id)!.systems);
  let completed = records.filter((r) => complete(r.id)).length;
  log(
    `eval ${dir}: ${records.length} ${split} descriptions (${completed} done), systems ${wanted.join(", ")}, pool ${pool}`,
  );
  const t0 = Date.now();
  let k = 0;
  for (const r of records) {
    if (complete(r.id)) continue;
    const prev = done.get(r.id);
    const row: ItemRow = { id: r.id, language: r.language, sector: r.sector, systems: { ...(prev?.systems ?? {}) } };
    const fresh: Record<string, SystemRow> = {};
    for (const s of wanted) {
      if (s in row.systems) continue;
      const c = counters[s]!;
      const before = { ...c };
      const t = Date.now();
      const res = await suggestDetailed(r.business_description, {
        count: 10,
        poolSize: poolOf[s],
        generators: generators[s],
      });
      const ms = Date.now() - t;
      const sugg = res.status === "success" ? res.suggestions : [];
      const expected = parseItemConstraints(r.constraints);
      const labels = sugg.map((x) => x.domain.slice(0, x.domain.indexOf(".")));
      const frac = (xs: boolean[]): number => (xs.length === 0 ? 0 : xs.filter(Boolean).length / xs.length);
      row.systems[s] = fresh[s] = {
        quality: scoreAtK(
          sugg.map((x) => x.score.overall),
          10,
        ),
        returned: sugg.length,
        meanScore: sugg.length ? mean(sugg.map((x) => x.score.overall)) : 0,
        constraintOk: frac(sugg.map((x) => constraintViolations(x.domain, expected).length === 0)),
        langMatch: nameLanguageShare(labels, r.language),
        novelty: noveltyShare(labels, trainLabels),
        rows: c.rows - before.rows,
        validRows: c.valid - before.valid,
        dupRows: c.dup - before.dup,
        ms,
      };
    }
    appendFileSync(itemsFile, JSON.stringify({ ...row, systems: fresh }) + "\n");
    done.set(r.id, row);
    k++;
    completed++;
    if (k % 25 === 0)
      log(`${completed}/${records.length} (${((Date.now() - t0) / 1000 / k).toFixed(2)} s/description)`);
  }
  summarise(
    dir,
    { ...config, extraComparisons },
    records.filter((r) => complete(r.id)).map((r) => done.get(r.id)!),
    wanted,
  );
}

function summarise(
  dir: string,
  config: {
    split: string;
    sampling: SamplingOptions | Record<string, SamplingOptions>;
    extraComparisons: Array<[string, string]>;
  },
  items: ItemRow[],
  systems: string[],
): void {
  const q = (s: string, xs: ItemRow[] = items): number[] => xs.map((i) => i.systems[s]!.quality);
  const per: Record<string, unknown> = {};
  for (const s of systems) {
    const rows = items.map((i) => i.systems[s]!);
    const sum = (k: keyof SystemRow): number => rows.reduce((a, r) => a + r[k], 0);
    per[s] = {
      quality: bootstrapMeanCi(q(s), { seed: 1 }),
      returnedMean: sum("returned") / rows.length,
      meanScoreOfReturned: mean(rows.filter((r) => r.returned > 0).map((r) => r.meanScore)),
      validity: sum("rows") ? sum("validRows") / sum("rows") : null,
      duplicates: sum("rows") ? sum("dupRows") / sum("rows") : null,
      constraintSatisfaction: mean(rows.map((r) => r.constraintOk)),
      languageMatch: mean(rows.map((r) => r.langMatch)),
      novelty: mean(rows.map((r) => r.novelty)),
      latencyMsMedian: [...rows.map((r) => r.ms)].sort((a, b) => a - b)[Math.floor(rows.length / 2)],
    };
  }
  const comparisons: Record<string, unknown> = {};
  const cmp = (a: string, b: string): void => {
    if (!systems.includes(a) || !systems.includes(b)) return;
    comparisons[`${b} vs ${a}`] = comparePaired(q(a), q(b), { seed: 1 });
  };
  cmp("lexical", "rs");
  cmp("ft", "rs");
  cmp("ctl", "rs");
  cmp("ft", "ctl");
  cmp("base", "ft");
  cmp("lexical", "both");
  cmp("lexical", "ft");
  cmp("lexical-product", "both-product");
  cmp("lexical-product", "both-product-ungated");
  cmp("base-plain", "ft-plain");
  cmp("ft-plain", "rs-plain");
  for (const [b, a] of config.extraComparisons) cmp(a, b);
  // The metrics the RS selection did not use, compared paired per item (B - A, 95% bootstrap CI): does the
  // round make them worse? Per-item shares (a description's duplicate rows / its rows), so the duplicate
  // figure here is a mean of shares, not the pooled share of the systems table.
  const unselected: Record<string, Record<string, unknown>> = {};
  const share = (r: SystemRow, k: "validRows" | "dupRows"): number => (r.rows > 0 ? r[k] / r.rows : 0);
  const perItem: Record<string, (r: SystemRow) => number> = {
    validity: (r) => share(r, "validRows"),
    duplicates: (r) => share(r, "dupRows"),
    constraintSatisfaction: (r) => r.constraintOk,
    languageMatch: (r) => r.langMatch,
    novelty: (r) => r.novelty,
  };
  // (and what the default "both" changes against lexical alone, at the product's budgets; and each --compare pair)
  const pairs: Array<readonly [string, string]> = [
    ["ft", "rs"],
    ["ft", "ctl"],
    ["ft-plain", "rs-plain"],
    ["lexical-product", "both-product"],
    ...config.extraComparisons.map(([b, a]) => [a, b] as const),
  ];
  for (const [a, b] of pairs) {
    if (!systems.includes(a) || !systems.includes(b)) continue;
    unselected[`${b} vs ${a}`] = Object.fromEntries(
      Object.entries(perItem).map(([m, f]) => [
        m,
        pairedMeanDiffCi(
          items.map((i) => f(i.systems[a]!)),
          items.map((i) => f(i.systems[b]!)),
          { seed: 1, resamples: 2000 },
        ),
      ]),
    );
  }
  const groups: Record<string, unknown> = {};
  for (const key of ["language", "sector"] as const) {
    const vals = [...new Set(items.map((i) => i[key]))].sort();
    groups[key] = Object.fromEntries(
      vals.map((v) => {
        const xs = items.filter((i) => i[key] === v);
        const m = Object.fromEntries(systems.map((s) => [s, Math.round(mean(q(s, xs)) * 1000) / 1000]));
        const d =
          systems.includes("rs") && systems.includes("lexical") && xs.length >= 10
            ? pairedMeanDiffCi(q("lexical", xs), q("rs", xs), { seed: 1, resamples: 2000 })
            : null;
        return [v, { n: xs.length, mean: m, rsMinusLexical: d }];
      }),
    );
  }
  const summary = {
    n: items.length,
    split: config.split,
    sampling: config.sampling,
    systems: per,
    comparisons,
    unselected,
    groups,
  };
  writeFileSync(join(dir, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  log(`summary: ${join(dir, "summary.json")}`);
  process.stdout.write(
    JSON.stringify({
      n: items.length,
      quality: Object.fromEntries(
        systems.map((s) => [s, (per[s] as { quality: { estimate: number } }).quality.estimate]),
      ),
    }) + "\n",
  );
}
