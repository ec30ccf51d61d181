/**
 * Whether a neighbour's whole expert name fits a request when the words its expert brought in are ones this
 * request's concepts are known to go with: for every labelled name of every round (references and decoys left
 * out) that today's crafted generator makes by borrowing a neighbour's name, whether each word the neighbour's expert
 * added (not an echo of that neighbour's description) is a curated association of one of the request's concepts or
 * was used next to it by experts of two or more training descriptions ("related"), or not. Mean blind score of each,
 * and of the same descriptions' other labelled crafted names for comparison.
 *   node --import tsx experiments/names/echo-relevance/labels.mts
 */
import { readdirSync } from "node:fs";
import { roundJudgments } from "../round-labels.js";
import { readDescriptions } from "../../../scripts/ground-truth.js";
import { understand } from "../../../src/understand/index.js";
import { craftedCandidates } from "../../../src/generate/index.js";
import { namingContext } from "../../../src/naming/index.js";

const labels = roundJudgments();
const byId = new Map<string, { domain: string; scores: number[] }[]>();
for (const [key, js] of labels) {
  const [id, domain] = key.split(" ") as [string, string];
  const own = js.filter((j) => !j.sources.some((s) => s.source === "reference" || s.source === "decoy"));
  if (own.length === 0) continue;
  byId.set(id, [...(byId.get(id) ?? []), { domain, scores: own.map((j) => j.score) }]);
}
const writers = readdirSync("data/sources/descriptions")
  .filter((f) => /^w\d+\.jsonl$/.test(f))
  .map((f) => f.replace(".jsonl", ""))
  .filter((w) => !["w5", "w18", "w19"].includes(w));
const groups: Record<string, number[]> = { related: [], unrelated: [], other: [] };
const byMethod: Record<string, Record<string, number[]>> = {};
let n = 0;
for (const d of readDescriptions(writers)) {
  const judged = byId.get(d.id);
  if (!judged) continue;
  let u;
  try {
    u = understand(d.text);
  } catch {
    continue;
  }
  const ctx = namingContext(u);
  const cands = new Map(craftedCandidates(u, { limit: 400 }).map((c) => [`${c.label}.${c.tld}`, c]));
  const related = (p: string): boolean =>
    ctx.concepts.some(
      (c) =>
        (ctx.associations.get(c.form) ?? []).some(([w]) => w === p) ||
        (ctx.pieces.perConcept.get(c.form)?.get(p) ?? 0) > 0,
    );
  for (const { domain, scores } of judged) {
    const c = cands.get(domain);
    if (!c) continue;
    const m = c.method.replace("crafted:", "");
    let g = "other";
    if (m === "neighbour" || m === "neighbour-echo") {
      const name = ctx.neighbours
        .flatMap((nb) => ctx.knowledge.entries[nb.index]!.names)
        .find((x) => x.label === c.label || c.label.startsWith(x.label));
      const added = (name?.pieces ?? []).filter((p) => !p.echo && p.text.length >= 3).map((p) => p.text);
      g = added.every(related) ? "related" : "unrelated";
      ((byMethod[m] ??= { related: [], unrelated: [] })[g] ??= []).push(...scores);
    }
    groups[g]!.push(...scores);
    n++;
  }
}
const mean = (x: number[]): string => (x.reduce((a, b) => a + b, 0) / Math.max(1, x.length)).toFixed(2);
console.log(`${n} labelled names made today`);
for (const [g, v] of Object.entries(groups)) console.log(`${g.padEnd(10)} ${String(v.length).padStart(5)} labels, mean ${mean(v)}`);
for (const [m, gs] of Object.entries(byMethod))
  for (const [g, v] of Object.entries(gs)) console.log(`  ${m} ${g}: ${v.length} labels, mean ${mean(v)}`);
