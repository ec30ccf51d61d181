/**
 * Round v57's descriptions (data/sources/judgments/PREREGISTRATION-v57.md): dev2 (w27-w29) in Rng(57)'s order, the
 * first 60 the request guard answers.
 *   node --import tsx experiments/model-issue18/v57/draw.mts > experiments/model-issue18/v57/round-ids.txt
 */
import { Rng } from "../../../src/core/random.js";
import { checkRequest } from "../../../src/safety/index.js";
import { readDescriptions } from "../../../scripts/ground-truth.js";

const dev2 = readDescriptions(["w27", "w28", "w29"]);
const answered = new Rng(57).shuffle(dev2).filter((d) => !checkRequest(d.text).blocked);
console.log(
  answered
    .slice(0, 60)
    .map((d) => d.id)
    .join("\n"),
);
