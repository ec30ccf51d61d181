/**
 * v49's judged descriptions (PREREGISTRATION-v49.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists without concept names (written to differ.txt), then 60 of them drawn with seed 49.
 *   node --import tsx experiments/names/v49/draw-round.mts > experiments/names/v49/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v49", "shipped.jsonl", "none.jsonl");
console.log(differing("v49", 49).join("\n"));
