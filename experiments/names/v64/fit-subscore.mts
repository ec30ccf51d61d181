/**
 * v64's also-reported figure (PREREGISTRATION-v64.md): the mean TLD-fit sub-score (0-2) and score of each list
 * file's shown names over v64's labels.
 *   node --import tsx experiments/names/v64/fit-subscore.mts
 */
import { readFileSync } from "node:fs";
import { roundJudgments } from "../round-labels.js";

const labels = roundJudgments();
const ids = new Set(readFileSync("experiments/names/v64/round-ids.txt", "utf8").split("\n").filter(Boolean));
for (const file of ["shipped.jsonl", "english-only.jsonl"]) {
  const fit: number[] = [];
  const score: number[] = [];
  for (const l of readFileSync(`experiments/names/v64/${file}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { id: string; domains: string[] };
    if (!ids.has(r.id)) continue;
    for (const d of r.domains)
      for (const j of labels.get(`${r.id} ${d}`) ?? [])
        if (j.round === "v64") {
          fit.push(j.fit);
          score.push(j.score);
        }
  }
  const mean = (x: number[]): string => (x.reduce((a, b) => a + b, 0) / Math.max(1, x.length)).toFixed(2);
  console.log(`${file}: ${fit.length} labels, TLD fit ${mean(fit)}, score ${mean(score)}`);
}
