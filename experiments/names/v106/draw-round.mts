/**
 * v106's judged descriptions (PREREGISTRATION-v106.md): the dev5 descriptions (w35-w38) whose shown five differ as a set
 * between main and the session's start (185e162), less round v105's sample, then 60 of them drawn with seed 106.
 *   node --import tsx experiments/names/v106/draw-round.mts > experiments/names/v106/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v106", "main.jsonl", "start.jsonl");
const judged = new Set(readFileSync("experiments/names/v105/round-ids.txt", "utf8").split("\n").filter(Boolean));
const open = readFileSync("experiments/names/v106/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(106).shuffle(open).slice(0, 60).join("\n"));
