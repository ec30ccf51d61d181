import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";
import { capture } from "./capture.js";

test("suggest --json prints exactly the schema and exits 0", async () => {
  const io = capture();
  const code = await main(["suggest", "organic coffee shop in downtown area", "--json"], io);
  assert.equal(code, 0);
  assert.equal(io.stdout.length, 1);
  const res = JSON.parse(io.stdout[0]);
  assert.deepEqual(Object.keys(res), ["suggestions", "status"]);
  assert.equal(res.suggestions.length, 10);
  for (const s of res.suggestions) assert.deepEqual(Object.keys(s), ["domain", "confidence"]);
});

test("blocked request: exact JSON and exit code 3; --explain adds the category, never the text", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "adult content website with explicit nude content", "--json"], io), 3);
  assert.equal(
    io.stdout[0],
    '{"suggestions":[],"status":"blocked","message":"Request contains inappropriate content"}',
  );
  const io2 = capture();
  assert.equal(await main(["suggest", "adult content website with explicit nude content", "--explain"], io2), 3);
  assert.match(io2.stdout.join("\n"), /category: \w+/);
  assert.doesNotMatch(io2.stdout.join("\n"), /nude/);
});

test("empty, over-long and binary input: a clear message and exit code 2", async () => {
  for (const arg of ["", "x".repeat(2001), "abc\u0000\u0001\u0002"]) {
    const io = capture();
    assert.equal(await main(["suggest", arg], io), 2);
    assert.match(io.stderr.join("\n"), /namewright: /);
  }
  const io = capture();
  assert.equal(await main(["suggest", "bakery", "--count", "zero"], io), 2);
  assert.match(io.stderr.join("\n"), /--count/);
});

test("input with nothing to build a name from: a clear message and exit code 2, not random names", async () => {
  for (const arg of ["12345", "東京のおしゃれなカフェ", "🐶✂️🚐", "!!! ???"]) {
    const io = capture();
    assert.equal(await main(["suggest", arg, "--json"], io), 2, arg);
    assert.equal(JSON.parse(io.stdout[0]).code, "nothing_usable", arg);
    assert.match(io.stderr.join("\n"), /no words to build a name from/, arg);
  }
  const io = capture();
  assert.equal(await main(["suggest", "Tokyo"], io), 0, "a place alone is something to build from");
});

test("--lang sets the description's language instead of detecting it; an unsupported code is exit 2", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "SaaS", "--lang", "en", "--explain"], io), 0);
  assert.match(io.stdout.join("\n"), /^language: en\b/m);
  const de = capture();
  assert.equal(await main(["suggest", "organic coffee shop", "--lang", "DE", "--explain"], de), 0);
  assert.match(de.stdout.join("\n"), /^language: de\b/m);
  const bad = capture();
  assert.equal(await main(["suggest", "SaaS", "--lang", "xx"], bad), 2);
  assert.match(bad.stderr.join("\n"), /--lang must be one of en, es, fr, de, pt, it/);
});

test("--explain shows understanding and sub-scores", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "Panadería artesanal en Madrid", "--explain", "-n", "3"], io), 0);
  const text = io.stdout.join("\n");
  assert.match(text, /language: es/);
  assert.match(text, /relevance \d/);
});

test("--batch: one result per line in order; a bad line is reported with its number and does not stop the rest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-"));
  const file = join(dir, "in.jsonl");
  writeFileSync(
    file,
    [
      JSON.stringify({ business_description: "organic coffee shop in downtown area" }),
      "{not json",
      JSON.stringify({ business_description: "adult content website with explicit nude content" }),
      JSON.stringify({ business_description: "" }),
      JSON.stringify({ business_description: "tienda de bicicletas en Sevilla" }),
    ].join("\n") + "\n",
  );
  const io = capture();
  const code = await main(["suggest", "--batch", file, "--json", "-n", "3"], io);
  assert.equal(code, 2, "bad lines make the exit code 2 after all lines ran");
  assert.equal(io.stdout.length, 5);
  const rows = io.stdout.map((l) => JSON.parse(l));
  assert.equal(rows[0].status, "success");
  assert.equal(rows[0].suggestions.length, 3);
  assert.deepEqual(rows[1], {
    line: 2,
    status: "error",
    message: 'not JSON; expected {"business_description": "..."}',
  });
  assert.equal(rows[2].status, "blocked");
  assert.equal(rows[3].status, "error");
  assert.equal(rows[3].line, 4);
  assert.equal(rows[4].status, "success");
  assert.match(io.stderr.join("\n"), /line 2:/);
  assert.match(io.stderr.join("\n"), /line 4:/);
});

test("--batch - reads standard input; a missing file is a clear error", async () => {
  const io = capture(JSON.stringify({ business_description: "dog grooming salon" }) + "\n");
  assert.equal(await main(["suggest", "--batch", "-", "-n", "2"], io), 0);
  assert.equal(JSON.parse(io.stdout[0]).suggestions.length, 2);
  const io2 = capture();
  assert.equal(await main(["suggest", "--batch", "/nonexistent/file.jsonl"], io2), 2);
  assert.match(io2.stderr.join("\n"), /cannot read/);
});

test("--generator picks the candidate source; an unknown one is a clear error", async () => {
  const io = capture();
  assert.equal(await main(["suggest", "vegan bakery", "--generator", "lexical", "--json", "-n", "3"], io), 0);
  assert.equal(JSON.parse(io.stdout[0]).suggestions.length, 3);
  // The default is "crafted"; "model" shows the embedded model's names (the explanation names the source); how
  // "both" gates the model's names is tested with the generators (test/generate/generators.test.ts).
  const byDefault = capture();
  const model = capture();
  const lexical = capture();
  assert.equal(await main(["suggest", "organic coffee shop in downtown area", "--explain"], byDefault), 0);
  assert.equal(
    await main(["suggest", "organic coffee shop in downtown area", "--explain", "--generator", "model"], model),
    0,
  );
  assert.equal(
    await main(["suggest", "organic coffee shop in downtown area", "--explain", "--generator", "lexical"], lexical),
    0,
  );
  assert.match(byDefault.stdout.join("\n"), /^\s+crafted:/m);
  assert.match(model.stdout.join("\n"), /^\s+model; /m);
  assert.doesNotMatch(lexical.stdout.join("\n"), /^\s+model; /m);
  const bad = capture();
  assert.equal(await main(["suggest", "vegan bakery", "--generator", "oracle"], bad), 2);
  assert.match(bad.stderr.join("\n"), /--generator must be one of lexical, model, both, crafted/);
});
