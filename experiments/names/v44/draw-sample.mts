/**
 * v44's sample (PREREGISTRATION-v44.md): 150 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 44,
 * the samples of rounds v32, v33, v35, v36, v37, v38, v41, v42 and v43 left out.
 *   node --import tsx experiments/names/v44/draw-sample.mts > experiments/names/v44/sample.txt
 */
import { outsideSample } from "../draw.mjs";

console.log(outsideSample(44, ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43"]).join("\n"));
