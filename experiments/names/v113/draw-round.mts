/**
 * v113's judged descriptions (PREREGISTRATION-v113.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between main (after rounds v111-v112) and the session's start (35aa2ed), less every description an earlier round
 * labelled (data/built/judging/rounds/<round>/key.jsonl), then 60 of them drawn with seed 113.
 *   node --import tsx experiments/names/v113/draw-round.mts > experiments/names/v113/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v113", "main.jsonl", "start.jsonl", 113).join("\n"));
