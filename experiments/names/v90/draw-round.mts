/**
 * v90's judged descriptions (PREREGISTRATION-v90-v91.md): the dev2 and dev3 descriptions (w27-w30) whose shown five differ as a set
 * between the shipped lists and the lists where neighbours' place-bound names are borrowed only for the same place,
 * less rounds v65-v89's samples, then 60 of them drawn with seed 90.
 *   node --import tsx experiments/names/v90/draw-round.mts > experiments/names/v90/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v90", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 25 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v90/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(90).shuffle(open).slice(0, 60).join("\n"));
