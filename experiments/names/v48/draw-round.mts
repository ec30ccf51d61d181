/**
 * v48's judged descriptions (PREREGISTRATION-v48.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 48.
 *   node --import tsx experiments/names/v48/draw-round.mts > experiments/names/v48/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v48", 48).join("\n"));
