/**
 * v125's judged descriptions (PREREGISTRATION-v125-v126.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn63-cn64 (branch round-v125), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 125.
 *   node --import tsx experiments/names/v125/draw-round.mts > experiments/names/v125/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v125", "variant.jsonl", "shipped.jsonl", 125).join("\n"));
