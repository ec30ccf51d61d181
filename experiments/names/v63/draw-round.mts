/**
 * v63's judged descriptions (PREREGISTRATION-v63.md): the dev3 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the TLD model (differ.txt), less v62's 60, then 60 of them drawn with seed 63.
 *   node --import tsx experiments/names/v63/draw-round.mts > experiments/names/v63/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v63", "model.jsonl", "shipped.jsonl");
const v62 = new Set(
  readFileSync("data/built/judging/rounds/v62/key.jsonl", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const open = readFileSync("experiments/names/v63/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !v62.has(id));
console.error(`${open.length} differ outside v62's sample`);
console.log(new Rng(63).shuffle(open).slice(0, 60).join("\n"));
