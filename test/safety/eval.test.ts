import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { checkRequest, REQUEST_CATEGORIES } from "../../src/safety/index.js";
import { formatSafetyEvalReport, runSafetyEval } from "../../src/safety/build/index.js";
import { buildDataset, datasetPath, datasetStats, loadDataset, loadSeeds } from "../../src/safety/build/dataset.js";
import { OBFUSCATIONS } from "../../src/safety/build/obfuscate.js";

test("the labelled set meets the issue's size and balance requirements", () => {
  const all = loadDataset("all");
  const s = datasetStats(all);
  assert.ok(s.total >= 600, `total ${s.total}`);
  assert.ok(s.nonEnglish / s.total >= 0.3, `non-English ${s.nonEnglish}/${s.total}`);
  assert.ok(s.obfuscated / s.total >= 0.2, `obfuscated ${s.obfuscated}/${s.total}`);
  assert.ok(s.hardNegatives / s.total >= 0.4, `hard negatives ${s.hardNegatives}/${s.total}`);
  const test = loadDataset("test");
  for (const c of REQUEST_CATEGORIES)
    for (const lang of ["en", "es", "fr", "de", "pt", "it"]) {
      assert.ok(
        test.some((e) => e.label === c && e.lang === lang),
        `no ${c} test example in ${lang}`,
      );
    }
  for (const o of OBFUSCATIONS)
    assert.ok(
      test.some((e) => e.obfuscation === o),
      `test split lacks ${o}`,
    );
});

test("test seeds are written independently of train seeds (no shared sentence)", () => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, " ")
      .trim();
  const train = new Set(loadSeeds("train").map((s) => norm(s.text)));
  for (const s of loadSeeds("test")) assert.ok(!train.has(norm(s.text)), `test seed ${s.id} duplicates a train seed`);
});

test("the committed dataset files are exactly what the generator rebuilds from the seeds", () => {
  for (const split of ["train", "test"] as const) {
    const rebuilt =
      buildDataset(split, loadSeeds(split))
        .map((e) => JSON.stringify(e))
        .join("\n") + "\n";
    assert.equal(readFileSync(datasetPath(split), "utf8"), rebuilt, `${split}: run npm run build:safety-data`);
  }
});

test("the guard meets the issue's targets on the test split; the report has every category and language", () => {
  const r = runSafetyEval({ split: "test" });
  assert.ok((r.overall.recall ?? 0) >= 0.98, `recall ${r.overall.recall}`);
  assert.ok((r.overall.falseBlockRate ?? 1) <= 0.02, `false-block ${r.overall.falseBlockRate}`);
  assert.equal(r.targets.met, true);
  assert.deepEqual(Object.keys(r.byCategory).sort(), [...REQUEST_CATEGORIES].sort());
  assert.deepEqual(Object.keys(r.byLanguage).sort(), ["de", "en", "es", "fr", "it", "pt"]);
  const text = formatSafetyEvalReport(r);
  for (const c of REQUEST_CATEGORIES) assert.match(text, new RegExp(`\\| ${c} \\|`));
  assert.match(text, /false-block/);
  assert.throws(() => runSafetyEval({ split: "dev" as "test" }), { code: "SAFETY_INPUT" });
});

test("false-block rate on the project's description dataset (written by another module, all benign) stays below 0.5%", (t) => {
  const path = "data/built/dataset/val.jsonl";
  if (!existsSync(path)) return t.skip(`${path} not built`);
  const rows = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { business_description?: string });
  const texts = rows.map((r) => r.business_description ?? "").filter((s) => s.length > 0);
  assert.ok(texts.length >= 500, `only ${texts.length} descriptions in ${path}`);
  const blocked = texts.filter((s) => checkRequest(s).blocked);
  assert.ok(blocked.length / texts.length <= 0.005, `${blocked.length}/${texts.length} blocked, e.g. ${blocked[0]}`);
});
