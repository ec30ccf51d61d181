/**
 * v109's judged descriptions (PREREGISTRATION-v109-v110.md): dev5's descriptions (w35-w38) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn36-cn41 (branch round-v109), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 109.
 *   node --import tsx experiments/names/v109/draw-round.mts > experiments/names/v109/round-ids.txt
 */
import { readFileSync, readdirSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v109", "variant.jsonl", "shipped.jsonl");
const labelled = new Set<string>();
for (const round of readdirSync("data/built/judging/rounds"))
  for (const line of readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").split("\n"))
    if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
const open = readFileSync("experiments/names/v109/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !labelled.has(id));
console.error(`${open.length} differing and unlabelled`);
console.log(new Rng(109).shuffle(open).slice(0, 60).join("\n"));
