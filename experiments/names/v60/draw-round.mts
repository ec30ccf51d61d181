/**
 * v60's judged descriptions (PREREGISTRATION-v60.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with the neighbours named as software left out of in-person requests (written to
 * differ.txt), then 60 of them drawn with seed 60.
 *   node --import tsx experiments/names/v60/draw-round.mts > experiments/names/v60/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v60", "wide.jsonl", "shipped.jsonl");
console.log(differing("v60", 60).join("\n"));
