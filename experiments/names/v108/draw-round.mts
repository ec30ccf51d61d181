/**
 * v108's judged descriptions (PREREGISTRATION-v107-v108.md): dev4's descriptions (w31-w34) whose shown five differ as a set between
 * the shipped lists and the lists where one part is in at most two names (branch round-v107), less every description
 * an earlier round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 108.
 *   node --import tsx experiments/names/v108/draw-round.mts > experiments/names/v108/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v108", "variant.jsonl", "shipped.jsonl", 108).join("\n"));
