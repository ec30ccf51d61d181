/**
 * v77's judged descriptions (PREREGISTRATION-v77.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (44dee35) and the lists with English gerunds that name a service read as nouns (branch round-v77)
 * (differ.txt), less rounds v65-v76's samples, then 60 of them drawn with seed 77.
 *   node --import tsx experiments/names/v77/draw-round.mts > experiments/names/v77/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v77", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v77/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(77).shuffle(open).slice(0, 60).join("\n"));
