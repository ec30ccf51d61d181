/**
 * Blind labels of the crafted generator's concept+piece / piece+concept names split by whether the piece is
 * tied to the concept (a curated association, or words the concept's own experts used) or only brought by
 * neighbouring businesses. Reads every round where the source's names are reproduced by this checkout.
 *   node --import tsx experiments/names/v13/piece-fit.ts v11:crafted v3:crafted ...
 */
import { roundLabels, validationDescriptions, type Label } from "./labels.js";
import { resolveGenerators, suggestDetailed, understand } from "../../../src/index.js";
import { namingContext } from "../../../src/naming/index.js";
import { craftedCandidates } from "../../../src/generate/crafted.js";

const texts = validationDescriptions();
const generators = resolveGenerators("crafted");
const groups = new Map<string, number[]>();
const push = (g: string, v: number) => groups.set(g, [...(groups.get(g) ?? []), v]);
for (const arg of process.argv.slice(2)) {
  const [round, source] = arg.split(":") as [string, string];
  const { ids, labels } = roundLabels(round, source);
  const field = (x: Label): number =>
    process.env.FIELD === "relevance" ? x.relevance : process.env.FIELD === "memorability" ? x.memorability : x.score;
  const scores = new Map([...labels].map(([k, v]) => [k, v.map(field)]));
  let reproduced = 0, shown = 0;
  for (const id of ids) {
    const { text } = texts.get(id)!;
    const r = await suggestDetailed(text, { count: 5, generators });
    if (r.status !== "success") continue;
    const u = understand(text);
    const ctx = namingContext(u);
    const partsOf = new Map(craftedCandidates(u).map((c) => [c.label, c.parts ?? []]));
    for (const s of r.suggestions) {
      shown++;
      const sc = scores.get(`${id} ${s.display}`);
      if (!sc) continue;
      reproduced++;
      const mean = sc.reduce((a, b) => a + b, 0) / sc.length;
      const m = s.method.replace("crafted:", "");
      let g = m;
      if (m === "concept+piece" || m === "piece+concept") {
        const parts = partsOf.get(s.domain.slice(0, s.domain.indexOf("."))) ?? [];
        const [c, p] = m === "concept+piece" ? [parts[0], parts[1]] : [parts[1], parts[0]];
        const curated = (ctx.associations.get(c!) ?? []).some(([w]) => w === p);
        const experts = (ctx.pieces.perConcept.get(c!)?.get(p!) ?? 0) > 0;
        g = `${m}:${curated ? "curated" : experts ? "experts" : "neighbours-only"}`;
      }
      push(g, mean);
    }
  }
  console.error(`${round} ${source}: ${reproduced}/${shown} shown names reproduced with labels`);
}
for (const [g, v] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length))
  console.log(`${g.padEnd(36)} n=${String(v.length).padStart(4)} mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}`);
