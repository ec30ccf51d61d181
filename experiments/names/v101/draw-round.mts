/**
 * v101's judged descriptions (PREREGISTRATION-v101-v102.md): the dev2 and dev3 descriptions (w27-w30) whose shown five differ as a set
 * between the shipped lists and the lists where a derived German word is no compound,
 * less rounds v65-v100's samples, then 60 of them drawn with seed 101.
 *   node --import tsx experiments/names/v101/draw-round.mts > experiments/names/v101/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v101", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 36 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v101/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(101).shuffle(open).slice(0, 60).join("\n"));
