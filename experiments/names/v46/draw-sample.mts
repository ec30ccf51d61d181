/**
 * v46's sample (PREREGISTRATION-p43.md): 150 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 46,
 * the samples of rounds v32, v33, v35, v36, v37, v38, v41, v42, v43, v44 and v45 left out.
 *   node --import tsx experiments/names/v46/draw-sample.mts > experiments/names/v46/sample.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { readDescriptions } from "../../../scripts/ground-truth.js";

const used = new Set<string>();
for (const round of ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43", "v44", "v45"])
  for (const id of readFileSync(`experiments/names/${round}/sample.txt`, "utf8").split("\n")) if (id) used.add(id);
const writers = ["w12", "w13", "w14", "w15", "w16", "w17", "w20", "w21", "w22"];
const open = readDescriptions(writers)
  .map((d) => d.id)
  .filter((id) => !used.has(id));
const sample = new Rng(46).shuffle(open).slice(0, 150);
console.error(`${open.length} left; ${sample.length} drawn`);
console.log(sample.join("\n"));
