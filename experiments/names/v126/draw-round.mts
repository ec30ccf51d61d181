/**
 * v126's judged descriptions (PREREGISTRATION-v125-v126.md): dev2-dev4's and dev6's descriptions (w27-w34, w39-w42) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn63-cn64 (branch round-v125), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 126.
 *   node --import tsx experiments/names/v126/draw-round.mts > experiments/names/v126/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v126", "variant.jsonl", "shipped.jsonl", 126).join("\n"));
