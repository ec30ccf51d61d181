import { suggest, resolveGenerators } from "../../src/index.js";
import { BENCH_DESCRIPTIONS } from "../../bench/descriptions.js";
const generators = resolveGenerators(process.env.GEN ?? "lexical");
for (const d of BENCH_DESCRIPTIONS.slice(0, 20)) await suggest(d, { count: 10, generators });
const t0 = performance.now();
const c0 = process.cpuUsage();
let n = 0;
for (let r = 0; r < Number(process.env.ROUNDS ?? 2); r++) for (const d of BENCH_DESCRIPTIONS) { await suggest(d, { count: 10, generators }); n++; }
const c = process.cpuUsage(c0);
console.log("ms/request", ((performance.now() - t0) / n).toFixed(2), "cpu ms/request", ((c.user + c.system) / 1000 / n).toFixed(2), n);
