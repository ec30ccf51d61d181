/**
 * v56's judged descriptions (PREREGISTRATION-v56.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with u4's unwanted words (written to differ.txt), then 60 of them drawn with seed 56.
 *   node --import tsx experiments/names/v56/draw-round.mts > experiments/names/v56/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v56", "wide.jsonl", "shipped.jsonl");
console.log(differing("v56", 56).join("\n"));
