/**
 * v112's judged descriptions (PREREGISTRATION-v111-v112.md): dev2-dev4's descriptions (w27-w34) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn42-cn47 (branch round-v111), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 112.
 *   node --import tsx experiments/names/v112/draw-round.mts > experiments/names/v112/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v112", "variant.jsonl", "shipped.jsonl", 112).join("\n"));
