import { readFileSync } from "node:fs";
import { resolveGenerators, suggestDetailed } from "../../src/index.js";
const generators = resolveGenerators("crafted");
const c: Record<string, number> = {};
let n = 0;
for (const l of readFileSync("data/sources/descriptions/w4.jsonl", "utf8").trim().split("\n")) {
  const d = JSON.parse(l);
  const r = await suggestDetailed(d.text, { count: 5, generators });
  if (r.status !== "success") continue;
  for (const s of r.suggestions) { c[s.method] = (c[s.method] ?? 0) + 1; n++; }
}
console.log(Object.entries(c).sort((a, b) => b[1] - a[1]).map(([m, k]) => `${m}:${(k / n * 100).toFixed(0)}%`).join(" "));
