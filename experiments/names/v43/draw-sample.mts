/**
 * v43's sample (PREREGISTRATION-p42.md): 150 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 43,
 * the samples of rounds v32, v33, v35, v36, v37, v38, v41 and v42 left out.
 *   node --import tsx experiments/names/v43/draw-sample.mts > experiments/names/v43/sample.txt
 */
import { outsideSample } from "../draw.mjs";

console.log(outsideSample(43, ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42"]).join("\n"));
