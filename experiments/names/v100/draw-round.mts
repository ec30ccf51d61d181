/**
 * v100's judged descriptions (PREREGISTRATION-v99-v100.md): the dev4 descriptions (w31-w34) whose shown five differ as a set
 * between the shipped lists and the lists with u4's verb forms and fillers as non-concepts,
 * less rounds v65-v99's samples, then 60 of them drawn with seed 100.
 *   node --import tsx experiments/names/v100/draw-round.mts > experiments/names/v100/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v100", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 35 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v100/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(100).shuffle(open).slice(0, 60).join("\n"));
