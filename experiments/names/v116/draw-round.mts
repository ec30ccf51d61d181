/**
 * v116's judged descriptions (PREREGISTRATION-v116-v117.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn29-cn34 (branch round-v116), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 116.
 *   node --import tsx experiments/names/v116/draw-round.mts > experiments/names/v116/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v116", "variant.jsonl", "shipped.jsonl", 116).join("\n"));
