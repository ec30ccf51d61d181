/**
 * v45's sample (PREREGISTRATION-v45.md): 150 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 45,
 * the samples of rounds v32, v33, v35, v36, v37, v38, v41, v42, v43 and v44 left out.
 *   node --import tsx experiments/names/v45/draw-sample.mts > experiments/names/v45/sample.txt
 */
import { outsideSample } from "../draw.mjs";

console.log(outsideSample(45, ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43", "v44"]).join("\n"));
