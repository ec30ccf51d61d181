/**
 * v114's judged descriptions (PREREGISTRATION-v114-v115.md): dev5's descriptions (w35-w38) whose shown five differ as a set
 * between the shipped lists and the lists with concept names cn48-cn53 (branch round-v114), less every description an
 * earlier round labelled, then up to 60 of them drawn with seed 114.
 *   node --import tsx experiments/names/v114/draw-round.mts > experiments/names/v114/round-ids.txt
 */
import { drawUnlabelled } from "../draw.mjs";

console.log(drawUnlabelled("v114", "variant.jsonl", "shipped.jsonl", 114).join("\n"));
