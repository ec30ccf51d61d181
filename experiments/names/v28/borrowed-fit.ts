/**
 * Blind labels of the crafted generator's borrowed whole names (methods neighbour / neighbour-echo) by whether
 * any word of the borrowed name is one of the request's own concepts (form or stem, 4+ letters), and by how
 * close the neighbour that brought it is: judges keep seeing one expert's name ("smallacre") offered to
 * unrelated businesses. Labels of every round so far, on the names the product shows today.
 *   node --import tsx experiments/names/v28/borrowed-fit.ts
 */
import { roundLabels, shownLists } from "../round-labels.js";
import { understand } from "../../../src/index.js";
import { namingContext } from "../../../src/naming/index.js";

const labels = roundLabels();
const rows: { sim: number; shared: boolean; score: number }[] = [];
const others: number[] = [];
for await (const d of shownLists(5)) {
    const ctx = namingContext(understand(d.text));
    const own = new Set(ctx.concepts.flatMap((c) => [c.form, c.stem]).filter((x) => x.length >= 4));
    for (const s of d.suggestions) {
      const ls = labels.get(`${d.id} ${s.display}`);
      if (!ls) continue;
      const score = ls.reduce((a, b) => a + b, 0) / ls.length;
      if (!s.method.startsWith("crafted:neighbour")) {
        others.push(score);
        continue;
      }
      const label = s.domain.slice(0, s.domain.indexOf("."));
      let found: { sim: number; pieces: string[] } | null = null;
      for (const nb of ctx.neighbours) {
        const nm = ctx.knowledge.entries[nb.index]!.names.find((x) => x.label === label);
        if (nm) {
          found = { sim: nb.sim, pieces: nm.pieces.map((p) => p.text) };
          break;
        }
      }
      if (!found) continue;
      const shared = found.pieces.some((p) => [...own].some((o) => p === o || (p.length >= 4 && (p.startsWith(o) || o.startsWith(p)))));
      rows.push({ sim: found.sim, shared, score });
    }
  }
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2);
console.log(`other shown names with labels: n=${others.length} mean ${mean(others)}`);
for (const shared of [true, false])
  for (const [lo, hi] of [[0, 0.15], [0.15, 0.25], [0.25, 0.4], [0.4, 1.01]] as const) {
    const b = rows.filter((r) => r.shared === shared && r.sim >= lo && r.sim < hi);
    console.log(`borrowed, shares a concept ${shared ? "yes" : "no "} sim ${lo.toFixed(2)}-${hi.toFixed(2)} n=${String(b.length).padStart(4)} mean ${mean(b.map((r) => r.score))}`);
  }
