/**
 * v117's judged descriptions (PREREGISTRATION-v116-v117.md): dev2-dev4's descriptions (w27-w34) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn29-cn34 (branch round-v116), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 117.
 *   node --import tsx experiments/names/v117/draw-round.mts > experiments/names/v117/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v117", "variant.jsonl", "shipped.jsonl", 117).join("\n"));
