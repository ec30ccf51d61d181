/**
 * v58's judged descriptions (PREREGISTRATION-v58.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the sector writers cs1-cs4 (written to differ.txt), then 60 of them drawn with
 * seed 58.
 *   node --import tsx experiments/names/v58/draw-round.mts > experiments/names/v58/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v58", "wide.jsonl", "shipped.jsonl");
console.log(differing("v58", 58).join("\n"));
