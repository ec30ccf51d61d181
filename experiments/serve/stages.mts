// Per-stage CPU of one lexical request, in one process: the guard, understanding, candidate generation, and the
// whole pipeline (the rest is scoring, ranking and the name guard). ROUNDS over the bench descriptions.
import { suggest, understand, checkRequest, lexicalGenerator } from "../../src/index.js";
import { BENCH_DESCRIPTIONS } from "../../bench/descriptions.js";
const rounds = Number(process.env.ROUNDS ?? 2);
const ds = BENCH_DESCRIPTIONS;
for (const d of ds.slice(0, 20)) await suggest(d, { count: 10, generators: [lexicalGenerator] });
function time(name: string, f: (d: string) => unknown): number {
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const d of ds) { f(d); n++; }
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000 / n;
  console.log(name.padEnd(12), ms.toFixed(3), "cpu ms/request");
  return ms;
}
time("guard", (d) => checkRequest(d));
time("understand", (d) => understand(d));
time("generate", (d) => lexicalGenerator.generate(understand(d), 200));
const c0 = process.cpuUsage();
let n = 0;
for (let r = 0; r < rounds; r++) for (const d of ds) { await suggest(d, { count: 10, generators: [lexicalGenerator] }); n++; }
const c = process.cpuUsage(c0);
console.log("suggest".padEnd(12), ((c.user + c.system) / 1000 / n).toFixed(3), "cpu ms/request", n, "requests");
