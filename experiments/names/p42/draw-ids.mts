/**
 * p42's descriptions (PREREGISTRATION-p42.md): the fit writers' (w23-w26) descriptions no round has labelled, in an
 * order shuffled with seed 4201, the first 60 whose crafted pool holds a concept-name candidate outside its top 10.
 *   node --import tsx experiments/names/p42/draw-ids.mts > experiments/names/p42/ids.txt
 */
import { unlabelledPoolIds } from "../draw.mjs";

console.log(unlabelledPoolIds(4201).join("\n"));
