/**
 * `namewright data build --seed N [--out dir] [--size N]` and `namewright data targets [--dir dir]`.
 * Progress goes to stderr (a live line on a terminal, every 10% otherwise); the summary JSON to stdout.
 */
import type { Command } from "commander";
import type { BuildProgress } from "./build.js";
import { wholeNumberOption } from "../core/options.js";

function parseInteger(name: string, value: string, min = 0, max = 2 ** 31): number {
  return wholeNumberOption(name, value, min, max, "DATA_BAD_OPTION");
}

function progressPrinter(): (label: string, done: number, total: number) => void {
  const tty = process.stderr.isTTY === true;
  let lastDecile = -1;
  return (label, done, total) => {
    const pct = Math.floor((100 * done) / Math.max(1, total));
    if (tty) {
      process.stderr.write(`\r${label} ${done}/${total} (${pct}%)   `);
      if (done >= total) process.stderr.write("\n");
    } else if (Math.floor(pct / 10) !== lastDecile) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${label} ${done}/${total} (${pct}%)\n`);
    }
  };
}

export function registerDataCommands(program: Command): void {
  const data = program.command("data").description("build and inspect the training dataset");
  data
    .command("build")
    .description("generate the synthetic description dataset (reproducible for a seed)")
    .requiredOption("--seed <n>", "random seed (integer)")
    .option("--out <dir>", "output directory for train/val/test.jsonl", "data/built/dataset")
    .option("--size <n>", "descriptions to generate before dedupe and split caps", "30000")
    .option("--no-card", "do not (re)write DATASET_CARD.md next to the output directory")
    .action(async (opts: { seed: string; out: string; size: string; card: boolean }) => {
      const seed = parseInteger("seed", opts.seed);
      const size = parseInteger("size", opts.size);
      const show = progressPrinter();
      const { runDataBuild } = await import("./run.js");
      const summary = await runDataBuild({
        seed,
        out: opts.out,
        size,
        card: opts.card ? undefined : false,
        onProgress: (p: BuildProgress) => show(p.phase, p.done, p.total),
      });
      process.stdout.write(
        JSON.stringify({
          seed: summary.seed,
          counts: summary.counts,
          total: summary.total,
          generated: summary.generated,
          droppedExact: summary.droppedExact,
          droppedNear: summary.droppedNear,
          files: summary.files,
          reserve: summary.reserve,
          card: summary.card,
          ms: summary.ms,
        }) + "\n",
      );
    });
  data
    .command("targets")
    .description("fill several good names per description (pipeline best-of-N by the rubric); resumable")
    .option("--dir <dir>", "dataset directory", "data/built/dataset")
    .option("--count <n>", "names per description", "3")
    .option("--budget-min <n>", "stop starting new records after this many minutes (resume later)")
    .action(async (opts: { dir: string; count: string; budgetMin?: string }) => {
      const count = parseInteger("count", opts.count, 1, 50);
      const budgetMs = opts.budgetMin !== undefined ? parseInteger("budget-min", opts.budgetMin) * 60_000 : undefined;
      const show = progressPrinter();
      const { runDataTargets } = await import("./run.js");
      const res = await runDataTargets({ dir: opts.dir, count, budgetMs, onProgress: (d, t) => show("targets", d, t) });
      process.stdout.write(JSON.stringify(res) + "\n");
    });
}
