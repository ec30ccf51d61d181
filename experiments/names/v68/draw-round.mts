/**
 * v68's judged descriptions (PREREGISTRATION-v68.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (c1d9540) and the lists with an in-person trade held to a local business's endings
 * (f22a03f; differ.txt), less v65's, v66's and v67's samples, then 60 of them drawn with seed 68.
 *   node --import tsx experiments/names/v68/draw-round.mts > experiments/names/v68/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v68", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67"].flatMap((r) =>
    readFileSync(`experiments/names/${r}/round-ids.txt`, "utf8").split("\n").filter(Boolean),
  ),
);
const open = readFileSync("experiments/names/v68/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(68).shuffle(open).slice(0, 60).join("\n"));
