/**
 * v107's judged descriptions (PREREGISTRATION-v107-v108.md): dev5's descriptions (w35-w38) whose shown five differ as a set between
 * the shipped lists and the lists where one part is in at most two names (branch round-v107), less every description
 * an earlier round labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 107.
 *   node --import tsx experiments/names/v107/draw-round.mts > experiments/names/v107/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v107", "variant.jsonl", "shipped.jsonl", 107).join("\n"));
