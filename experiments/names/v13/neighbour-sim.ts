/**
 * Blind labels of the crafted generator's borrowed whole names (methods neighbour / neighbour-echo) by how close
 * the neighbour that brought them is, in absolute cosine similarity: do names borrowed from far neighbours (when no
 * training description is close) name the request worse?
 *   node --import tsx experiments/names/v13/neighbour-sim.ts v3:crafted v11:crafted ...
 */
import { roundLabels, validationDescriptions } from "./labels.js";
import { resolveGenerators, suggestDetailed, understand } from "../../../src/index.js";
import { namingContext } from "../../../src/naming/index.js";

const texts = validationDescriptions();
const generators = resolveGenerators("crafted");
const rows: { sim: number; score: number; rel: number; method: string }[] = [];
for (const arg of process.argv.slice(2)) {
  const [round, source] = arg.split(":") as [string, string];
  const { ids, labels } = roundLabels(round, source);
  for (const id of ids) {
    const { text } = texts.get(id)!;
    const r = await suggestDetailed(text, { count: 5, generators });
    if (r.status !== "success") continue;
    const ctx = namingContext(understand(text));
    for (const s of r.suggestions) {
      if (!s.method.startsWith("crafted:neighbour")) continue;
      const ls = labels.get(`${id} ${s.display}`);
      if (!ls) continue;
      const label = s.domain.slice(0, s.domain.indexOf("."));
      const n = ctx.neighbours.find((nb) => ctx.knowledge.entries[nb.index]!.names.some((nm) => nm.label === label));
      if (!n) continue;
      rows.push({
        sim: n.sim,
        score: ls.reduce((a, b) => a + b.score, 0) / ls.length,
        rel: ls.reduce((a, b) => a + b.relevance, 0) / ls.length,
        method: s.method,
      });
    }
  }
}
const bins = [0, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01];
for (let i = 0; i + 1 < bins.length; i++) {
  const b = rows.filter((r) => r.sim >= bins[i]! && r.sim < bins[i + 1]!);
  if (b.length === 0) continue;
  const m = (f: (r: (typeof b)[number]) => number) => (b.reduce((a, r) => a + f(r), 0) / b.length).toFixed(2);
  console.log(`sim ${bins[i]!.toFixed(2)}-${bins[i + 1]!.toFixed(2)} n=${String(b.length).padStart(4)} score ${m((r) => r.score)} relevance ${m((r) => r.rel)}`);
}
