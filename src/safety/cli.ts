/**
 * `namewright safety ...` commands:
 *   safety eval [--split test|train|all | --data FILE] [--json]
 *                                                    recall, false-block rate (95% CIs), precision overall and per
 *                                                    category, language, style and writer
 *   safety cv [--max-false-block R] [--json]         leave-one-writer-out cross-validation over the writers' files
 *   safety check <text...> [--json]                  the request guard's verdict (category and rule ids, never the text)
 *   safety name <label...> [--trademarks drop|mark] [--sector S] [--country CC] [--lang L] [--json]
 *                                                              the name guard's verdict per label
 *   safety build-data                                 rebuild the generated safety data (npm run build:safety-data)
 *   safety train                                      train the request classifier (npm run train:safety)
 * Exit codes: 0 ok; 3 a checked request is blocked or a name is flagged; 2 bad input (SafetyInputError).
 */
import type { Command } from "commander";
import { SafetyInputError } from "./errors.js";

/** The command line's one-shot `suggest` runs the request guard on a worker thread (off-thread.ts). */
export { checkRequestOffThread } from "./off-thread.js";

/** The guards and the offline tooling, loaded when a command runs (registering commands must not load them). */
const impl = () => import("./index.js");
const tooling = () => import("./build/index.js");

function parseSplit(v: string): "test" | "train" | "all" {
  if (v === "test" || v === "train" || v === "all") return v;
  throw new SafetyInputError(`--split must be test, train or all (got "${v}")`);
}

function parseRate(v: string): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1)
    throw new SafetyInputError(`--max-false-block must be in [0, 1] (got "${v}")`);
  return x;
}

function parseTrademarks(v: string): "drop" | "mark" {
  if (v === "drop" || v === "mark") return v;
  throw new SafetyInputError(`--trademarks must be drop or mark (got "${v}")`);
}

/** Where the commands print (injectable, so tests need not patch process.stdout). */
export interface SafetyCliIo {
  out(text: string): void;
}

const stdout: SafetyCliIo = { out: (text) => void process.stdout.write(text + "\n") };

/**
 * `setExit` records the exit code (3 when a request is blocked or a name flagged). The CLI's main() passes
 * its own: it returns the code it holds, so setting process.exitCode here alone would be overwritten.
 */
export function registerSafetyCommands(
  program: Command,
  io: SafetyCliIo = stdout,
  setExit: (code: number) => void = (code) => void (process.exitCode = code),
): void {
  const safety = program.command("safety").description("request and name guards: evaluate and check");

  safety
    .command("eval")
    .description(
      "evaluate the request guard on the labelled set (precision, recall, false-block rate per category and language)",
    )
    .option("--split <split>", "test, train or all", parseSplit, "test")
    .option(
      "--data <file>",
      "a JSONL file of labelled requests (data/sources/safety/README.md format) instead of a split",
    )
    .option("--json", "print the report as JSON")
    .action(async (opts: { split: "test" | "train" | "all"; data?: string; json?: boolean }) => {
      const { formatSafetyEvalReport, runSafetyEval } = await tooling();
      const report = runSafetyEval(opts.data !== undefined ? { data: opts.data } : { split: opts.split });
      io.out(opts.json ? JSON.stringify(report, null, 2) : formatSafetyEvalReport(report));
    });

  safety
    .command("cv")
    .description(
      "leave-one-writer-out cross-validation of the request guard; chooses the threshold on the pooled held-out scores",
    )
    .option("--max-false-block <rate>", "false-block rate the threshold must keep", parseRate, 0.02)
    .option("--json", "print the report as JSON")
    .action(async (opts: { maxFalseBlock: number; json?: boolean }) => {
      const { chooseThreshold, crossValidate, crossValidationReport, formatSafetyEvalReport } = await tooling();
      const { loadPolicy } = await impl();
      const floors = loadPolicy().decision;
      const oof = crossValidate(undefined, (line) => process.stderr.write(line + "\n"));
      const threshold = chooseThreshold(oof, floors, opts.maxFalseBlock);
      const report = crossValidationReport(oof, threshold, floors);
      io.out(opts.json ? JSON.stringify(report, null, 2) : formatSafetyEvalReport(report));
    });

  safety
    .command("check")
    .description("run the request guard on a description")
    .argument("<text...>", "the business description")
    .option("--json", "print the verdict as JSON")
    .action(async (words: string[], opts: { json?: boolean }) => {
      const { checkRequest } = await impl();
      const v = checkRequest(words.join(" "));
      io.out(
        opts.json
          ? JSON.stringify(v)
          : `${v.blocked ? "blocked" : "allowed"}${v.category ? ` (${v.category})` : ""} score=${v.score} ${v.reasons.join(" ")}`,
      );
      if (v.blocked) setExit(3);
    });

  safety
    .command("name")
    .description("run the name guard on one or more labels (second-level, Unicode form)")
    .argument("<labels...>", "labels to check")
    .option("--trademarks <mode>", "drop or mark trademark matches", parseTrademarks, "drop")
    .option("--sector <id>", "the business's trade, a taxonomy sector id (software, food_drink, ...)")
    .option("--country <cc>", "the country the business serves (ISO 3166-1 alpha-2)")
    .option("--lang <code>", "the language of the business's description (en, es, pt, fr, de, it)")
    .option("--json", "print the verdicts as JSON")
    .action(
      async (
        labels: string[],
        opts: { trademarks: "drop" | "mark"; sector?: string; country?: string; lang?: string; json?: boolean },
      ) => {
        const { checkName, BRAND_SECTORS } = await impl();
        if (opts.sector !== undefined && !(BRAND_SECTORS as readonly string[]).includes(opts.sector))
          throw new SafetyInputError(`unknown --sector "${opts.sector}"; known: ${BRAND_SECTORS.join(", ")}`);
        if (opts.country !== undefined && !/^[a-z]{2}$/i.test(opts.country))
          throw new SafetyInputError(`--country takes a two-letter country code (ISO 3166-1), got "${opts.country}"`);
        const context =
          opts.sector !== undefined || opts.country !== undefined || opts.lang !== undefined
            ? {
                sectors: opts.sector !== undefined ? [opts.sector] : [],
                country: opts.country?.toLowerCase(),
                lang: opts.lang?.toLowerCase(),
              }
            : undefined;
        const out = labels.map((label) => ({
          label,
          ...checkName(label.toLowerCase(), { trademarks: opts.trademarks, context }),
        }));
        if (opts.json) io.out(JSON.stringify(out));
        else
          for (const v of out)
            io.out(`${v.label}: ${v.ok ? "ok" : "flagged"}${v.flags.map((f) => ` [${f.kind}: ${f.detail}]`).join("")}`);
        if (out.some((v) => !v.ok)) setExit(3);
      },
    );

  safety
    .command("build-data")
    .description("rebuild the generated safety data (labelled set, trademarks, name-guard words) from its sources")
    .action(async () => (await tooling()).buildSafetyData(io.out));

  safety
    .command("train")
    .description(
      "train the request classifier on all labelled requests (writes data/built/safety/classifier.json and classifier.bin)",
    )
    .action(async () => (await tooling()).trainSafetyClassifier(io.out));
}
