/**
 * v87's judged descriptions (PREREGISTRATION-v87-v89.md): the dev4 descriptions (w31-w34) whose shown five differ as
 * a set between the shipped lists (main) and v86's lists (reranker refitted on 14 writers' labels), then 60 of them
 * drawn with seed 87.
 *   node --import tsx experiments/names/v87/draw-round.mts > experiments/names/v87/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v87", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v87/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(87).shuffle(open).slice(0, 60).join("\n"));
