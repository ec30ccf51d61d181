/**
 * v69's judged descriptions (PREREGISTRATION-v69.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists and the lists with u4's unwanted words (differ.txt), then 60 of them drawn with seed 69.
 *   node --import tsx experiments/names/v69/draw-round.mts > experiments/names/v69/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v69", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v69/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(69).shuffle(open).slice(0, 60).join("\n"));
