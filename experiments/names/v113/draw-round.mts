/**
 * v113's judged descriptions (PREREGISTRATION-v113.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between main (after rounds v111-v112) and the session's start (35aa2ed), less every description an earlier round
 * labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 113.
 *   node --import tsx experiments/names/v113/draw-round.mts > experiments/names/v113/round-ids.txt
 */
import { readFileSync, readdirSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v113", "main.jsonl", "start.jsonl");
const labelled = new Set<string>();
for (const round of readdirSync("data/built/judging/rounds"))
  for (const line of readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").split("\n"))
    if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
const open = readFileSync("experiments/names/v113/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !labelled.has(id));
console.error(`${open.length} differing and unlabelled`);
console.log(new Rng(113).shuffle(open).slice(0, 60).join("\n"));
