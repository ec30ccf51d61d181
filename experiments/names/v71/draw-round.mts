/**
 * v71's judged descriptions (PREREGISTRATION-v71.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists and the lists with street addresses taken out (differ.txt), then 60 of them drawn with seed 71.
 *   node --import tsx experiments/names/v71/draw-round.mts > experiments/names/v71/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v71", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v71/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(71).shuffle(open).slice(0, 60).join("\n"));
