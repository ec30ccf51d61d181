/**
 * v97's judged descriptions (PREREGISTRATION-v97.md): the dev2, dev3 and dev4 descriptions (w27-w34) whose shown
 * five differ as a set between the shipped lists and the lists where a borrowed name with another language's word is not borrowed, less
 * rounds v65-v96's samples, then 60 of them drawn with seed 97.
 *   node --import tsx experiments/names/v97/draw-round.mts > experiments/names/v97/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v97", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 32 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v97/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(97).shuffle(open).slice(0, 60).join("\n"));
