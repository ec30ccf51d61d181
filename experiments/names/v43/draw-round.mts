/**
 * v43's judged descriptions (PREREGISTRATION-p42.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 43.
 *   node --import tsx experiments/names/v43/draw-round.mts > experiments/names/v43/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v43", 43).join("\n"));
