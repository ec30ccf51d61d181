/**
 * v47's judged descriptions (PREREGISTRATION-v47.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 47.
 *   node --import tsx experiments/names/v47/draw-round.mts > experiments/names/v47/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v47", 47).join("\n"));
