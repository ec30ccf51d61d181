/**
 * The command line's contract, one test per promise found broken when tried as a new user would
 * (issue 20, "The command line keeps its contract").
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";
import { capture } from "./capture.js";

const LEX = ["--generator", "lexical"];

async function json(
  args: string[],
): Promise<{ code: number; body: Record<string, unknown>; io: ReturnType<typeof capture> }> {
  const io = capture();
  const code = await main(["suggest", ...args, "--json", ...LEX], io);
  return { code, body: JSON.parse(io.stdout[0] ?? "null"), io };
}

const domains = (body: Record<string, unknown>): string[] =>
  (body.suggestions as Array<{ domain: string }>).map((s) => s.domain);

test("--style changes the list: short caps the length, playful and professional pick different name families", async () => {
  const short = await json(["organic coffee shop", "--style", "short"]);
  for (const d of domains(short.body)) assert.ok(d.split(".")[0]!.length <= 8, d);
  const io = capture();
  await main(["suggest", "organic coffee shop", "--style", "playful", "--json", "--explain", ...LEX], io);
  const playful = JSON.parse(io.stdout[0]!) as { suggestions: Array<{ domain: string; method: string }> };
  const io2 = capture();
  await main(["suggest", "organic coffee shop", "--style", "professional", "--json", "--explain", ...LEX], io2);
  const professional = JSON.parse(io2.stdout[0]!) as { suggestions: Array<{ domain: string; method: string }> };
  for (const s of professional.suggestions) assert.match(s.method, /^(word|compound|place|affix:[a-z]+-$)/, s.domain);
  for (const s of playful.suggestions)
    assert.match(s.method, /^(blend|rhyme|clip|affix:-|alliteration|partner)/, s.domain);
  assert.notDeepEqual(
    playful.suggestions.map((s) => s.domain),
    professional.suggestions.map((s) => s.domain),
  );
});

test("--tld: an unknown TLD is a clear error (exit 2), several TLDs are all used", async () => {
  const bad = await json(["organic coffee shop", "--tld", "zzzq"]);
  assert.equal(bad.code, 2);
  assert.match(bad.io.stderr.join("\n"), /"\.zzzq" is not a TLD/);
  const both = await json(["organic coffee shop", "--tld", "ai,io"]);
  assert.equal(both.code, 0);
  const tlds = new Set(domains(both.body).map((d) => d.split(".").slice(1).join(".")));
  assert.deepEqual([...tlds].sort(), ["ai", "io"]);
});

test("batch: one row per input line with its line number; blank lines and bad keys named; per-line options", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-batch-"));
  const file = join(dir, "in.jsonl");
  writeFileSync(
    file,
    [
      '{"business_description": "organic coffee shop", "count": 3}',
      "",
      '{"business_description": "bakery", "colour": "red"}',
      '{"business_description": "dog grooming salon", "tlds": ["io"], "count": 2}',
      "not json",
    ].join("\n") + "\n",
  );
  const io = capture();
  assert.equal(await main(["suggest", "--batch", file, ...LEX], io), 2);
  const rows = io.stdout.map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((r) => [r.line, r.status]),
    [
      [1, "success"],
      [2, "error"],
      [3, "error"],
      [4, "success"],
      [5, "error"],
    ],
  );
  assert.equal(rows[0].suggestions.length, 3);
  assert.match(rows[1].message, /blank line/);
  assert.match(rows[2].message, /unknown key "colour"/);
  assert.equal(rows[3].suggestions.length, 2);
  for (const s of rows[3].suggestions) assert.match(s.domain, /\.io$/);

  const both = capture();
  assert.equal(await main(["suggest", "bakery", "--batch", file, ...LEX], both), 2);
  assert.match(both.stderr.join("\n"), /either a description or --batch/);
});

test("batch piped into a reader that stops early (head) ends quietly, without a stack trace", async (t) => {
  if (!existsSync("dist/cli/index.js")) {
    t.skip("dist/ not built (npm run build); the installed CLI is what a pipe meets");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "nw-pipe-"));
  const file = join(dir, "in.jsonl");
  writeFileSync(file, '{"business_description": "organic coffee shop"}\n'.repeat(40));
  const child = spawn(process.execPath, ["bin/namewright.js", "suggest", "--batch", file, ...LEX], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  // Read the first line, then close the pipe as `head -1` does.
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  assert.equal(code, 0);
  assert.doesNotMatch(err, /EPIPE|at .*\.js:\d+/);
});

test("--json errors also answer on stdout with a JSON error object", async () => {
  const r = await json(["bakery", "--count", "0"]);
  assert.equal(r.code, 2);
  assert.equal(r.body.status, "error");
  assert.equal(r.body.code, "bad_option");
  assert.match(String(r.body.message), /--count/);
  const nothing = await json(["12345"]);
  assert.deepEqual(Object.keys(nothing.body), ["status", "code", "message"]);
});

test("--json --explain keeps the explanation", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "organic coffee shop", "-n", "3", "--json", "--explain", ...LEX], io), 0);
  const body = JSON.parse(io.stdout[0]!);
  assert.equal(body.understanding.industry, "Coffee shop");
  for (const s of body.suggestions) {
    assert.equal(typeof s.why, "string");
    assert.ok(s.reasons.length > 0);
    assert.equal(typeof s.sub.relevance, "number");
  }
});

test("safety name exits 3 through the CLI when it flags a name", async () => {
  const io = capture();
  assert.equal(await main(["safety", "name", "therapistfinder"], io), 3);
  assert.match(io.stdout.join("\n"), /flagged/);
  assert.equal(await main(["safety", "name", "brewbean"], capture()), 0);
});

test("-n help states the maximum", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "--help"], io), 0);
  assert.match(io.stdout.join("\n"), /-n, --count <n>\s+how many suggestions, 1 to 100/);
});

test("--lang, --exclude and --format csv", async () => {
  const fr = capture();
  assert.equal(await main(["suggest", "boulangerie artisanale", "--lang", "fr", "--json", "--explain", ...LEX], fr), 0);
  assert.equal(JSON.parse(fr.stdout[0]!).understanding.language, "fr");
  const ex = await json(["organic coffee shop", "--exclude", "coffee", "bean", "-n", "10"]);
  assert.equal(ex.code, 0);
  for (const d of domains(ex.body)) assert.ok(!d.includes("coffee") && !d.includes("bean"), d);
  const csv = capture();
  assert.equal(await main(["suggest", "organic coffee shop", "-n", "3", "--format", "csv", ...LEX], csv), 0);
  assert.equal(csv.stdout[0], "domain,confidence");
  assert.equal(csv.stdout.length, 4);
  for (const row of csv.stdout.slice(1)) assert.match(row, /^[a-z0-9-]+\.[a-z.]+,0(\.\d+)?$|^[a-z0-9-]+\.[a-z.]+,1$/);
  const bad = capture();
  assert.equal(await main(["suggest", "bakery", "--format", "xml"], bad), 2);
  assert.match(bad.stderr.join("\n"), /--format must be one of text, json, csv/);
});
