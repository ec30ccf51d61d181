/**
 * v72's judged descriptions (PREREGISTRATION-v72.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (v71's, made at 4ac94a9) and the lists with the keyword position weight by sentence
 * (differ.txt), less rounds v65-v71's samples, then 60 of them drawn with seed 72.
 *   node --import tsx experiments/names/v72/draw-round.mts > experiments/names/v72/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v72", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v72/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(72).shuffle(open).slice(0, 60).join("\n"));
