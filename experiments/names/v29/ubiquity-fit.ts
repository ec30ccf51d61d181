/**
 * Blind labels of every round so far, on the names the product shows today for w4 and w23-w26 (top 5), by how many
 * of the 3,600 lists of ubiquity.ts offer the same label: do the names offered to many businesses score lower?
 *   node --import tsx experiments/names/v29/ubiquity-fit.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { resolveGenerators, suggestDetailed, InputError } from "../../../src/index.js";

const ubiquity = (JSON.parse(readFileSync("experiments/names/v29/ubiquity.json", "utf8")) as { counts: Record<string, number> }).counts;
const labels = new Map<string, number[]>();
for (const round of readdirSync("data/sources/judgments").filter((d) => /^v\d+$/.test(d))) {
  let key: { task: string; id: string; domain: string }[];
  try {
    key = readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  } catch {
    continue;
  }
  const byTask = new Map(key.map((x) => [x.task, x]));
  for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
    for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
      const j = JSON.parse(l) as { task: string; score: number };
      const x = byTask.get(j.task);
      if (x) labels.set(`${x.id} ${x.domain}`, [...(labels.get(`${x.id} ${x.domain}`) ?? []), j.score]);
    }
}
const generators = resolveGenerators("crafted");
const rows: { count: number; score: number; method: string; rank: number }[] = [];
let shown = 0;
for (const w of ["w4", "w23", "w24", "w25", "w26"])
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
    const d = JSON.parse(l) as { id: string; text: string };
    const r = await suggestDetailed(d.text, { count: 5, generators }).catch((e) => {
      if (e instanceof InputError) return null;
      throw e;
    });
    if (!r || r.status !== "success") continue;
    r.suggestions.forEach((s, rank) => {
      shown++;
      const ls = labels.get(`${d.id} ${s.display}`);
      if (!ls) return;
      const label = s.domain.slice(0, s.domain.indexOf("."));
      rows.push({ count: ubiquity[label] ?? 0, score: ls.reduce((a, b) => a + b, 0) / ls.length, method: s.method, rank });
    });
  }
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
console.log(`shown names ${shown}, with blind labels ${rows.length}, mean ${mean(rows.map((r) => r.score))}`);
for (const [lo, hi] of [[0, 1], [1, 2], [2, 4], [4, 8], [8, 16], [16, 1000]] as const) {
  const b = rows.filter((r) => r.count >= lo && r.count < hi);
  console.log(`in ${String(lo).padStart(2)}-${String(hi - 1).padStart(3)} of 3,600 lists: n=${String(b.length).padStart(4)} mean ${mean(b.map((r) => r.score))}  (share >= 7: ${(b.filter((r) => r.score >= 7).length / Math.max(1, b.length)).toFixed(2)})`);
}
