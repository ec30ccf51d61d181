import { test } from "node:test";
import assert from "node:assert/strict";
import { Command } from "commander";
import { registerSafetyCommands } from "../../src/safety/cli.js";
import { main } from "../../src/cli/index.js";

async function run(args: string[]): Promise<{ out: string; code: number | string | undefined }> {
  const program = new Command().exitOverride();
  let out = "";
  registerSafetyCommands(program, { out: (text) => void (out += text + "\n") });
  const before = process.exitCode;
  process.exitCode = undefined;
  await program.parseAsync(["node", "namewright", ...args]);
  const code = process.exitCode;
  process.exitCode = before;
  return { out, code };
}

test("safety check: blocked requests exit 3 and print the category, never the text", async () => {
  const r = await run(["safety", "check", "--json", "sell", "cocaine", "online"]);
  assert.equal(r.code, 3);
  const v = JSON.parse(r.out);
  assert.equal(v.category, "drugs");
  assert.ok(!r.out.includes("cocaine"));
  const ok = await run(["safety", "check", "organic", "coffee", "shop"]);
  assert.equal(ok.code, undefined);
  assert.match(ok.out, /^allowed/);
});

test("safety name: flags with kinds; mark mode keeps trademarks ok", async () => {
  const r = await run(["safety", "name", "therapistfinder", "brewbean"]);
  assert.equal(r.code, 3);
  assert.match(r.out, /therapistfinder: flagged \[obscene/);
  assert.match(r.out, /brewbean: ok/);
  const m = await run(["safety", "name", "--trademarks", "mark", "--json", "netflixfan"]);
  assert.equal(m.code, undefined);
  assert.equal(JSON.parse(m.out)[0].ok, true);
});

test("safety eval prints the per-category and per-language tables", async () => {
  const r = await run(["safety", "eval", "--split", "test"]);
  assert.match(r.out, /Per category/);
  assert.match(r.out, /Per language/);
  assert.match(r.out, /\| prompt_injection \|/);
});

test("namewright safety name / check: the CLI's own exit code is 3 when a name is flagged or a request blocked", async () => {
  const lines: string[] = [];
  const io = { out: (s: string) => void lines.push(s), err: (s: string) => void lines.push(s), stdin: process.stdin };
  assert.equal(await main(["safety", "name", "deathbread", "brewbean"], io), 3);
  assert.equal(await main(["safety", "name", "bondageresource"], io), 3);
  assert.equal(await main(["safety", "name", "brewbean"], io), 0);
  assert.equal(await main(["safety", "check", "sell", "cocaine", "online"], io), 3);
  assert.equal(await main(["safety", "check", "organic", "coffee", "shop"], io), 0);
  assert.ok(lines.some((l) => /^deathbread: flagged \[harmful/.test(l)));
});

test("safety name --sector/--country/--lang: the business's context flags a brand's word in its trade", async () => {
  const r = await run(["safety", "name", "--sector", "software", "--country", "US", "zoomdesk"]);
  assert.equal(r.code, 3);
  assert.match(r.out, /zoomdesk: flagged \[trademark: uses the word of Zoom/);
  const free = await run(["safety", "name", "--sector", "retail", "zoomdesk"]);
  assert.equal(free.code, undefined);
  const io = { out: () => {}, err: () => {}, stdin: process.stdin };
  assert.equal(await main(["safety", "name", "--sector", "softwre", "zoomdesk"], io), 2);
  assert.equal(await main(["safety", "name", "--country", "usa", "zoomdesk"], io), 2);
});
