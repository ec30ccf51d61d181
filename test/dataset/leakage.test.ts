// Checks the shipped dataset files (data/built/dataset): sizes, schema, held-out groups, and no exact or
// near-duplicate description shared between splits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  NearDuplicateIndex,
  normalise,
  parseRecords,
  readDataset,
  RESERVE_FILE,
  type DatasetManifest,
  type DatasetRecord,
} from "../../src/dataset/index.js";

const DIR = "data/built/dataset";
const records: DatasetRecord[] = await readDataset(DIR);
const manifest = JSON.parse(await readFile(`${DIR}/manifest.json`, "utf8")) as DatasetManifest;
const bySplit = (s: string) => records.filter((r) => r.split === s);

test("shipped splits are large enough and match the manifest", () => {
  const train = bySplit("train").length;
  const val = bySplit("val").length;
  const testN = bySplit("test").length;
  assert.ok(train >= 20_000, `train ${train}`);
  assert.ok(val >= 500, `val ${val}`);
  assert.ok(testN >= 1_000, `test ${testN}`);
  assert.deepEqual(manifest.counts, { train, val, test: testN });
  assert.equal(new Set(records.map((r) => r.id)).size, records.length, "ids are unique");
});

test("held-out industries and template families never appear in train", () => {
  const h = manifest.heldOut;
  const train = bySplit("train");
  for (const r of train) {
    assert.ok(
      !h.testIndustries.includes(r.industry) && !h.valIndustries.includes(r.industry),
      `${r.id}: held-out industry ${r.industry} in train`,
    );
    assert.ok(
      !h.testFamilies.includes(r.template_family) && !h.valFamilies.includes(r.template_family),
      `${r.id}: held-out family in train`,
    );
  }
  const testIndustries = new Set(bySplit("test").map((r) => r.industry));
  const trainIndustries = new Set(train.map((r) => r.industry));
  const unseen = [...testIndustries].filter((i) => !trainIndustries.has(i));
  assert.ok(unseen.length >= 10, `test has only ${unseen.length} industries never seen in train`);
  const trainFamilies = new Set(train.map((r) => r.template_family));
  assert.ok(
    bySplit("test").filter((r) => !trainFamilies.has(r.template_family)).length >= 300,
    "test needs records of unseen families",
  );
});

test("no exact duplicate across splits (normalised text)", () => {
  const seen = new Map<string, string>();
  for (const r of records) {
    const n = normalise(r.business_description);
    const other = seen.get(n);
    assert.ok(
      other === undefined || other === r.split,
      `exact duplicate across ${other}/${r.split}: ${r.business_description}`,
    );
    seen.set(n, r.split);
  }
});

test("no near duplicate (Jaccard >= 0.8 of 5-shingles) across splits", () => {
  const idx = new NearDuplicateIndex(0.8);
  const train = bySplit("train");
  train.forEach((r, i) => idx.add(r.business_description, i));
  const held = [...bySplit("val"), ...bySplit("test")];
  for (const r of held) {
    const hit = idx.find(r.business_description);
    assert.equal(hit, null, `${r.split} ${r.id} near-duplicates train: ${r.business_description}`);
  }
  const valIdx = new NearDuplicateIndex(0.8);
  bySplit("val").forEach((r, i) => valIdx.add(r.business_description, i));
  for (const r of bySplit("test"))
    assert.equal(valIdx.find(r.business_description), null, `test ${r.id} near-duplicates val`);
});

test("the reserve test records (test-reserve.jsonl) are held out like test and share nothing with the splits", async () => {
  const reserve = parseRecords(await readFile(`${DIR}/${RESERVE_FILE}`, "utf8"), RESERVE_FILE);
  assert.ok(reserve.length >= 1_000, `reserve ${reserve.length}`);
  const h = manifest.heldOut;
  const ids = new Set(records.map((r) => r.id));
  const texts = new Map(records.map((r) => [normalise(r.business_description), r.split]));
  const idx = new NearDuplicateIndex(0.8);
  const others = [...bySplit("train"), ...bySplit("val")];
  others.forEach((r, i) => idx.add(r.business_description, i));
  for (const r of reserve) {
    assert.equal(r.split, "test", r.id);
    assert.ok(
      h.testIndustries.includes(r.industry) || h.testFamilies.includes(r.template_family),
      `${r.id}: not a held-out test group`,
    );
    assert.ok(!ids.has(r.id), `${r.id} is also in a shipped split`);
    assert.equal(texts.get(normalise(r.business_description)), undefined, `${r.id} repeats a shipped description`);
    assert.equal(idx.find(r.business_description), null, `${r.id} near-duplicates train or val`);
  }
});
