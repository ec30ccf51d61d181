// The suggestions for the 200 bench descriptions as JSON lines, to check that a speed-up changes no output:
//   node --import tsx experiments/perf/dump-suggestions.mts <checkout root> <generator kind> <out.jsonl>
// then `cmp` the files of two checkouts.
import { writeFileSync } from "node:fs";
const [root, kind, out] = process.argv.slice(2);
if (!root || !kind || !out) throw new Error("usage: dump-suggestions.mts <checkout root> <generator kind> <out.jsonl>");
const { suggest } = await import(`${root}/src/index.js`);
const { resolveGenerators } = await import(`${root}/src/generate/generators.js`);
const { BENCH_DESCRIPTIONS } = await import(`${root}/bench/descriptions.js`);
const generators = resolveGenerators(kind);
const lines: string[] = [];
for (const d of BENCH_DESCRIPTIONS) {
  try {
    lines.push(JSON.stringify(await suggest(d, { count: 10, generators })));
  } catch (e) {
    lines.push(JSON.stringify({ error: (e as Error).message }));
  }
}
writeFileSync(out, lines.join("\n") + "\n");
