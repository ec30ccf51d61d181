/**
 * v120's and v121's judged descriptions (PREREGISTRATION-v120-v121.md): 60 of dev6's 1,200 descriptions (w39-w42) drawn
 * at random with seed 120, whether or not main's and de1b337's lists differ; then 60 of the other 1,140 with seed 121.
 *   node --import tsx experiments/names/v120/draw-round.mts
 * writes experiments/names/v120/round-ids.txt and experiments/names/v121/round-ids.txt.
 */
import { writeFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { readDescriptions } from "../../../scripts/ground-truth.js";

const all = readDescriptions(["w39", "w40", "w41", "w42"]).map((d) => d.id);
const v120 = new Rng(120).shuffle(all).slice(0, 60);
const taken = new Set(v120);
const v121 = new Rng(121).shuffle(all.filter((id) => !taken.has(id))).slice(0, 60);
writeFileSync("experiments/names/v120/round-ids.txt", v120.join("\n") + "\n");
writeFileSync("experiments/names/v121/round-ids.txt", v121.join("\n") + "\n");
console.error(`${all.length} descriptions; ${v120.length} and ${v121.length} drawn`);
