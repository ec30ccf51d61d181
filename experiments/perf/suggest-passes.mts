// Per-request time of the suggestion pipeline in one process, for comparing two checkouts in the same command:
//   node --import tsx experiments/perf/suggest-passes.mts <checkout root> <generator kind>
// Three passes over the 200 bench descriptions (count 10): the first meets cold per-label caches, the later ones
// warm caches, as a long-running server does. Prints ms per request for each pass.
const [root, kind] = process.argv.slice(2);
if (!root || !kind) throw new Error("usage: suggest-passes.mts <checkout root> <generator kind>");
const { suggest } = await import(`${root}/src/index.js`);
const { resolveGenerators } = await import(`${root}/src/generate/generators.js`);
const { BENCH_DESCRIPTIONS } = await import(`${root}/bench/descriptions.js`);
const generators = resolveGenerators(kind);
await suggest(BENCH_DESCRIPTIONS[0], { count: 10, generators });
const out: string[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t = performance.now();
  for (const d of BENCH_DESCRIPTIONS) await suggest(d, { count: 10, generators });
  out.push(((performance.now() - t) / BENCH_DESCRIPTIONS.length).toFixed(2));
}
console.log(root, kind, "ms/request by pass", out.join(" "));
