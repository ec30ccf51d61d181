/**
 * v51's judged descriptions (PREREGISTRATION-v51.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with cn24-cn28 (written to differ.txt), then 60 of them drawn with seed 51.
 *   node --import tsx experiments/names/v51/draw-round.mts > experiments/names/v51/round-ids.txt
 */
import { differing, writeDiffering } from "../draw.mjs";

writeDiffering("v51", "wide.jsonl", "shipped.jsonl");
console.log(differing("v51", 51).join("\n"));
