/**
 * v64's judged descriptions (PREREGISTRATION-v64.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists (the TLD model for every language) and the lists with the model for English requests only
 * (differ.txt), then 60 of them drawn with seed 64.
 *   node --import tsx experiments/names/v64/draw-round.mts > experiments/names/v64/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v64", "english-only.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v64/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(64).shuffle(open).slice(0, 60).join("\n"));
