import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

/**
 * The data files the product reads when it suggests names, checks a request or serves: each must ship in the npm
 * package, or an installed Namewright silently behaves unlike the repository (the reranker's weights were once
 * missing from `files`, so an install would have kept the prior's order).
 */
const RUNTIME_DATA = [
  "data/built/naming/knowledge.json",
  "data/built/naming/reranker.json",
  "data/built/naming/tld-model.json",
  "data/built/judge/learned-judge.json",
  "data/built/judge/learned-judge-v1.json",
  "data/built/judge/model-judge.json",
  "data/built/calibration/confidence.json",
  "data/built/safety/classifier.json",
  "data/built/safety/classifier.bin",
  "data/built/safety/concept-terms.json",
  "data/built/places/cities.tsv",
  "data/built/iana-tlds.json",
  "data/sources/safety/policy.json",
  "data/sources/safety/lexicon.json",
  "data/sources/naming-brands/b1.jsonl",
  "data/sources/concept-names/cn1.jsonl",
  "data/sources/concept-names/cn2.jsonl",
  "data/sources/concept-names/cn6.jsonl",
  "data/sources/concept-names/cn10.jsonl",
  "data/sources/concept-names/cn14.jsonl",
  "data/sources/concept-names/cn23.jsonl",
  "data/sources/concept-names/cn28.jsonl",
  "data/sources/concept-names/sc1.jsonl",
  "data/sources/concept-names/cs1.jsonl",
  ...["en", "es", "fr", "de", "pt", "it"].flatMap((l) => [
    `data/sources/naming-unwanted/${l}.txt`,
    `data/sources/naming-nonconcepts/${l}.txt`,
    `data/sources/lexicon/trade-${l}.txt`,
  ]),
];

test("every data file the product reads at run time is in the npm package", () => {
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const packed = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
  const missing = RUNTIME_DATA.filter((f) => !packed.has(f));
  assert.deepEqual(missing, [], `not in package.json "files": ${missing.join(", ")}`);
});
