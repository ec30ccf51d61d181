/**
 * Whether an ending the naming expert used for a request fits it in the blind judges' eyes: over the labels of the
 * named rounds, the TLD-fit sub-score (0-2) and score (0-10) of the product's judged names (references and decoys
 * left out) whose ending is among the expert's endings for that request, against the others.
 *   node --import tsx experiments/names/tld-model/ending-fit.mts v62
 *   node --import tsx experiments/names/tld-model/ending-fit.mts v55 v56 v57 v58 v59 v60 v61
 */
import { readFileSync, readdirSync } from "node:fs";
import { roundJudgments } from "../round-labels.js";

const refs = new Map<string, Set<string>>();
for (const f of readdirSync("data/sources/references").filter((f) => f.endsWith(".jsonl")))
  for (const l of readFileSync(`data/sources/references/${f}`, "utf8").trim().split("\n")) {
    const r = JSON.parse(l) as { id: string; names: string[] };
    const s = refs.get(r.id) ?? new Set<string>();
    for (const n of r.names) s.add(n.slice(n.indexOf(".") + 1));
    refs.set(r.id, s);
  }
const rounds = new Set(process.argv.slice(2));
const used = { fit: [] as number[], score: [] as number[] };
const other = { fit: [] as number[], score: [] as number[] };
for (const [key, js] of roundJudgments()) {
  const [id, domain] = key.split(" ") as [string, string];
  const expert = refs.get(id);
  if (!expert) continue;
  const tld = domain.slice(domain.indexOf(".") + 1);
  for (const j of js) {
    if (!rounds.has(j.round) || j.sources.some((s) => s.source === "reference" || s.source === "decoy")) continue;
    const to = expert.has(tld) ? used : other;
    to.fit.push(j.fit);
    to.score.push(j.score);
  }
}
const mean = (x: number[]): string => (x.reduce((a, b) => a + b, 0) / Math.max(1, x.length)).toFixed(2);
console.log(`ending the expert used: ${used.fit.length} labels, fit ${mean(used.fit)}, score ${mean(used.score)}`);
console.log(`other endings:          ${other.fit.length} labels, fit ${mean(other.fit)}, score ${mean(other.score)}`);
