/**
 * v111's judged descriptions (PREREGISTRATION-v111-v112.md): dev5's descriptions (w35-w38) whose shown five differ as a set between
 * the shipped lists and the lists with concept names cn42-cn47 (branch round-v111), less every description an earlier
 * round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 111.
 *   node --import tsx experiments/names/v111/draw-round.mts > experiments/names/v111/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v111", "variant.jsonl", "shipped.jsonl", 111).join("\n"));
