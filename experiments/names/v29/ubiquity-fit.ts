/**
 * Blind labels of every round so far, on the names the product shows today for w4 and w23-w26 (top 5), by how many
 * of the 3,600 lists of ubiquity.ts offer the same label: do the names offered to many businesses score lower?
 *   node --import tsx experiments/names/v29/ubiquity-fit.ts
 */
import { readFileSync } from "node:fs";
import { roundLabels, shownLists } from "../round-labels.js";

const ubiquity = (JSON.parse(readFileSync("experiments/names/v29/ubiquity.json", "utf8")) as { counts: Record<string, number> }).counts;
const labels = roundLabels();
const rows: { count: number; score: number; method: string; rank: number }[] = [];
let shown = 0;
for await (const d of shownLists(5))
    d.suggestions.forEach((s, rank) => {
      shown++;
      const ls = labels.get(`${d.id} ${s.display}`);
      if (!ls) return;
      const label = s.domain.slice(0, s.domain.indexOf("."));
      rows.push({ count: ubiquity[label] ?? 0, score: ls.reduce((a, b) => a + b, 0) / ls.length, method: s.method, rank });
    });
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
console.log(`shown names ${shown}, with blind labels ${rows.length}, mean ${mean(rows.map((r) => r.score))}`);
for (const [lo, hi] of [[0, 1], [1, 2], [2, 4], [4, 8], [8, 16], [16, 1000]] as const) {
  const b = rows.filter((r) => r.count >= lo && r.count < hi);
  console.log(`in ${String(lo).padStart(2)}-${String(hi - 1).padStart(3)} of 3,600 lists: n=${String(b.length).padStart(4)} mean ${mean(b.map((r) => r.score))}  (share >= 7: ${(b.filter((r) => r.score >= 7).length / Math.max(1, b.length)).toFixed(2)})`);
}
