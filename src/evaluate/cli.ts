/**
 * Commands of the evaluation module, wired into `namewright` by src/cli:
 *   namewright eval [--generator lexical] [--data test] [--judge rubric] ...   run and judge a configuration
 *   namewright eval compare <runA> <runB>                                     paired comparison
 *   namewright eval validate-judge [--judge rubric --judge http ...]           agreement with the calibration set
 *   namewright eval calibrate                                                 fit data/built/calibration/confidence.json
 *   namewright edge [--fuzz 150] [--out DIR]                                  edge-case discovery
 *   namewright report <run> [<run>...] [--edge FILE] [--out DIR]              Markdown + offline HTML report
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { builtPath, sourcePath } from "../core/paths.js";
import type { JudgeAgreement, PositionBias } from "./calibration/validate.js";
import { wholeNumberOption } from "../core/options.js";

export interface EvalCliIo {
  out(line: string): void;
  err(line: string): void;
}

const stdio: EvalCliIo = {
  out: (l) => void process.stdout.write(l + "\n"),
  err: (l) => void process.stderr.write(l + "\n"),
};

function int(name: string, v: string | undefined, min: number, max: number): number | undefined {
  return v === undefined ? undefined : wholeNumberOption(name, v, min, max, "bad_option");
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** The evaluation code, loaded when a command runs (registering the commands must not load it). */
const impl = () => import("./commands.js");
const defaultCalibrationPath = (): string => sourcePath("calibration", "labels.jsonl");

