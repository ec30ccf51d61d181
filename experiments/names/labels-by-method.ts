/**
 * Every blind label of every round, keyed by (description, domain), set against the names the current checkout
 * shows (default crafted generator, top 5): mean blind score and sub-scores by how each shown name was made (its
 * `method`), for the shown names that some round labelled. Tells which kinds of candidate judges reward without a
 * new round (the labels came from earlier checkouts; a name is counted only if it is shown now).
 *   node --import tsx experiments/names/labels-by-method.ts [writers, default w4,w23,w24,w25,w26] [rows.jsonl]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed } from "../../src/index.js";

interface Label { score: number; relevance: number; memorability: number; ease: number; fit: number; flag: string | null }
const writers = (process.argv[2] ?? "w4,w23,w24,w25,w26").split(",");
const labels = new Map<string, Label[]>();
for (const round of readdirSync("data/built/judging/rounds")) {
  const keyFile = `data/built/judging/rounds/${round}/key.jsonl`;
  if (!existsSync(keyFile) || !existsSync(`data/sources/judgments/${round}`)) continue;
  const key = new Map<string, string>();
  for (const l of readFileSync(keyFile, "utf8").trim().split("\n")) {
    const k = JSON.parse(l) as { task: string; id: string; domain: string };
    key.set(k.task, `${k.id} ${k.domain}`);
  }
  for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
    for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
      const j = JSON.parse(l) as Label & { task: string };
      const id = key.get(j.task);
      if (id) labels.set(id, [...(labels.get(id) ?? []), j]);
    }
}
const generators = resolveGenerators("crafted");
const byMethod = new Map<string, Label[]>();
let shown = 0;
// With a second argument, every labelled shown name is also written there (JSONL) for reading.
const rows: string[] | undefined = process.argv[3] ? [] : undefined;
for (const w of writers)
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    const res = await suggestDetailed(d.text, { count: 5, generators }).catch((e: unknown) => {
      if (e instanceof InputError) return undefined;
      throw e;
    });
    if (res?.status !== "success") continue;
    for (const s of res.suggestions) {
      shown++;
      const ls = labels.get(`${d.id} ${s.display}`);
      if (!ls) continue;
      const m = s.method.replace("crafted:", "");
      byMethod.set(m, [...(byMethod.get(m) ?? []), ...ls]);
      if (rows) rows.push(JSON.stringify({ id: d.id, text: d.text, domain: s.display, method: m, parts: s.parts, labels: ls }));
    }
  }
const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
console.log(`shown names ${shown}; labelled labels by method:`);
console.log("method                    n    score  relev  memor  ease   fit    flagged");
for (const [m, v] of [...byMethod.entries()].sort((a, b) => b[1].length - a[1].length))
  console.log(
    `${m.padEnd(24)} ${String(v.length).padStart(4)}  ${mean(v.map((x) => x.score))}   ${mean(v.map((x) => x.relevance))}   ${mean(v.map((x) => x.memorability))}   ${mean(v.map((x) => x.ease))}   ${mean(v.map((x) => x.fit))}   ${mean(v.map((x) => (x.flag ? 1 : 0)))}`,
  );
if (rows && process.argv[3]) writeFileSync(process.argv[3], rows.join("\n") + "\n");
