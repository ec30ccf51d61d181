/**
 * v82's judged descriptions (PREREGISTRATION-v82.md): the dev2 and dev3 descriptions whose shown five differ as a set
 * between the shipped lists (69a5ac1, as v81's variant lists) and the lists with the specificity factor shaped as experts reuse words (branch round-v82)
 * (differ.txt), less rounds v65-v81's samples, then 60 of them drawn with seed 82.
 *   node --import tsx experiments/names/v82/draw-round.mts > experiments/names/v82/round-ids.txt
 */
import { existsSync, readFileSync } from "node:fs";
import { Rng } from "../../../src/core/random.js";
import { writeDiffering } from "../draw.mjs";

writeDiffering("v82", "variant.jsonl", "shipped.jsonl");
const judged = new Set(
  ["v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81"]
    .map((r) => `experiments/names/${r}/round-ids.txt`)
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean)),
);
const open = readFileSync("experiments/names/v82/differ.txt", "utf8")
  .split("\n")
  .filter((id) => id && !judged.has(id));
console.log(new Rng(82).shuffle(open).slice(0, 60).join("\n"));
