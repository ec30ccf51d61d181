/**
 * v54's judged descriptions (PREREGISTRATION-v54.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the sense checks sc7-sc10 (written to differ.txt), then 60 of them drawn with seed 54.
 *   node --import tsx experiments/names/v54/draw-round.mts > experiments/names/v54/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v54", "wide.jsonl", "shipped.jsonl");
console.log(differing("v54", 54).join("\n"));
