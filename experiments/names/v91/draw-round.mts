/**
 * v91's judged descriptions (PREREGISTRATION-v90-v91.md): the dev4 descriptions (w31-w34) whose shown five differ as a set
 * between the shipped lists and the lists where neighbours' place-bound names are borrowed only for the same place,
 * less rounds v65-v90's samples, then 60 of them drawn with seed 91.
 *   node --import tsx experiments/names/v91/draw-round.mts > experiments/names/v91/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v91", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 26 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v91/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(91).shuffle(open).slice(0, 60).join("\n"));
