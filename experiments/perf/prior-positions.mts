// Where the default list's names stand in the crafted prior's order before the reranker (dev2, w27-w29):
//   node --import tsx experiments/perf/prior-positions.mts [descriptions]
import { readFileSync } from "node:fs";
import { suggestDetailed } from "../../src/index.js";
import { craftedCandidates } from "../../src/generate/index.js";
const descs: string[] = [];
for (const w of ["w27", "w28", "w29"]) for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n")) if (l.trim()) descs.push(JSON.parse(l).text);
const hist = new Map<number, number>(); let n = 0; let maxPos = 0; const worst: string[] = [];
for (const d of descs.slice(0, Number(process.argv[2] ?? 900))) {
  const r = await suggestDetailed(d, { count: 10 });
  if (r.status !== "success") continue;
  const prior = craftedCandidates(r.understanding, { limit: 200, rerank: false }).map((c) => c.label);
  for (const s of r.suggestions) {
    const label = s.domain.split(".")[0]!;
    let i = prior.indexOf(label);
    if (i < 0) i = 999;
    const b = i >= 999 ? 999 : Math.floor(i / 20) * 20;
    hist.set(b, (hist.get(b) ?? 0) + 1); n++;
    if (i > maxPos && i < 999) maxPos = i;
    if (i >= 100 && worst.length < 20) worst.push(`${i}:${s.domain}`);
  }
}
console.log(n, "maxPos", maxPos, [...hist.entries()].sort((a, b) => a[0] - b[0]));
console.log(worst.join(" "));
