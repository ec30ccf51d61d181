/**
 * v83's judged descriptions (PREREGISTRATION-v83.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the session's starting lists (4ac94a9, before.jsonl) and main's lists now (69a5ac1, after.jsonl)
 * (differ.txt), less rounds v65-v82's samples, then 60 of them drawn with seed 83.
 *   node --import tsx experiments/names/v83/draw-round.mts > experiments/names/v83/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v83", "after.jsonl", "before.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81", "v82"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v83/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(83).shuffle(open).slice(0, 60).join("\n"));
