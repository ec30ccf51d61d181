/**
 * The tasks of the place checkers (data/sources/naming-place-bound/BRIEF.md): every knowledge description (w1-w11)
 * whose text names a place, with its experts' names, split in four parts.
 *   node --import tsx experiments/names/place-bound-tasks.mts
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { understand } from "../../src/understand/index.js";
const k = JSON.parse(readFileSync("data/built/naming/knowledge.json", "utf8")) as { entries: string[] };
const namesOf = new Map(k.entries.map((l) => { const f = l.split("\t"); return [f[0]!, (f[5] ?? "").split(" ").filter(Boolean).map((n) => n.slice(0, n.indexOf("=")))]; }));
const out: string[] = [];
for (const w of ["w1","w2","w3","w6","w7","w8","w9","w10","w11"])
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    const names = namesOf.get(d.id);
    if (!names || names.length === 0) continue;
    const u = understand(d.text);
    if (!u.location) continue;
    out.push(JSON.stringify({ id: d.id, description: d.text, names }));
  }
console.log(out.length);
mkdirSync("data/built/naming-place-bound", { recursive: true });
const per = Math.ceil(out.length / 4);
for (let i = 0; i < 4; i++) writeFileSync(`data/built/naming-place-bound/part${i + 1}.jsonl`, out.slice(i * per, (i + 1) * per).join("\n") + "\n");
