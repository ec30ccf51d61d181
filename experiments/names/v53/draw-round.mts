/**
 * v53's judged descriptions (PREREGISTRATION-v53.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the sense checks sc1-sc6 (written to differ.txt), then 60 of them drawn with seed 53.
 *   node --import tsx experiments/names/v53/draw-round.mts > experiments/names/v53/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v53", "wide.jsonl", "shipped.jsonl");
console.log(differing("v53", 53).join("\n"));
