/**
 * v46's judged descriptions (PREREGISTRATION-p43.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 46.
 *   node --import tsx experiments/names/v46/draw-round.mts > experiments/names/v46/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";

const differ = readFileSync("experiments/names/v46/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(46).shuffle(differ).slice(0, 60).join("\n"));
