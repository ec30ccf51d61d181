/**
 * v115's judged descriptions (PREREGISTRATION-v114-v115.md): dev2-dev4's descriptions (w27-w34) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn48-cn53 (branch round-v114), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 115.
 *   node --import tsx experiments/names/v115/draw-round.mts > experiments/names/v115/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v115", "variant.jsonl", "shipped.jsonl", 115).join("\n"));
