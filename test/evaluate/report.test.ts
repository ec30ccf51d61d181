// The report: Markdown + a self-contained HTML page whose charts are inline SVG rendered by vega in Node.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, renderSvg, summarizeEdge, EvalError, type RunResult } from "../../src/evaluate/index.js";
import { twoRuns } from "./helpers.js";

let root: string;
let A: RunResult;
let B: RunResult;
before(async () => {
  root = mkdtempSync(join(tmpdir(), "nw-report-"));
  [A, B] = await twoRuns(root);
});
after(() => rmSync(root, { recursive: true, force: true }));

test("renderSvg turns a Vega-Lite spec into SVG without a browser", async () => {
  const svg = await renderSvg({
    data: {
      values: [
        { a: "x", b: 1 },
        { a: "y", b: 3 },
      ],
    },
    mark: "bar",
    encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
  });
  assert.match(svg, /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /<path/);
});

test("buildReport writes report.md, charts and an offline HTML page for two runs and an edge summary", async () => {
  const edgePath = join(root, "edge.json");
  writeFileSync(
    edgePath,
    JSON.stringify(
      summarizeEdge([
        {
          case: { id: "e1", category: "emoji", note: "", input: "🍕", expect: {} },
          outcome: { kind: "timeout", ms: 10 },
          failures: [{ cls: "timeout", detail: "over 10 ms" }],
        },
      ]),
    ),
  );
  const r = await buildReport([A.dir, B.dir], { out: join(root, "rep"), edge: edgePath });
  const md = readFileSync(r.markdownPath, "utf8");
  const html = readFileSync(r.htmlPath, "utf8");
  for (const s of [
    "## Runs",
    "## Paired comparisons against the first run",
    "## Calibrated confidence and judge agreement",
    "## Edge-case discovery",
    "keep A (short)",
  ])
    assert.ok(md.includes(s), s);
  for (const name of ["score-distribution", "per-language", "per-category", "deltas", "reliability", "edge"]) {
    assert.ok(existsSync(join(r.dir, "charts", `${name}.svg`)), name);
    assert.ok(md.includes(`charts/${name}.svg`), name);
  }
  assert.equal((html.match(/<svg/g) ?? []).length, 6, "every chart inline");
  assert.ok(!/<script|https?:\/\/(?!www\.w3\.org)/.test(html), "no scripts and no external resources");
  await assert.rejects(buildReport([]), (e: unknown) => e instanceof EvalError && e.code === "eval_report_no_runs");
});
