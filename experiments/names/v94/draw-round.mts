/**
 * v94's judged descriptions (PREREGISTRATION-v94.md): the dev4 descriptions (w31-w34) whose shown five differ as a set
 * between main's lists and the session start's (de1b337), less rounds v65-v93's samples, then 60 of them drawn with
 * seed 94.
 *   node --import tsx experiments/names/v94/draw-round.mts > experiments/names/v94/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v94", "main.jsonl", "start.jsonl");
const judged = new Set(
  Array.from({ length: 29 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v94/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(94).shuffle(open).slice(0, 60).join("\n"));
