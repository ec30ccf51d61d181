/**
 * The descriptions of the given writers whose text sets a one-word wish (src/understand/constraints.ts), one id per
 * line, for round v40.
 *   node --import tsx experiments/names/v39/syllable-ids.ts OUT.txt w12,w13,...
 */
import { readFileSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";

const [out, writers] = process.argv.slice(2);
if (!out || !writers) throw new Error("usage: syllable-ids.ts OUT.txt writers");
const ids: string[] = [];
for (const w of writers.split(","))
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    const m = understand(d.text).constraints.oneWord;
    if (m === true) ids.push(d.id);
  }
writeFileSync(out, ids.join("\n") + "\n");
console.log(`${ids.length} descriptions with a one-word wish`);
