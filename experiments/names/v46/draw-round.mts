/**
 * v46's judged descriptions (PREREGISTRATION-p43.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 46.
 *   node --import tsx experiments/names/v46/draw-round.mts > experiments/names/v46/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v46", 46).join("\n"));
