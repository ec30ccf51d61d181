/**
 * v65's judged descriptions (PREREGISTRATION-v65.md): the dev2 and dev3 descriptions whose shown five differ as a set between
 * the shipped lists (8977b34) and the lists with u3's nonconcept words and modifying gerunds as nouns
 * (differ.txt), then 60 of them drawn with seed 65.
 *   node --import tsx experiments/names/v65/draw-round.mts > experiments/names/v65/round-ids.txt
 */
import { readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v65", "variant.jsonl", "shipped.jsonl");
const open = readFileSync("experiments/names/v65/differ.txt", "utf8").split("\n").filter(Boolean);
console.log(new Rng(65).shuffle(open).slice(0, 60).join("\n"));
