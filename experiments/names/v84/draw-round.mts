/**
 * v84's judged descriptions (PREREGISTRATION-v84.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (3b21e78, as v82's shipped lists) and the lists with v72's position weight reverted
 * (differ.txt), less rounds v65-v83's samples, then 60 of them drawn with seed 84.
 *   node --import tsx experiments/names/v84/draw-round.mts > experiments/names/v84/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v84", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81", "v82", "v83"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v84/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(84).shuffle(open).slice(0, 60).join("\n"));
