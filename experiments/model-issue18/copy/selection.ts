/**
 * Which ranking of a model's sampled names agrees with the blind judges? On round v11's labels of one source's
 * names: Spearman of the blind mean with the learned judge, the lexical prior (share of letters in the prompt's
 * words, weighted), and a "clean words" reading (letters covered by dictionary words of the segmenter).
 * Usage: npx tsx experiments/model-issue18/copy/selection.ts v11 run=full-c4
 */
import { readFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { priorFinder } from "../../../src/generate/neural/index.js";
import { learnedScore } from "../../../src/score/index.js";
import { segment, termSet } from "../../../src/lexicon/index.js";
import { promptWords } from "../../../src/generate/neural/format.js";

const [round, source] = process.argv.slice(2) as [string, string];
const lines = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
type Key = { task: string; id: string; domain: string; sources: { source: string }[] };
const key = new Map<string, Key>(lines(`data/built/judging/rounds/${round}/key.jsonl`).map((k: Key) => [k.task, k]));
const descs = new Map<string, string>(
  lines("data/sources/descriptions/w4.jsonl").map((d: { id: string; text: string }) => [d.id, d.text]),
);
const scores = new Map<string, { k: Key; s: number[] }>();
for (const j of ["j51", "j52", "j53", "j54", "j55", "j56"])
  for (const l of lines(`data/sources/judgments/${round}/${j}.jsonl`) as { task: string; score: number }[]) {
    const k = key.get(l.task);
    if (!k || !k.sources.some((s) => s.source === source)) continue;
    const e = scores.get(`${k.id} ${k.domain}`) ?? { k, s: [] };
    e.s.push(l.score);
    scores.set(`${k.id} ${k.domain}`, e);
  }
const rows = [...scores.values()].map(({ k, s }) => {
  const u = understand(descs.get(k.id)!);
  const [label, ...rest] = k.domain.split(".");
  const tld = rest.join(".");
  const seg = segment(label!, u.language, { terms: termSet(promptWords(u)) });
  const clean = seg.coverage >= 1 && seg.parts.every((p) => p.kind !== "unknown");
  return {
    blind: s.reduce((a, b) => a + b, 0) / s.length,
    prior: priorFinder(u)(label!),
    judge: learnedScore(label!, tld, u).score,
    clean,
  };
});
const rank = (xs: number[]) => {
  const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
};
const spearman = (a: number[], b: number[]) => {
  const ra = rank(a), rb = rank(b), m = (ra.length - 1) / 2;
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) { num += (ra[i]! - m) * (rb[i]! - m); da += (ra[i]! - m) ** 2; db += (rb[i]! - m) ** 2; }
  return num / Math.sqrt(da * db);
};
const blind = rows.map((r) => r.blind);
console.log(`${source} in ${round}: ${rows.length} names; Spearman with the blind mean: learned judge ${spearman(blind, rows.map((r) => r.judge)).toFixed(3)}, lexical prior ${spearman(blind, rows.map((r) => r.prior)).toFixed(3)}`);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const c = rows.filter((r) => r.clean), d = rows.filter((r) => !r.clean);
console.log(`clean (segmenter covers every letter): ${c.length} names, blind mean ${mean(c.map((r) => r.blind)).toFixed(2)}; not clean: ${d.length}, ${mean(d.map((r) => r.blind)).toFixed(2)}`);
