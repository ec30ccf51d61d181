/**
 * How often the crafted generator offers the same label to different businesses: top-10 lists for the training
 * writers that the naming knowledge was not built from (w12-w17, w20-w22; 3,600 descriptions), each label counted
 * once per description. Writes the counts (label -> lists) to experiments/names/v29/ubiquity.json.
 *   node --import tsx experiments/names/v29/ubiquity.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolveGenerators, suggestDetailed, InputError } from "../../../src/index.js";

const WRITERS = ["w12", "w13", "w14", "w15", "w16", "w17", "w20", "w21", "w22"];
const generators = resolveGenerators("crafted");
const counts = new Map<string, number>();
let lists = 0;
for (const w of WRITERS) {
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
    const d = JSON.parse(l) as { text: string };
    const r = await suggestDetailed(d.text, { count: 10, generators }).catch((e) => {
      if (e instanceof InputError) return null;
      throw e;
    });
    if (!r || r.status !== "success") continue;
    lists++;
    for (const label of new Set(r.suggestions.map((s) => s.domain.slice(0, s.domain.indexOf(".")))))
      counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  process.stderr.write(`${w} done (${lists} lists)\n`);
}
const sorted = [...counts].sort((a, b) => b[1] - a[1]);
writeFileSync("experiments/names/v29/ubiquity.json", JSON.stringify({ lists, counts: Object.fromEntries(sorted) }));
console.log(`${lists} lists, ${counts.size} labels; most repeated:`, sorted.slice(0, 40).map(([l, c]) => `${l} ${c}`).join(", "));
