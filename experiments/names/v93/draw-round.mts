/**
 * v93's judged descriptions (PREREGISTRATION-v92-v93.md): the dev4 descriptions (w31-w34) whose shown five differ as a set
 * between the shipped lists and the lists where a sure in-person trade takes no generic stand-in ending,
 * less rounds v65-v92's samples, then 60 of them drawn with seed 93.
 *   node --import tsx experiments/names/v93/draw-round.mts > experiments/names/v93/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v93", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 28 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v93/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(93).shuffle(open).slice(0, 60).join("\n"));
