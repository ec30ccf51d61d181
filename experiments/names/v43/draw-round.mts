/**
 * v43's judged descriptions (PREREGISTRATION-p42.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 43.
 *   node --import tsx experiments/names/v43/draw-round.mts > experiments/names/v43/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";

const differ = readFileSync("experiments/names/v43/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(43).shuffle(differ).slice(0, 60).join("\n"));
