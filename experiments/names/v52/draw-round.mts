/**
 * v52's judged descriptions (PREREGISTRATION-v52.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with cn29-cn34 (written to differ.txt), then 60 of them drawn with seed 52.
 *   node --import tsx experiments/names/v52/draw-round.mts > experiments/names/v52/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v52", "wide.jsonl", "shipped.jsonl");
console.log(differing("v52", 52).join("\n"));
