/**
 * v47's sample (PREREGISTRATION-v47.md): 300 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 47,
 * the samples of rounds v32, v33, v35-v38 and v41-v46 left out.
 *   node --import tsx experiments/names/v47/draw-sample.mts > experiments/names/v47/sample.txt
 */
import { outsideSample } from "../draw.mjs";

const earlier = ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43", "v44", "v45", "v46"];
console.log(outsideSample(47, earlier, 300).join("\n"));
