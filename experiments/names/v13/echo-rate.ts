/**
 * Does a borrowed piece mislead when other businesses' experts used it mostly as an echo of their own
 * description ("truck" for a trucking firm) rather than as a naming word ("scout", "klar")? For the crafted
 * generator's two-part names in judged rounds: the blind score and relevance by the borrowed piece's echo rate
 * (share of its uses in the naming knowledge that echo the description), for pieces not tied to the request.
 *   node --import tsx experiments/names/v13/echo-rate.ts v3:crafted v11:crafted ...
 */
import { roundLabels, validationDescriptions } from "./labels.js";
import { resolveGenerators, suggestDetailed, understand } from "../../../src/index.js";
import { loadKnowledge, namingContext } from "../../../src/naming/index.js";
import { craftedCandidates } from "../../../src/generate/crafted.js";

const k = loadKnowledge();
const uses = new Map<string, { n: number; echo: number }>();
for (const e of k.entries)
  for (const name of e.names)
    for (const p of name.pieces) {
      const key = `${e.lang} ${p.text}`;
      const u = uses.get(key) ?? { n: 0, echo: 0 };
      u.n++;
      if (p.echo) u.echo++;
      uses.set(key, u);
    }
const texts = validationDescriptions();
const generators = resolveGenerators("crafted");
const rows: { rate: number; tied: boolean; score: number; rel: number; method: string; domain: string }[] = [];
for (const arg of process.argv.slice(2)) {
  const [round, source] = arg.split(":") as [string, string];
  const { ids, labels } = roundLabels(round, source);
  for (const id of ids) {
    const { text, lang } = texts.get(id)!;
    const r = await suggestDetailed(text, { count: 5, generators });
    if (r.status !== "success") continue;
    const u = understand(text);
    const ctx = namingContext(u);
    const byLabel = new Map(craftedCandidates(u).map((c) => [c.label, c]));
    for (const s of r.suggestions) {
      const ls = labels.get(`${id} ${s.display}`);
      if (!ls) continue;
      const c = byLabel.get(s.domain.slice(0, s.domain.indexOf(".")));
      if (!c || !c.method?.includes("piece")) continue;
      const own = new Set(ctx.concepts.map((x) => x.form));
      for (const p of c.parts ?? []) {
        if (own.has(p)) continue;
        const tied = ctx.concepts.some(
          (x) => (ctx.associations.get(x.form) ?? []).some(([w]) => w === p) || (ctx.pieces.perConcept.get(x.form)?.get(p) ?? 0) > 0,
        );
        const use = uses.get(`${lang} ${p}`) ?? uses.get(`en ${p}`);
        if (!use || use.n < 3) continue;
        rows.push({
          rate: use.echo / use.n,
          tied,
          score: ls.reduce((a, b) => a + b.score, 0) / ls.length,
          rel: ls.reduce((a, b) => a + b.relevance, 0) / ls.length,
          method: c.method ?? "",
          domain: s.domain,
        });
      }
    }
  }
}
const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.01];
for (const tied of [true, false])
  for (let i = 0; i + 1 < bins.length; i++) {
    const b = rows.filter((r) => r.tied === tied && r.rate >= bins[i]! && r.rate < bins[i + 1]!);
    if (b.length === 0) continue;
    const m = (f: (r: (typeof b)[number]) => number) => (b.reduce((a, r) => a + f(r), 0) / b.length).toFixed(2);
    console.log(`${tied ? "tied  " : "untied"} echo ${bins[i]!.toFixed(1)}-${bins[i + 1]!.toFixed(1)} n=${String(b.length).padStart(4)} score ${m((r) => r.score)} relevance ${m((r) => r.rel)}  e.g. ${b.slice(0, 4).map((r) => r.domain).join(" ")}`);
  }
