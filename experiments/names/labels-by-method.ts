/**
 * Every blind label of every round, keyed by (description, domain), set against the names the current checkout
 * shows (default crafted generator, top 5, w4 and w23-w26): mean blind score and sub-scores by how each shown name
 * was made (its `method`), for the shown names that some round labelled. Tells which kinds of candidate judges
 * reward without a new round (the labels came from earlier checkouts; a name is counted only if it is shown now).
 *   node --import tsx experiments/names/labels-by-method.ts [rows.jsonl]
 * With rows.jsonl, every labelled shown name is also written there (JSONL) for reading.
 */
import { writeFileSync } from "node:fs";
import { roundJudgments, shownLists, type RoundJudgment } from "./round-labels.js";

const rowsOut = process.argv[2];
const labels = roundJudgments();
const byMethod = new Map<string, RoundJudgment[]>();
const rows: string[] = [];
let shown = 0;
for await (const { id, text, suggestions } of shownLists(5))
  for (const s of suggestions) {
    shown++;
    const ls = labels.get(`${id} ${s.display}`);
    if (!ls) continue;
    const m = s.method.replace("crafted:", "");
    byMethod.set(m, [...(byMethod.get(m) ?? []), ...ls]);
    if (rowsOut) rows.push(JSON.stringify({ id, text, domain: s.display, method: m, labels: ls }));
  }
const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
console.log(`shown names ${shown}; labels by method:`);
console.log("method                    n    score  relev  memor  ease   fit    flagged");
for (const [m, v] of [...byMethod.entries()].sort((a, b) => b[1].length - a[1].length))
  console.log(
    `${m.padEnd(24)} ${String(v.length).padStart(4)}  ${mean(v.map((x) => x.score))}   ${mean(v.map((x) => x.relevance))}   ${mean(v.map((x) => x.memorability))}   ${mean(v.map((x) => x.ease))}   ${mean(v.map((x) => x.fit))}   ${mean(v.map((x) => (x.flag ? 1 : 0)))}`,
  );
if (rowsOut) writeFileSync(rowsOut, rows.join("\n") + "\n");
