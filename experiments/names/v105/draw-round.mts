/**
 * v105's judged descriptions (PREREGISTRATION-v105.md): the dev5 descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists where a derived German word is no compound (v101's patch), then 60 of them
 * drawn with seed 105 (no round has judged dev5 before).
 *   node --import tsx experiments/names/v105/draw-round.mts > experiments/names/v105/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v105", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v105/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(105).shuffle(open).slice(0, 60).join("\n"));
