/**
 * v67's judged descriptions (PREREGISTRATION-v67.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (88542fa, whose code and data equal 92585ff's: shipped.jsonl is v66's shipped.jsonl) and
 * the lists with no neighbour by town alone and WordNet stand-ins for unseen English trades (differ.txt), less v65's and
 * v66's 120, then 60 of them drawn with seed 67.
 *   node --import tsx experiments/names/v67/draw-round.mts > experiments/names/v67/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v67", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66"].flatMap((r) =>
    readFileSync(`experiments/names/${r}/round-ids.txt`, "utf8").split("\n").filter(Boolean),
  ),
);
const open = readFileSync("experiments/names/v67/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(67).shuffle(open).slice(0, 60).join("\n"));
