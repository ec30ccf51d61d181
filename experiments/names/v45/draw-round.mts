/**
 * v45's judged descriptions (PREREGISTRATION-v45.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 45.
 *   node --import tsx experiments/names/v45/draw-round.mts > experiments/names/v45/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";

const differ = readFileSync("experiments/names/v45/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(45).shuffle(differ).slice(0, 60).join("\n"));
