/**
 * v44's judged descriptions (PREREGISTRATION-v44.md): of the sample's descriptions whose shown five differ as a set
 * (differ.txt), 60 drawn with seed 44.
 *   node --import tsx experiments/names/v44/draw-round.mts > experiments/names/v44/round-ids.txt
 */
import { differing } from "../draw.mjs";

console.log(differing("v44", 44).join("\n"));
