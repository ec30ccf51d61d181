// runEval through the real pipeline (suggestDetailed) with a small fixed generator, so the test is fast:
// the run folder's files, per-item metrics, resume after interruption (including a torn last line),
// refusal to mix configurations, and the built-in "lexical" config on two real descriptions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Candidate, Understanding } from "../../src/core/types.js";
import {
  EvalError,
  parseItems,
  runEval,
  readItems,
  resolveGeneratorConfig,
  type GeneratorSpec,
} from "../../src/evaluate/index.js";

let root: string;
before(() => (root = mkdtempSync(join(tmpdir(), "nw-runs-"))));
after(() => rmSync(root, { recursive: true, force: true }));

const fixed = (labels: string[]): GeneratorSpec => ({
  name: `fixed-${labels.length}`,
  generators: [
    {
      name: "fixed",
      generate: (_u: Understanding, _n: number): Candidate[] =>
        labels.map((label) => ({ label, tld: "com", source: "lexical", method: "fixed", parts: [] })),
    },
  ],
  options: { poolSize: 50 },
  model: null,
});

const items = parseItems(
  [
    JSON.stringify({ id: "a", business_description: "A coffee roastery in Portland", language: "en", sector: "food" }),
    JSON.stringify({
      id: "b",
      business_description: "Une boulangerie artisanale à Lyon",
      language: "fr",
      sector: "food",
    }),
    JSON.stringify({
      id: "c",
      business_description: "Software for dentists, short names only, no numbers",
      language: "en",
      sector: "tech",
      constraints: { maxLength: 8, noDigits: true },
    }),
  ].join("\n"),
);

test("runEval writes config, items and aggregates with per-item metrics", async () => {
  const spec = fixed(["roastwell", "beanery", "beanery2", "pain", "toothsoftware", "dentapp"]);
  const r = await runEval({
    generator: spec,
    data: { items, sha256: "abc" },
    out: root,
    id: "r1",
    topK: 3,
    count: 5,
    progress: false,
  });
  assert.equal(r.items.length, 3);
  for (const f of ["config.json", "items.jsonl", "aggregates.json"]) assert.ok(existsSync(join(r.dir, f)), f);
  const cfg = JSON.parse(readFileSync(join(r.dir, "config.json"), "utf8"));
  assert.equal(cfg.versions.data.sha256, "abc");
  assert.equal(cfg.judge, "rubric");
  assert.equal(cfg.topK, 3);
  assert.ok(cfg.versions.code.rev === null || /^[0-9a-f]{40}$/.test(cfg.versions.code.rev));
  const c = r.items.find((x) => x.id === "c")!;
  assert.equal(c.status, "success");
  assert.equal(c.expected.maxLength, 8);
  assert.equal(c.expected.noDigits, true);
  // The pipeline applies constraints it parsed itself; the record's constraints are checked per name.
  for (const n of c.names)
    assert.equal(n.violations.length === 0, [...n.display.split(".")[0]].length <= 8 && !/\d/.test(n.display));
  assert.ok(c.metrics.constraintSatisfaction !== null);
  const a = r.items.find((x) => x.id === "a")!;
  assert.ok(a.names.length > 0 && a.names.every((n) => n.valid));
  assert.ok(a.metrics.score > 0 && a.metrics.score <= 10);
  const top3 = a.names.slice(0, 3).reduce((s, n) => s + n.judge, 0) / 3;
  assert.ok(Math.abs(a.metrics.score - top3) < 1e-9, "score@k is the mean of the top-k judge scores");
  assert.equal(r.items.find((x) => x.id === "b")!.metrics.languageMatch, 1);
  assert.equal(r.aggregates.n, 3);
  assert.deepEqual(Object.keys(r.aggregates.byCategory), ["food", "tech"]);
});

test("a run resumes: finished items are skipped, a torn last line is ignored, other configs are refused", async () => {
  const spec = fixed(["roastwell", "beanery", "pain", "dentapp"]);
  const first = await runEval({
    generator: spec,
    data: { items, sha256: "d1" },
    out: root,
    id: "r2",
    limit: 2,
    progress: false,
  });
  assert.equal(first.evaluated, 2);
  appendFileSync(join(first.dir, "items.jsonl"), '{"id":"c","desc'); // a crash mid-write
  const second = await runEval({
    generator: spec,
    data: { items, sha256: "d1" },
    out: root,
    id: "r2",
    progress: false,
  });
  assert.equal(second.evaluated, 1, "only the missing item runs");
  assert.equal(second.items.length, 3);
  assert.equal(readItems(second.dir).length, 3);
  await assert.rejects(
    runEval({ generator: fixed(["other"]), data: { items, sha256: "d1" }, out: root, id: "r2", progress: false }),
    (e: unknown) => e instanceof EvalError && e.code === "eval_run_mismatch",
  );
  await assert.rejects(
    runEval({ generator: spec, data: { items, sha256: "d2" }, out: root, id: "r2", progress: false }),
    (e: unknown) => e instanceof EvalError && e.code === "eval_run_mismatch",
  );
});

test("blocked requests and errors are recorded, not thrown; the lexical config runs end to end", async () => {
  const bad = parseItems(
    [
      JSON.stringify({ id: "e", business_description: "   " }),
      JSON.stringify({ id: "ok", business_description: "Dog grooming van in Austin" }),
      JSON.stringify({
        id: "u",
        business_description: "Online shop selling cocaine and heroin with discreet delivery",
      }),
    ].join("\n"),
  );
  const spec = await resolveGeneratorConfig("lexical:pool=60");
  assert.equal(spec.options?.poolSize, 60);
  const r = await runEval({ generator: spec, data: { items: bad, sha256: "x" }, out: root, id: "r3", progress: false });
  const e = r.items.find((x) => x.id === "e")!;
  assert.equal(e.status, "error");
  assert.match(e.error!, /^[a-z_]+: /, "typed error code recorded");
  assert.equal(e.metrics.score, 0);
  const u = r.items.find((x) => x.id === "u")!;
  assert.equal(u.status, "blocked");
  assert.equal(u.metrics.score, 0, "a blocked dataset item scores 0");
  assert.equal(r.aggregates.statuses.blocked, 1);
  const ok = r.items.find((x) => x.id === "ok")!;
  assert.equal(ok.status, "success");
  assert.equal(ok.names.length, 10);
  assert.ok(ok.names.every((n) => n.source === "lexical"));
  await assert.rejects(
    resolveGeneratorConfig("nope"),
    (err: unknown) => err instanceof EvalError && err.code === "eval_unknown_generator",
  );
  await assert.rejects(
    resolveGeneratorConfig("lexical:pool=abc"),
    (err: unknown) => err instanceof EvalError && err.code === "eval_bad_generator",
  );
});
