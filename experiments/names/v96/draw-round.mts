/**
 * v96's judged descriptions (PREREGISTRATION-v95-v96.md): the dev4 descriptions (w31-w34) whose shown five differ as a set
 * between the shipped lists and the lists with the place-bound names of both checkers' passes,
 * less rounds v65-v95's samples, then 60 of them drawn with seed 96.
 *   node --import tsx experiments/names/v96/draw-round.mts > experiments/names/v96/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v96", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 31 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v96/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(96).shuffle(open).slice(0, 60).join("\n"));
