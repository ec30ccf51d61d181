/**
 * v66's judged descriptions (PREREGISTRATION-v66.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (92585ff) and the lists with Romance "A of B" weighed as English "B A" (differ.txt), less
 * v65's 60, then 60 of them drawn with seed 66.
 *   node --import tsx experiments/names/v66/draw-round.mts > experiments/names/v66/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v66", "variant.jsonl", "shipped.jsonl");
const judged = new Set(readFileSync("experiments/names/v65/round-ids.txt", "utf8").split("\n").filter(Boolean));
const open = readFileSync("experiments/names/v66/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(66).shuffle(open).slice(0, 60).join("\n"));
