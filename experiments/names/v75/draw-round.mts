/**
 * v75's judged descriptions (PREREGISTRATION-v75.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (44dee35) and the lists with every town named as a place word (branch round-v75)
 * (differ.txt), less rounds v65-v74's samples, then 60 of them drawn with seed 75.
 *   node --import tsx experiments/names/v75/draw-round.mts > experiments/names/v75/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v75", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v75/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(75).shuffle(open).slice(0, 60).join("\n"));
