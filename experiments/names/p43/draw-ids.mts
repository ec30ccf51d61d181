/**
 * p43's descriptions (PREREGISTRATION-p43.md): the fit writers' (w23-w26) descriptions no round has labelled, in an
 * order shuffled with seed 4301, the first 60 whose crafted pool holds a concept-name candidate outside its top 10.
 *   node --import tsx experiments/names/p43/draw-ids.mts > experiments/names/p43/ids.txt
 */
import { readFileSync, readdirSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { craftedCandidates } from "../../../src/generate/index.js";
import { understand } from "../../../src/understand/index.js";
import { readDescriptions } from "../../../scripts/ground-truth.js";

const labelled = new Set<string>();
for (const round of readdirSync("data/built/judging/rounds"))
  for (const line of readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").split("\n"))
    if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
const open = readDescriptions(["w23", "w24", "w25", "w26"]).filter((d) => !labelled.has(d.id));
const order = new Rng(4301).shuffle(open);
const picked: string[] = [];
for (const d of order) {
  if (picked.length === 60) break;
  const pool = craftedCandidates(understand(d.text), { limit: 200 });
  if (pool.slice(10).some((c) => c.method === "crafted:concept-name")) picked.push(d.id);
}
console.error(`${open.length} unlabelled; ${picked.length} drawn`);
console.log(picked.join("\n"));
