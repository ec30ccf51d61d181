/**
 * Blind labels of a round by how the crafted generator made each name (its `method`), for the names of one
 * source that the current checkout reproduces (the source must be this checkout's product, e.g. round v7's
 * new.jsonl): which kinds of candidate the judges reward.
 *   node --import tsx experiments/names/by-method.ts v7 file=experiments/names/v7/new.jsonl
 */
import { readFileSync, readdirSync } from "node:fs";
import { resolveGenerators, suggestDetailed } from "../../src/index.js";

const [round, source] = process.argv.slice(2);
if (!round || !source) throw new Error("usage: by-method.ts <round> <source>");
const key = readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { task: string; id: string; domain: string; sources: { source: string }[] });
const scores = new Map<string, number[]>();
for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
  for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
    const j = JSON.parse(l) as { task: string; score: number };
    const k = key.find((x) => x.task === j.task);
    if (!k) continue;
    const id = `${k.id} ${k.domain}`;
    scores.set(id, [...(scores.get(id) ?? []), j.score]);
  }
const texts = new Map<string, string>();
for (const l of readFileSync("data/sources/descriptions/w4.jsonl", "utf8").trim().split("\n")) {
  const d = JSON.parse(l) as { id: string; text: string };
  texts.set(d.id, d.text);
}
const generators = resolveGenerators("crafted");
const byMethod = new Map<string, number[]>();
const ids = [...new Set(key.filter((k) => k.sources.some((s) => s.source === source)).map((k) => k.id))];
for (const id of ids) {
  const r = await suggestDetailed(texts.get(id)!, { count: 5, generators });
  if (r.status !== "success") continue;
  for (const s of r.suggestions) {
    const sc = scores.get(`${id} ${s.display}`);
    if (!sc) continue;
    const m = s.method.replace("crafted:", "");
    byMethod.set(m, [...(byMethod.get(m) ?? []), sc.reduce((a, b) => a + b, 0) / sc.length]);
  }
}
for (const [m, v] of [...byMethod.entries()].sort((a, b) => b[1].length - a[1].length))
  console.log(`${m.padEnd(24)} n=${String(v.length).padStart(4)} mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}`);
