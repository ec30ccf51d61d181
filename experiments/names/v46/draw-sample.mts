/**
 * v46's sample (PREREGISTRATION-p43.md): 150 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 46,
 * the samples of rounds v32, v33, v35, v36, v37, v38, v41, v42, v43, v44 and v45 left out.
 *   node --import tsx experiments/names/v46/draw-sample.mts > experiments/names/v46/sample.txt
 */
import { outsideSample } from "../draw.mjs";

console.log(outsideSample(46, ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43", "v44", "v45"]).join("\n"));
