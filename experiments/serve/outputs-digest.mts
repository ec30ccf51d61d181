// Prints one line per description (its suggestions and confidences) for training writers' descriptions, so that a
// speed change can be checked to leave every output as it was: diff the file before and after.
//   GEN=crafted N=300 node --import tsx experiments/serve/outputs-digest.mts > /tmp/after.txt
import { readFileSync } from "node:fs";
import { suggest, resolveGenerators } from "../../src/index.js";
const generators = resolveGenerators(process.env.GEN ?? "crafted");
const n = Number(process.env.N ?? 300);
const texts: string[] = [];
for (const w of ["w7", "w13", "w2", "w5"])
  for (const line of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n"))
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
for (const t of texts.slice(0, n)) {
  const r = await suggest(t, { count: 10, generators });
  console.log(JSON.stringify(r.suggestions.map((s) => [s.domain, s.confidence])));
}
