/**
 * v122's judged descriptions (PREREGISTRATION-v122-v123.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn57-cn62 (branch round-v122), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 122.
 *   node --import tsx experiments/names/v122/draw-round.mts > experiments/names/v122/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v122", "variant.jsonl", "shipped.jsonl", 122).join("\n"));
