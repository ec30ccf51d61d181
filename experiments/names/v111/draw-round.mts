/**
 * v111's judged descriptions (PREREGISTRATION-v111-v112.md): dev5's descriptions (w35-w38) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn42-cn47 (branch round-v111), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 111.
 *   node --import tsx experiments/names/v111/draw-round.mts > experiments/names/v111/round-ids.txt
 */
import { readFileSync, readdirSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v111", "variant.jsonl", "shipped.jsonl");
const labelled = new Set<string>();
for (const round of readdirSync("data/built/judging/rounds"))
  for (const line of readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").split("\n"))
    if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
const open = readFileSync("experiments/names/v111/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !labelled.has(id));
console.error(`${open.length} differing and unlabelled`);
console.log(new Rng(111).shuffle(open).slice(0, 60).join("\n"));
