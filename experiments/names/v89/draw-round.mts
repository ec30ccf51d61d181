/**
 * v89's judged descriptions (PREREGISTRATION-v87-v89.md): the dev2, dev3 and dev4 descriptions (w27-w34) whose shown
 * five differ as a set between the shipped lists and v85's (a compound's short foreign pieces refuse the cut), less
 * rounds v65-v88's samples, then 60 of them drawn with seed 89.
 *   node --import tsx experiments/names/v89/draw-round.mts > experiments/names/v89/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v89", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  Array.from({ length: 24 }, (_, i) => `v${65 + i}`)
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v89/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(89).shuffle(open).slice(0, 60).join("\n"));
