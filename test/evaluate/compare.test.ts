import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareRuns, formatComparison, holm, EvalError, type RunResult } from "../../src/evaluate/index.js";
import { twoRuns } from "./helpers.js";

let root: string;
let A: RunResult;
let B: RunResult;
before(async () => {
  root = mkdtempSync(join(tmpdir(), "nw-cmp-"));
  [A, B] = await twoRuns(root);
});
after(() => rmSync(root, { recursive: true, force: true }));

test("compare pairs items by id and reports CI, Wilcoxon p, W/T/L and a recommendation", () => {
  const c = compareRuns(A.dir, B.dir, { resamples: 2000 });
  assert.equal(c.shared, 12);
  assert.ok(c.overall.meanA > c.overall.meanB, "short brandable names beat long clumsy ones on the rubric");
  assert.ok(c.overall.diff.hi < 0);
  assert.equal(c.overall.winTieLoss.losses + c.overall.winTieLoss.ties + c.overall.winTieLoss.wins, 12);
  assert.ok(c.overall.wilcoxon.p < 0.01);
  assert.match(c.recommendation, /^keep A \(short\): B is worse by \d+\.\d\d/);
  assert.deepEqual(c.byLanguage.map((g) => g.group).sort(), ["de", "en", "es", "fr", "it", "pt"]);
  const reversed = compareRuns(B.dir, A.dir, { resamples: 2000 });
  assert.match(reversed.recommendation, /^deploy B \(short\): \+/);
  const text = formatComparison(c);
  for (const s of ["95% CI", "Wilcoxon signed-rank", "win/tie/loss", "per language", "per category", "recommendation:"])
    assert.ok(text.includes(s), s);
});

test("a run compared with itself shows no difference", () => {
  const c = compareRuns(A.dir, A.dir, { resamples: 500 });
  assert.equal(c.overall.diff.estimate, 0);
  assert.equal(c.overall.wilcoxon.p, 1);
  assert.match(c.recommendation, /^no significant difference/);
});

test("runs judged by different judges are refused unless allowed", () => {
  const cfgPath = join(B.dir, "config.json");
  const saved = readFileSync(cfgPath, "utf8");
  writeFileSync(cfgPath, JSON.stringify({ ...JSON.parse(saved), judge: "http:other" }));
  try {
    assert.throws(
      () => compareRuns(A.dir, B.dir),
      (e: unknown) => e instanceof EvalError && e.code === "eval_judge_mismatch",
    );
    assert.equal(compareRuns(A.dir, B.dir, { allowDifferentJudges: true, resamples: 200 }).shared, 12);
    const cfg = JSON.parse(saved);
    writeFileSync(
      cfgPath,
      JSON.stringify({
        ...cfg,
        versions: {
          ...cfg.versions,
          code: { rev: "0".repeat(40), dirty: false },
          data: { ...cfg.versions.data, sha256: "other" },
        },
      }),
    );
    const w = compareRuns(A.dir, B.dir, { resamples: 200 }).warnings.join("\n");
    assert.match(w, /different code/);
    assert.match(w, /different data files/);
  } finally {
    writeFileSync(cfgPath, saved);
  }
  assert.throws(
    () => compareRuns(join(root, "nope"), A.dir),
    (e: unknown) => e instanceof EvalError && e.code === "eval_run_missing",
  );
});

test("Holm adjustment matches the step-down definition", () => {
  // p = [0.01, 0.04, 0.03, 0.005], m = 4: sorted 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> monotone 0.06.
  assert.deepEqual(
    holm([0.01, 0.04, 0.03, 0.005]).map((x) => Math.round(x * 1e6) / 1e6),
    [0.03, 0.06, 0.06, 0.02],
  );
});
