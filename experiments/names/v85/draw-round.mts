/**
 * v85's judged descriptions (PREREGISTRATION-v85.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (de1b337) and the lists where a compound's short foreign pieces refuse the cut
 * (differ.txt), less rounds v65-v84's samples, then 60 of them drawn with seed 85.
 *   node --import tsx experiments/names/v85/draw-round.mts > experiments/names/v85/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v85", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81", "v82", "v83", "v84"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v85/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(85).shuffle(open).slice(0, 60).join("\n"));
