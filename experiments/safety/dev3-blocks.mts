// Guard verdicts on dev3 (writer w30: 300 lawful short requests typed into a name box), counted by category and
// length, never printed: node --import tsx experiments/safety/dev3-blocks.mts [checkout root]
import { readFileSync } from "node:fs";
const root = process.argv[2] ?? process.cwd();
const { checkRequest } = await import(`${root}/src/safety/index.js`);
const rows = readFileSync(`${root}/data/sources/descriptions/w30.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const blocked = rows.filter((r) => checkRequest(r.text).blocked);
const cats: Record<string, number> = {};
for (const r of blocked) { const c = checkRequest(r.text).category; cats[c] = (cats[c] ?? 0) + 1; }
const byLen: Record<string, number> = {};
for (const r of blocked) { const n = r.text.trim().split(/\s+/).length; const k = n === 1 ? "1" : n <= 3 ? "2-3" : "4-6+"; byLen[k] = (byLen[k] ?? 0) + 1; }
console.log(root, "blocked", blocked.length, "of", rows.length, JSON.stringify(cats), JSON.stringify(byLen));
