/**
 * v55's judged descriptions (PREREGISTRATION-v55.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with sc7-sc10's rewrites with names only (written to differ.txt), then 60 of them drawn with seed 55.
 *   node --import tsx experiments/names/v55/draw-round.mts > experiments/names/v55/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v55", "wide.jsonl", "shipped.jsonl");
console.log(differing("v55", 55).join("\n"));
