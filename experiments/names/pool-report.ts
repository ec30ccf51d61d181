/**
 * What blind judges made of the crafted generator's pool beyond the shown names (pool labelling p41,
 * data/sources/judgments/PREREGISTRATION-p41.md): mean label by the reranker's rank band, the share of descriptions
 * with a pool name judged >= 7 (among the top 10 and among all judged), and the within-description Spearman of the
 * reranker's prediction, the generator's prior order and the learned judge with the labels (this checkout's models).
 * When the pool file records each name's method (p42 on), also the mean label by method outside the top 10.
 *   node --import tsx experiments/names/pool-report.ts [round=p41] [pool=experiments/names/p41/pool.jsonl]
 */
import { readFileSync, readdirSync } from "node:fs";
import { craftedCandidates } from "../../src/generate/index.js";
import { learnedScore } from "../../src/score/judge/learned.js";
import { spearman } from "../../src/evaluate/index.js";
import { understand } from "../../src/understand/index.js";

const [round = "p41", poolFile = "experiments/names/p41/pool.jsonl"] = process.argv.slice(2);
const jsonl = <T>(f: string): T[] =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
const key = new Map(
  jsonl<{ task: string; id: string; domain: string; sources: { source: string }[] }>(
    `data/built/judging/rounds/${round}/key.jsonl`,
  ).map((k) => [k.task, k]),
);
const scores = new Map<string, number[]>();
const kind = new Map<string, string>();
for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
  for (const j of jsonl<{ task: string; score: number }>(`data/sources/judgments/${round}/${f}`)) {
    const k = key.get(j.task);
    if (!k) continue;
    const at = `${k.id} ${k.domain}`;
    scores.set(at, [...(scores.get(at) ?? []), j.score]);
    const src = k.sources.map((s) => s.source);
    kind.set(at, src.some((s) => s.startsWith("file=")) ? "pool" : src.includes("reference") ? "reference" : "decoy");
  }
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const texts = new Map<string, string>();
for (const w of ["w23", "w24", "w25", "w26"])
  for (const d of jsonl<{ id: string; text: string }>(`data/sources/descriptions/${w}.jsonl`)) texts.set(d.id, d.text);

const bands: [string, number, number][] = [
  ["1-5", 0, 5],
  ["6-10", 5, 10],
  ["11-50", 10, 50],
  ["51-100", 50, 100],
  ["101-200", 100, 200],
];
const byBand = new Map<string, number[]>(bands.map(([b]) => [b, []]));
const refs: number[] = [];
const decoys: number[] = [];
let good10 = 0;
let goodAll = 0;
let n = 0;
const rho: Record<string, number[]> = { reranker: [], prior: [], learnedJudge: [] };
const byMethod = new Map<string, number[]>();
for (const { id, domains, ranks, methods } of jsonl<{
  id: string;
  domains: string[];
  ranks: number[];
  methods?: string[];
}>(poolFile)) {
  const y = domains.map((d) => mean(scores.get(`${id} ${d}`) ?? []));
  const labelled = domains.map((d) => scores.has(`${id} ${d}`));
  if (!labelled.some(Boolean)) continue;
  n++;
  domains.forEach((d, i) => {
    if (!labelled[i]) return;
    const band = bands.find(([, lo, hi]) => ranks[i]! >= lo && ranks[i]! < hi);
    if (band) byBand.get(band[0])!.push(y[i]!);
    const method = methods?.[i]?.replace(/^crafted:/, "");
    if (method !== undefined && ranks[i]! >= 10) byMethod.set(method, [...(byMethod.get(method) ?? []), y[i]!]);
  });
  if (domains.some((_, i) => labelled[i] && ranks[i]! < 10 && y[i]! >= 7)) good10++;
  if (domains.some((_, i) => labelled[i] && y[i]! >= 7)) goodAll++;
  for (const [at, ls] of scores)
    if (at.startsWith(`${id} `) && kind.get(at) !== "pool")
      (kind.get(at) === "reference" ? refs : decoys).push(mean(ls));
  const u = understand(texts.get(id)!);
  const pool = craftedCandidates(u, { limit: 200 });
  const pred = new Map(pool.map((c, i) => [`${c.label}.${c.tld}`, [c.rerank ?? 0, -i] as const]));
  const idx = domains.map((_, i) => i).filter((i) => labelled[i] && pred.has(domains[i]!));
  if (idx.length < 3) continue;
  const ys = idx.map((i) => y[i]!);
  rho.reranker!.push(spearman(idx.map((i) => pred.get(domains[i]!)![0]), ys));
  rho.prior!.push(spearman(idx.map((i) => -ranks[i]!), ys));
  rho.learnedJudge!.push(
    spearman(
      idx.map((i) => {
        const d = domains[i]!;
        const dot = d.indexOf(".");
        return learnedScore(d.slice(0, dot), d.slice(dot + 1), u).score;
      }),
      ys,
    ),
  );
}
console.log(`# Pool labelling ${round}: ${n} descriptions, ${[...scores.values()].flat().length} labels`);
console.log("\n| reranker rank | labelled names | mean label | share >= 7 |\n|---|---|---|---|");
for (const [b, ys] of byBand)
  console.log(`| ${b} | ${ys.length} | ${mean(ys).toFixed(2)} | ${(ys.filter((v) => v >= 7).length / Math.max(1, ys.length)).toFixed(3)} |`);
if (byMethod.size > 0) {
  console.log("\n| method (outside the top 10) | labelled names | mean label | share >= 7 |\n|---|---|---|---|");
  for (const [m, ys] of [...byMethod].sort((a, b) => b[1].length - a[1].length))
    console.log(
      `| ${m} | ${ys.length} | ${mean(ys).toFixed(2)} | ${(ys.filter((v) => v >= 7).length / ys.length).toFixed(3)} |`,
    );
}
console.log(`\nreferences ${mean(refs).toFixed(2)} (${refs.length}), decoys ${mean(decoys).toFixed(2)} (${decoys.length})`);
console.log(
  `descriptions with a name judged >= 7: among the reranker's top 10 ${good10}/${n}, among every judged pool name ${goodAll}/${n}`,
);
console.log(
  "within-description Spearman with the mean label (descriptions with >= 3 labelled pool names): " +
    Object.entries(rho)
      .map(([k, v]) => `${k} ${mean(v.filter(Number.isFinite)).toFixed(3)}`)
      .join(", "),
);
