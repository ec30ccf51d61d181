/**
 * v119's judged descriptions (PREREGISTRATION-v118-v119.md): dev2-dev4's descriptions (w27-w34) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn54-cn56 (branch round-v118), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 119.
 *   node --import tsx experiments/names/v119/draw-round.mts > experiments/names/v119/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v119", "variant.jsonl", "shipped.jsonl", 119).join("\n"));
