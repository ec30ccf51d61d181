/**
 * v44's judged descriptions (PREREGISTRATION-v44.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 44.
 *   node --import tsx experiments/names/v44/draw-round.mts > experiments/names/v44/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";

const differ = readFileSync("experiments/names/v44/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(44).shuffle(differ).slice(0, 60).join("\n"));
