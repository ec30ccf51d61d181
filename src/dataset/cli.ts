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

/** Where the commands write (injectable, so tests need not patch the process's streams). */
export interface DataCliIo {
  /** Results (standard output). */
  out(text: string): void;
  /** Progress (standard error). */
  progress(text: string): void;
  /** Whether progress goes to a terminal (a live line) or a log (every 10%). */
  tty: boolean;
}

const processIo: DataCliIo = {
  out: (text) => void process.stdout.write(text),
  progress: (text) => void process.stderr.write(text),
  tty: process.stderr.isTTY === true,
};

function progressPrinter(io: DataCliIo): (label: string, done: number, total: number) => void {
  let lastDecile = -1;
  return (label, done, total) => {
    const pct = Math.floor((100 * done) / Math.max(1, total));
    if (io.tty) {
      io.progress(`\r${label} ${done}/${total} (${pct}%)   `);
      if (done >= total) io.progress("\n");
    } else if (Math.floor(pct / 10) !== lastDecile) {
      lastDecile = Math.floor(pct / 10);
      io.progress(`${label} ${done}/${total} (${pct}%)\n`);
    }
  };
}

export function registerDataCommands(program: Command, io: DataCliIo = processIo): void {
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
      const show = progressPrinter(io);
      const { runDataBuild } = await import("./run.js");
      const summary = await runDataBuild({
        seed,
        out: opts.out,
        size,
        card: opts.card ? undefined : false,
        onProgress: (p: BuildProgress) => show(p.phase, p.done, p.total),
      });
      io.out(
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
      const show = progressPrinter(io);
      const { runDataTargets } = await import("./run.js");
      const res = await runDataTargets({ dir: opts.dir, count, budgetMs, onProgress: (d, t) => show("targets", d, t) });
      io.out(JSON.stringify(res) + "\n");
    });
}
