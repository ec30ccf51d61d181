/**
 * v124's judged descriptions (PREREGISTRATION-v124.md): dev2-dev6's descriptions (w27-w42) whose shown five differ as a set
 * between the shipped lists and the lists with the two reading corrections (branch round-v124), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 124.
 *   node --import tsx experiments/names/v124/draw-round.mts > experiments/names/v124/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v124", "variant.jsonl", "shipped.jsonl", 124).join("\n"));
