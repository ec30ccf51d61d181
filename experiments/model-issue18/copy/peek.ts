/**
 * Top names of training runs for a few validation descriptions outside round v6's set (a look before judging).
 * Usage: npx tsx experiments/model-issue18/copy/peek.ts run=full-c4 [run=full-c3 ...]
 */
import { readFileSync } from "node:fs";
import { suggestDetailed } from "../../../src/generate/index.js";
import { sourceGenerators } from "../../../scripts/model-sources.js";

const inV6 = new Set(
  readFileSync("data/built/judging/rounds/v6/key.jsonl", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const descs = readFileSync("data/sources/descriptions/w4.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string })
  .filter((d) => !inV6.has(d.id))
  .slice(0, Number(process.env.N ?? 12));
for (const d of descs) {
  console.log(`${d.id}: ${d.text.slice(0, 100)}`);
  for (const src of process.argv.slice(2)) {
    const r = await suggestDetailed(d.text, { count: 10, generators: sourceGenerators(src) });
    console.log(`  ${src.padEnd(14)} ${r.suggestions.slice(0, 6).map((s) => s.display).join(", ")}`);
  }
}
