/**
 * Round v59's descriptions (data/sources/judgments/PREREGISTRATION-v59.md): dev2 (w27-w29) in Rng(57)'s order, v57's
 * 60 left out, the first 60 the request guard answers (run at v57's commit, under guard v24).
 *   node --import tsx experiments/model-issue18/v59/draw.mts > experiments/model-issue18/v59/round-ids.txt
 */
import { Rng } from "../../../src/core/random.js";
import { checkRequest } from "../../../src/safety/index.js";
import { readFileSync } from "node:fs";
import { readDescriptions } from "../../../scripts/ground-truth.js";

const v57 = new Set(readFileSync("experiments/model-issue18/v57/round-ids.txt", "utf8").split("\n").filter(Boolean));

const dev2 = readDescriptions(["w27", "w28", "w29"]);
const answered = new Rng(57)
  .shuffle(dev2)
  .filter((d) => !v57.has(d.id) && !checkRequest(d.text).blocked);
console.log(
  answered
    .slice(0, 60)
    .map((d) => d.id)
    .join("\n"),
);
