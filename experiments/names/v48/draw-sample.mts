/**
 * v48's sample (PREREGISTRATION-v48.md): 300 descriptions of the outside writers w12-w17, w20-w22 drawn with seed 48,
 * the samples of rounds v32, v33, v35-v38 and v41-v47 left out.
 *   node --import tsx experiments/names/v48/draw-sample.mts > experiments/names/v48/sample.txt
 */
import { outsideSample } from "../draw.mjs";

const earlier = ["v32", "v33", "v35", "v36", "v37", "v38", "v41", "v42", "v43", "v44", "v45", "v46", "v47"];
console.log(outsideSample(48, earlier, 300).join("\n"));
