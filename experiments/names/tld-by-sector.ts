import { readFileSync } from "node:fs";
import { suggest, resolveGenerators } from "../../src/index.js";
const generators = resolveGenerators("crafted");
const recs = readFileSync("/work/main/data/sources/descriptions/w4.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const by: Record<string, Record<string, number>> = {};
const show = process.argv[2];
for (const r of recs) {
  const res = await suggest(r.text, { count: 5, generators });
  if (res.status !== "success") continue;
  const m = (by[r.sector] ??= {});
  for (const s of res.suggestions) { const t = s.domain.slice(s.domain.indexOf(".") + 1); m[t] = (m[t] ?? 0) + 1; }
  if (show && r.sector === show) console.log(r.text.slice(0, 90), "=>", res.suggestions.map((s) => s.domain).join(" "));
}
for (const [s, m] of Object.entries(by)) { const tot = Object.values(m).reduce((a, b) => a + b, 0); console.log(s.padEnd(20), tot, Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([t, c]) => t + ":" + ((c / tot) * 100).toFixed(0)).join(" ")); }
