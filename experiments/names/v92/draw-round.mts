/**
 * v92's judged descriptions (PREREGISTRATION-v92-v93.md): the dev2 and dev3 descriptions (w27-w30) whose shown five differ as a set
 * between the shipped lists and the lists where a sure in-person trade takes no generic stand-in ending,
 * less rounds v65-v91's samples, then 60 of them drawn with seed 92.
 *   node --import tsx experiments/names/v92/draw-round.mts > experiments/names/v92/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v92", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 27 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v92/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(92).shuffle(open).slice(0, 60).join("\n"));
