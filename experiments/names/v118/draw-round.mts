/**
 * v118's judged descriptions (PREREGISTRATION-v118-v119.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn54-cn56 (branch round-v118), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 118.
 *   node --import tsx experiments/names/v118/draw-round.mts > experiments/names/v118/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v118", "variant.jsonl", "shipped.jsonl", 118).join("\n"));
