/**
 * v78's judged descriptions (PREREGISTRATION-v78.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (44dee35) and the lists where the end of a longer name is no place (branch round-v78)
 * (differ.txt), less rounds v65-v77's samples, then 60 of them drawn with seed 78.
 *   node --import tsx experiments/names/v78/draw-round.mts > experiments/names/v78/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v78", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v78/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(78).shuffle(open).slice(0, 60).join("\n"));
