/**
 * v86's judged descriptions (PREREGISTRATION-v86.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (72d6c2b) and the lists ranked by the reranker refitted on 14 writers' labels
 * (differ.txt), less rounds v65-v85's samples, then 60 of them drawn with seed 86.
 *   node --import tsx experiments/names/v86/draw-round.mts > experiments/names/v86/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v86", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81", "v82", "v83", "v84", "v85"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v86/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(86).shuffle(open).slice(0, 60).join("\n"));
