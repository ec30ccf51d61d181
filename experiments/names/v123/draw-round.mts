/**
 * v123's judged descriptions (PREREGISTRATION-v122-v123.md): dev2-dev4's and dev6's descriptions (w27-w34, w39-w42) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn57-cn62 (branch round-v122), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 123.
 *   node --import tsx experiments/names/v123/draw-round.mts > experiments/names/v123/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v123", "variant.jsonl", "shipped.jsonl", 123).join("\n"));
