/**
 * v88's judged descriptions (PREREGISTRATION-v87-v89.md): the dev4 descriptions (w31-w34) whose shown five differ as
 * a set between the shipped lists (main) and the lists with v72's sentence-position weight reverted, less v87's
 * sample, then 60 of them drawn with seed 88.
 *   node --import tsx experiments/names/v88/draw-round.mts > experiments/names/v88/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v88", "variant.jsonl", "shipped.jsonl");
const judged = new Set(readFileSync("experiments/names/v87/round-ids.txt", "utf8").split("\n").filter(Boolean));
const open = readFileSync("experiments/names/v88/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(88).shuffle(open).slice(0, 60).join("\n"));
