/**
 * v110's judged descriptions (PREREGISTRATION-v109-v110.md): dev4's descriptions (w31-w34) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn36-cn41 (branch round-v109), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 110.
 *   node --import tsx experiments/names/v110/draw-round.mts > experiments/names/v110/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v110", "variant.jsonl", "shipped.jsonl", 110).join("\n"));
