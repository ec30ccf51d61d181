/**
 * v50's judged descriptions (PREREGISTRATION-v50.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with cn19-cn23 (written to differ.txt), then 60 of them drawn with seed 50.
 *   node --import tsx experiments/names/v50/draw-round.mts > experiments/names/v50/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v50", "wide.jsonl", "shipped.jsonl");
console.log(differing("v50", 50).join("\n"));
