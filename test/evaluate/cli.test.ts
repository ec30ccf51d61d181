// The evaluation commands through commander, in-process, with captured output.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { registerEvalCommands } from "../../src/evaluate/cli.js";
import type { RunResult } from "../../src/evaluate/index.js";
import { twoRuns } from "./helpers.js";

let root: string;
let A: RunResult;
let B: RunResult;
before(async () => {
  root = mkdtempSync(join(tmpdir(), "nw-cli-"));
  [A, B] = await twoRuns(root);
});
after(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  const program = new Command("namewright").exitOverride();
  registerEvalCommands(program, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  await program.parseAsync(args, { from: "user" });
  return lines.join("\n");
}

test("eval compare prints the CI, p-value, W/T/L and the recommendation; --json is machine-readable", async () => {
  const text = await run(["eval", "compare", A.dir, B.dir, "--resamples", "500"]);
  assert.match(text, /difference B - A: -\d+\.\d+ {2}95% CI/);
  assert.match(text, /Wilcoxon signed-rank: .* p = /);
  assert.match(text, /recommendation: keep A \(short\)/);
  const json = JSON.parse(await run(["eval", "compare", A.dir, B.dir, "--json", "--resamples", "500"]));
  assert.equal(json.shared, 12);
});

test("eval runs a config on a JSONL file and resumes; eval calibrate writes a model; bad flags are input errors", async () => {
  const data = join(root, "d.jsonl");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(data, JSON.stringify({ id: "x1", business_description: "A bakery in Lyon", language: "en" }) + "\n");
  const out = await run([
    "eval",
    "--generator",
    "lexical:pool=40",
    "--data",
    data,
    "--out",
    root,
    "--id",
    "cli-run",
    "--no-progress",
  ]);
  assert.match(out, /items 1 \(1 evaluated now\) {2}score@5 \d/);
  const again = await run([
    "eval",
    "--generator",
    "lexical:pool=40",
    "--data",
    data,
    "--out",
    root,
    "--id",
    "cli-run",
    "--no-progress",
  ]);
  assert.match(again, /items 1 \(0 evaluated now\)/);
  const model = join(root, "conf.json");
  const cal = await run(["eval", "calibrate", "--write", model]);
  assert.match(cal, /fitted on \d+ pairs/);
  assert.ok(existsSync(model) && JSON.parse(readFileSync(model, "utf8")).version === 1);
  await assert.rejects(
    run(["eval", "--top-k", "zero", "--data", data, "--out", root]),
    (e: unknown) => (e as { code?: string }).code === "bad_option",
  );
});