export function registerEvalCommands(program: Command, io: EvalCliIo = stdio): void {
  const evalCmd = program
    .command("eval")
    .description("run a generator configuration over a data split through the full pipeline and judge the names")
    .option(
      "--generator <config>",
      "generator config: lexical, lexical:pool=200, or one registered by another module",
      "lexical",
    )
    .option("--data <split>", "test | val | train | path to a JSONL file", "test")
    .option("--judge <spec>", "rubric | http (NAMEWRIGHT_JUDGE_BASE_URL/_MODEL/_API_KEY) | gguf:<path>", "rubric")
    .option("--out <dir>", "folder holding run folders", "runs")
    .option("--id <id>", "run id (default: from generator, data and judge; re-running resumes)")
    .option("--limit <n>", "evaluate only the first N items")
    .option("--concurrency <n>", "items in flight (raise for remote judges)", "1")
    .option("--top-k <k>", "k of score@k", "5")
    .option("--count <n>", "suggestions per item", "10")
    .option("--timeout-ms <ms>", "per-item time limit", "60000")
    .option("--threads <n>", "CPU threads of a GGUF judge (default: cores)")
    .option("--no-progress", "no progress bar")
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { resolveJudge, runEval } = await impl();
      const judge = await resolveJudge(String(o.judge), {
        ...(o.threads ? { threads: int("threads", String(o.threads), 1, 256) } : {}),
      });
      try {
        const r = await runEval({
          generator: String(o.generator),
          data: String(o.data),
          judge,
          out: String(o.out),
          ...(o.id ? { id: String(o.id) } : {}),
          ...(o.limit !== undefined ? { limit: int("limit", String(o.limit), 1, 10_000_000) } : {}),
          concurrency: int("concurrency", String(o.concurrency), 1, 64),
          topK: int("top-k", String(o.topK), 1, 100),
          count: int("count", String(o.count), 1, 100),
          timeoutMs: int("timeout-ms", String(o.timeoutMs), 1, 3_600_000),
          progress: o.progress !== false && Boolean(process.stderr.isTTY),
        });
        const a = r.aggregates;
        io.out(`run ${r.id} -> ${r.dir}`);
        // A judge fitted on blind labels says how far it agrees with them; its numbers are read with that.
        if ("agreement" in judge && typeof judge.agreement === "function")
          io.out(`judge ${judge.id} against held-out blind labels: ${judge.agreement()}`);
        io.out(
          `items ${a.n} (${r.evaluated} evaluated now)  score@${a.topK} ${a.score.estimate.toFixed(3)} [95% CI ${a.score.lo.toFixed(3)}, ${a.score.hi.toFixed(3)}]`,
        );
        io.out(
          `validity ${fmt(a.validity)}  duplicates ${fmt(a.duplicates)}  constraints met ${fmt(a.constraintSatisfaction.mean)} (${a.constraintSatisfaction.items} items)  language match ${fmt(a.languageMatch.mean)}`,
        );
        io.out(
          `statuses ${JSON.stringify(a.statuses)}  latency p50 ${a.latencyMs.p50.toFixed(0)} ms, p95 ${a.latencyMs.p95.toFixed(0)} ms`,
        );
      } finally {
        await judge.close?.();
      }
    });

  evalCmd
    .command("compare <runA> <runB>")
    .description(
      "paired comparison of two runs: difference with bootstrap CI, Wilcoxon p, win/tie/loss, breakdowns, recommendation",
    )
    .option("--json", "print the comparison as JSON")
    .option("--resamples <n>", "bootstrap resamples", "10000")
    .option("--seed <n>", "bootstrap seed", "1")
    .option("--allow-different-judges", "compare runs judged by different judges")
    .action(
      async (
        a: string,
        b: string,
        o: { json?: boolean; resamples: string; seed: string; allowDifferentJudges?: boolean },
      ) => {
        const { compareRuns, formatComparison } = await impl();
        const c = compareRuns(a, b, {
          resamples: int("resamples", o.resamples, 100, 1_000_000),
          seed: int("seed", o.seed, 0, 2 ** 31),
          allowDifferentJudges: Boolean(o.allowDifferentJudges),
        });
        io.out(o.json ? JSON.stringify(c, null, 2) : formatComparison(c));
      },
    );

  evalCmd
    .command("validate-judge")
    .description(
      "agreement of judges with the hand-labelled calibration set (Spearman, QWK), with each other, and pairwise position bias",
    )
    .option("--judge <spec>", "judge to validate (repeatable): rubric | http | gguf:<path>", collect, [])
    .option("--labels <path>", "calibration set", defaultCalibrationPath())
    .option("--pairwise", "also measure position bias with pairwise comparisons in both orders")
    .option("--max-pairs <n>", "name pairs for the position-bias check", "60")
    .option("--concurrency <n>", "requests in flight", "1")
    .option("--save", "write the agreement rows to data/built/calibration/agreement.json (the report reads it)")
    .action(
      async (o: {
        judge: string[];
        labels: string;
        pairwise?: boolean;
        maxPairs: string;
        concurrency: string;
        save?: boolean;
      }) => {
        const { agreementBetween, agreementWithLabels, judgeScores, loadCalibrationSet, positionBias, resolveJudge } =
          await impl();
        const pairs = loadCalibrationSet(o.labels);
        const specs = o.judge.length ? o.judge : ["rubric"];
        const results: JudgeAgreement[] = [];
        const biases: PositionBias[] = [];
        for (const spec of specs) {
          const judge = await resolveJudge(spec);
          try {
            const scores = await judgeScores(judge, pairs, int("concurrency", o.concurrency, 1, 64));
            results.push(agreementWithLabels(judge.id, scores, pairs));
            if (o.pairwise && judge.comparePair)
              biases.push(
                await positionBias(judge as Parameters<typeof positionBias>[0], pairs, {
                  maxPairs: int("max-pairs", o.maxPairs, 1, 10_000),
                }),
              );
          } finally {
            await judge.close?.();
          }
        }
        io.out(`calibration set: ${pairs.length} pairs (${o.labels})`);
        io.out("| judge | pairs | Spearman rho | Pearson r | QWK (4 buckets) | mean bias (judge - label) |");
        io.out("|---|---:|---:|---:|---:|---:|");
        for (const r of results)
          io.out(
            `| ${r.judge} | ${r.n} | ${r.spearman.toFixed(3)} | ${r.pearson.toFixed(3)} | ${r.qwk.toFixed(3)} | ${r.bias.toFixed(2)} |`,
          );
        for (let i = 0; i < results.length; i++)
          for (let j = i + 1; j < results.length; j++) {
            const g = agreementBetween(results[i].scores, results[j].scores);
            io.out(
              `${results[i].judge} vs ${results[j].judge}: Spearman ${g.spearman.toFixed(3)}, QWK ${g.qwk.toFixed(3)}`,
            );
          }
        for (const b of biases)
          io.out(
            `position bias ${b.judge}: ${(100 * b.rate).toFixed(1)}% of ${b.pairs} pairs flip with order; accuracy of consistent verdicts ${(100 * b.accuracy).toFixed(1)}%; first-shown wins ${(100 * b.firstPositionShare).toFixed(1)}% of flips`,
          );
        if (o.save) {
          const path = builtPath("calibration", "agreement.json");
          writeFileSync(
            path,
            JSON.stringify(
              results.map(({ scores: _s, ...rest }) => ({ ...rest, measuredAt: new Date().toISOString() })),
              null,
              2,
            ) + "\n",
          );
          io.out(`saved ${path}`);
        }
      },
    );

  evalCmd
    .command("calibrate")
    .description("fit the calibrated confidence (P(label >= 7) from rubric features) on the calibration set")
    .option("--labels <path>", "calibration set", defaultCalibrationPath())
    // Not --out: the parent `eval` command owns --out (its run folder) and commander would take it.
    .option("--write <path>", "where to write the fitted model", builtPath("calibration", "confidence.json"))
    .action(async (o: { labels: string; write: string }) => {
      const { fitConfidence, loadCalibrationSet } = await impl();
      const r = fitConfidence(loadCalibrationSet(o.labels));
      writeFileSync(o.write, JSON.stringify(r.file, null, 2) + "\n");
      const f = r.file;
      io.out(`fitted on ${f.fittedOn.pairs} pairs (${f.fittedOn.positives} rated >= 7); chosen: ${f.chosen.kind}`);
      for (const [k, v] of Object.entries(f.crossValidation))
        io.out(
          `  ${k.padEnd(9)} out-of-fold log-loss ${v.logLoss.toFixed(3)}  Brier ${v.brier.toFixed(3)}  ECE ${v.ece.toFixed(3)}  AUC ${v.auc.toFixed(3)}`,
        );
      io.out(
        `  base-rate Brier ${f.baseRateBrier.toFixed(3)}; grouped hold-out (${f.holdout.pairs} pairs): ECE ${f.holdout.ece.toFixed(3)}, Brier ${f.holdout.brier.toFixed(3)}, AUC ${f.holdout.auc.toFixed(3)}`,
      );
      io.out(`wrote ${o.write}`);
    });

  program
    .command("edge")
    .description(
      "edge-case discovery: inputs by category plus mutation fuzzing, through the full pipeline; failure frequencies per category",
    )
    .option("--fuzz <n>", "mutated real descriptions", "150")
    .option("--data <split>", "where fuzz seeds come from (test | val | train | JSONL path)", "test")
    .option("--seed <n>", "random seed", "7")
    .option("--timeout-ms <ms>", "hard per-case time limit", "10000")
    .option("--workers <n>", "worker threads", "1")
    .option(
      "--generator <kind>",
      "generators the cases run with: crafted (the product's default), both, lexical or model",
      "crafted",
    )
    .option("--out <dir>", "write edge-summary.json and edge-results.jsonl here")
    .option("--no-progress", "no progress bar")
    .action(
      async (o: {
        fuzz: string;
        data: string;
        seed: string;
        timeoutMs: string;
        workers: string;
        out?: string;
        generator: string;
        progress?: boolean;
      }) => {
        const { categoryCases, formatEdgeTable, fuzzCases, loadItems, runEdgeCases, summarizeEdge } = await impl();
        (await import("../generate/index.js")).resolveGenerators(o.generator); // a clear error for an unknown kind
        const nFuzz = int("fuzz", o.fuzz, 0, 100_000)!;
        const seed = int("seed", o.seed, 0, 2 ** 31)!;
        const seeds = nFuzz > 0 ? loadItems(o.data, { limit: 2000 }).items.map((i) => i.business_description) : [];
        const cases = [...categoryCases({ seed }), ...fuzzCases(seeds, nFuzz, seed)];
        const results = await runEdgeCases(cases, {
          timeoutMs: int("timeout-ms", o.timeoutMs, 100, 600_000)!,
          workers: int("workers", o.workers, 1, 4)!,
          generator: o.generator,
          progress: o.progress !== false && Boolean(process.stderr.isTTY),
        });
        const s = summarizeEdge(results);
        io.out(formatEdgeTable(s));
        io.out("");
        io.out("one example per category and failure class:");
        for (const e of s.examples)
          io.out(
            `- [${e.category} / ${e.cls}] ${e.id} (${e.note}): ${JSON.stringify(e.input.slice(0, 140))} -> ${e.detail.slice(0, 220)}`,
          );
        if (o.out) {
          mkdirSync(o.out, { recursive: true });
          writeFileSync(join(o.out, "edge-summary.json"), JSON.stringify(s, null, 2) + "\n");
          writeFileSync(join(o.out, "edge-results.jsonl"), results.map((r) => JSON.stringify(r)).join("\n") + "\n");
          io.out(`wrote ${join(o.out, "edge-summary.json")} and edge-results.jsonl`);
        }
      },
    );

  program
    .command("report <runs...>")
    .description("write report.md and a self-contained report.html (SVG charts) for one or more runs")
    .option("--out <dir>", "output folder (default reports/<first run id>)")
    .option("--edge <file>", "edge-summary.json from `namewright edge --out`")
    .option("--no-calibration", "leave out the calibration and judge-agreement section")
    .action(async (runs: string[], o: { out?: string; edge?: string; calibration?: boolean }) => {
      const { buildReport } = await impl();
      const r = await buildReport(runs, {
        ...(o.out ? { out: o.out } : {}),
        ...(o.edge ? { edge: o.edge } : {}),
        calibration: o.calibration !== false,
      });
      io.out(`wrote ${r.markdownPath} and ${r.htmlPath} (${r.charts.length} charts)`);
    });
}

function fmt(x: number | null): string {
  return x === null || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
}
