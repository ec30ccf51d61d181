/**
 * v109's judged descriptions (PREREGISTRATION-v109-v110.md): dev5's descriptions (w35-w38) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn36-cn41 (branch round-v109), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 109.
 *   node --import tsx experiments/names/v109/draw-round.mts > experiments/names/v109/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v109", "variant.jsonl", "shipped.jsonl", 109).join("\n"));
