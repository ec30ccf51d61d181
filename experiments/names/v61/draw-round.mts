/**
 * v61's judged descriptions (PREREGISTRATION-v61.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the neighbours named as software left out of local requests (differ.txt), less
 * v60's 60, then 60 of them drawn with seed 61.
 *   node --import tsx experiments/names/v61/draw-round.mts > experiments/names/v61/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v61", "wide.jsonl", "shipped.jsonl");
const v60 = new Set(readFileSync("experiments/names/v60/round-ids.txt", "utf8").split("\n").filter(Boolean));
const open = readFileSync("experiments/names/v61/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !v60.has(id));
console.error(`${open.length} differ outside v60's sample`);
console.log(new Rng(61).shuffle(open).slice(0, 60).join("\n"));
