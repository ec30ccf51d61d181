/**
 * v70's judged descriptions (PREREGISTRATION-v70.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists and the lists with German compounds read as German (differ.txt), then 60 of them drawn with seed 70.
 *   node --import tsx experiments/names/v70/draw-round.mts > experiments/names/v70/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v70", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v70/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(70).shuffle(open).slice(0, 60).join("\n"));
