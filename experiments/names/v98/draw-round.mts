/**
 * v98's judged descriptions (PREREGISTRATION-v98.md): the dev2, dev3 and dev4 descriptions (w27-w34) whose shown
 * five differ as a set between the shipped lists and the lists where Portuguese spoken contractions are function words, less
 * rounds v65-v97's samples, then 60 of them drawn with seed 98.
 *   node --import tsx experiments/names/v98/draw-round.mts > experiments/names/v98/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v98", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 33 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v98/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(98).shuffle(open).slice(0, 60).join("\n"));
