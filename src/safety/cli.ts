/**
 * `namewright safety ...` commands:
 *   safety eval [--split test|train|all] [--json]   per-category / per-language precision, recall, false-block rate
 *   safety check <text...> [--json]                  the request guard's verdict (category and rule ids, never the text)
 *   safety name <label...> [--trademarks drop|mark] [--json]   the name guard's verdict per label
 * Exit codes: 0 ok; 3 a checked request is blocked or a name is flagged; 2 bad input (SafetyInputError).
 */
import type { Command } from "commander";
import { checkName, checkRequest, formatSafetyEvalReport, runSafetyEval, SafetyInputError } from "./index.js";

function parseSplit(v: string): "test" | "train" | "all" {
  if (v === "test" || v === "train" || v === "all") return v;
  throw new SafetyInputError(`--split must be test, train or all (got "${v}")`);
}

function parseTrademarks(v: string): "drop" | "mark" {
  if (v === "drop" || v === "mark") return v;
  throw new SafetyInputError(`--trademarks must be drop or mark (got "${v}")`);
}

export function registerSafetyCommands(program: Command): void {
  const safety = program.command("safety").description("request and name guards: evaluate and check");

  safety
    .command("eval")
    .description("evaluate the request guard on the labelled set (precision, recall, false-block rate per category and language)")
    .option("--split <split>", "test, train or all", parseSplit, "test")
    .option("--json", "print the report as JSON")
    .action((opts: { split: "test" | "train" | "all"; json?: boolean }) => {
      const report = runSafetyEval({ split: opts.split });
      process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatSafetyEvalReport(report)) + "\n");
    });

  safety
    .command("check")
    .description("run the request guard on a description")
    .argument("<text...>", "the business description")
    .option("--json", "print the verdict as JSON")
    .action((words: string[], opts: { json?: boolean }) => {
      const v = checkRequest(words.join(" "));
      process.stdout.write((opts.json ? JSON.stringify(v) : `${v.blocked ? "blocked" : "allowed"}${v.category ? ` (${v.category})` : ""} score=${v.score} ${v.reasons.join(" ")}`) + "\n");
      if (v.blocked) process.exitCode = 3;
    });

  safety
    .command("name")
    .description("run the name guard on one or more labels (second-level, Unicode form)")
    .argument("<labels...>", "labels to check")
    .option("--trademarks <mode>", "drop or mark trademark matches", parseTrademarks, "drop")
    .option("--json", "print the verdicts as JSON")
    .action((labels: string[], opts: { trademarks: "drop" | "mark"; json?: boolean }) => {
      const out = labels.map((label) => ({ label, ...checkName(label.toLowerCase(), { trademarks: opts.trademarks }) }));
      if (opts.json) process.stdout.write(JSON.stringify(out) + "\n");
      else for (const v of out) process.stdout.write(`${v.label}: ${v.ok ? "ok" : "flagged"}${v.flags.map((f) => ` [${f.kind}: ${f.detail}]`).join("")}\n`);
      if (out.some((v) => !v.ok)) process.exitCode = 3;
    });
}
