/**
 * v73's judged descriptions (PREREGISTRATION-v73.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (v71's, made at 4ac94a9) and the lists with German lower-case words weighed as verbs (branch round-v73)
 * (differ.txt), less rounds v65-v72's samples, then 60 of them drawn with seed 73.
 *   node --import tsx experiments/names/v73/draw-round.mts > experiments/names/v73/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v73", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v73/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(73).shuffle(open).slice(0, 60).join("\n"));
