/**
 * v45's judged descriptions (PREREGISTRATION-v45.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 45.
 *   node --import tsx experiments/names/v45/draw-round.mts > experiments/names/v45/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v45", 45).join("\n"));
