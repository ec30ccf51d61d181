/**
 * A round's also-reported figure (v63, v64): the mean TLD-fit sub-score (0-2) and score of each list file's shown
 * names over that round's labels, for the descriptions the round judged (experiments/names/<round>/round-ids.txt).
 *   node --import tsx experiments/names/fit-subscore.mts v63 shipped.jsonl model.jsonl
 *   node --import tsx experiments/names/fit-subscore.mts v64 shipped.jsonl english-only.jsonl
 */
import { readFileSync } from "node:fs";
import { roundJudgments } from "./round-labels.js";

const [round, ...files] = process.argv.slice(2);
if (!round || files.length === 0) throw new Error("usage: fit-subscore.mts <round> <list.jsonl>...");
const labels = roundJudgments();
const ids = new Set(readFileSync(`experiments/names/${round}/round-ids.txt`, "utf8").split("\n").filter(Boolean));
const mean = (x: number[]): string => (x.reduce((a, b) => a + b, 0) / Math.max(1, x.length)).toFixed(2);
for (const file of files) {
  const fit: number[] = [];
  const score: number[] = [];
  for (const l of readFileSync(`experiments/names/${round}/${file}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { id: string; domains: string[] };
    if (!ids.has(r.id)) continue;
    for (const d of r.domains)
      for (const j of labels.get(`${r.id} ${d}`) ?? [])
        if (j.round === round) {
          fit.push(j.fit);
          score.push(j.score);
        }
  }
  console.log(`${file}: ${fit.length} labels, TLD fit ${mean(fit)}, score ${mean(score)}`);
}
