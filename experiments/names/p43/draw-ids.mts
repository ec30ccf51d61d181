/**
 * p43's descriptions (PREREGISTRATION-p43.md): the fit writers' (w23-w26) descriptions no round has labelled, in an
 * order shuffled with seed 4301, the first 60 whose crafted pool holds a concept-name candidate outside its top 10.
 *   node --import tsx experiments/names/p43/draw-ids.mts > experiments/names/p43/ids.txt
 */
import { unlabelledPoolIds } from "../draw.mjs";

console.log(unlabelledPoolIds(4301).join("\n"));
