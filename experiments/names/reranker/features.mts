/**
 * Features of every blind-labelled product name that the current crafted generator still proposes, for the
 * descriptions of the round writers: method, prior, rank in the pool, shape, TLD, learned-judge score and the
 * mean blind score (target), plus concept-level features the shipped reranker does not use. Writes JSONL rows
 * {id, writer, domain, y, n, flag, x} for the leave-one-writer-out comparison of feature sets in cv.py:
 *   node --import tsx experiments/names/reranker/features.mts OUT.jsonl [writers]
 *   python3 experiments/names/reranker/cv.py OUT.jsonl
 */
import { readFileSync, writeFileSync } from "node:fs";
import { roundJudgments } from "../round-labels.js";
import { craftedCandidates } from "../../../src/generate/index.js";
import { understand } from "../../../src/understand/index.js";
import { registeredPrior } from "../../../src/availability/index.js";
import { learnedScore } from "../../../src/score/judge/learned.js";
import { pronounceability } from "../../../src/lexicon/phonotactics.js";
import { wordFrequencyRank } from "../../../src/lexicon/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";

const [out, writersArg] = process.argv.slice(2);
if (!out) throw new Error("usage: features.mts OUT.jsonl [writers]");
const writers = (writersArg ?? "w4,w23,w24,w25,w26").split(",");
// Product names only: references and decoys are not the generator's candidates.
const labels = new Map(
  [...roundJudgments()]
    .map(([k, js]) => [k, js.filter((j) => j.sources.some((x) => x.source !== "reference" && x.source !== "decoy"))] as const)
    .filter(([, js]) => js.length > 0),
);
const byDesc = new Map<string, string[]>();
for (const k of labels.keys()) {
  const [id, domain] = k.split(" ");
  byDesc.set(id!, [...(byDesc.get(id!) ?? []), domain!]);
}
const METHODS = ["neighbour-echo", "neighbour", "concept+piece", "piece+concept", "evocative+concept", "evocative+piece", "concept+concept", "piece+piece", "place+concept", "concept+place", "evocative", "word", "required"];
const kn = loadKnowledge();
const rows: string[] = [];
let found = 0, missing = 0;
for (const w of writers)
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    const domains = byDesc.get(d.id);
    if (!domains) continue;
    const u = understand(d.text);
    const pool = craftedCandidates(u, { limit: 3000, rerank: false });
    const at = new Map<string, number>();
    pool.forEach((c, i) => { if (!at.has(c.label)) at.set(c.label, i); });
    const ctx = namingContext(u, kn);
    const tldRank = new Map(ctx.tlds.map(([t], i) => [t, i]));
    const top = ctx.concepts[0]?.form ?? "";
    for (const domain of domains) {
      const dot = domain.indexOf(".");
      const label = domain.slice(0, dot), tld = domain.slice(dot + 1);
      const i = at.get(label);
      if (i === undefined) { missing++; continue; }
      found++;
      const c = pool[i]!;
      const m = c.method.replace("crafted:", "").replace(/^required\+.*|.*\+required$/, "required");
      const ls = labels.get(`${d.id} ${domain}`)!;
      const ranks = c.parts.map((p) => wordFrequencyRank(p, "en") ?? 80000);
      const x: Record<string, number> = {
        logprior: Math.log(c.prior ?? 1e-9),
        logrank: Math.log(1 + i),
        len: label.length,
        len2: (label.length - 9) ** 2,
        pron: pronounceability(label, u.language === "und" ? "en" : u.language),
        parts: c.parts.length,
        com: tld === "com" ? 1 : 0,
        cc: /^[a-z]{2}$|^(com|co|org|net)\.[a-z]{2}$/.test(tld) ? 1 : 0,
        chosenTld: tld === c.tld ? 1 : 0,
        tldRank: Math.min(5, tldRank.get(tld) ?? 6),
        judge: learnedScore(label, tld, u).score / 10,
        registered: registeredPrior(domain),
        hasTop: top && label.includes(top) ? 1 : 0,
        minRank: Math.log(1 + Math.min(...ranks)),
        maxRank: Math.log(1 + Math.max(...ranks)),
        words: u.keywords.length,
      };
      for (const mm of METHODS) x[`m:${mm}`] = m === mm ? 1 : 0;
      // Concept-level features: which of the request's concepts the label carries, how heavy and how specific.
      const maxW = Math.max(1e-9, ...ctx.concepts.map((q) => q.weight));
      const inLabel = ctx.concepts.filter((q) => q.form.length >= 3 && c.parts.includes(q.form));
      x.cWeight = inLabel.length ? Math.max(...inLabel.map((q) => q.weight)) / maxW : 0;
      x.cMinWeight = inLabel.length ? Math.min(...inLabel.map((q) => q.weight)) / maxW : 0;
      x.cCount = inLabel.length;
      x.cAssoc = inLabel.some((q) => kn.associations(u.language === "und" ? "en" : u.language, q.stem).length > 0) ? 1 : 0;
      x.cIdf = inLabel.length ? Math.min(...inLabel.map((q) => kn.idf(q.stem))) : 0;
      x.cRankTop = inLabel.length ? Math.min(...inLabel.map((q) => ctx.concepts.indexOf(q))) : 6;
      x.cPlace = inLabel.some((q) => q.place) ? 1 : 0;
      // Neighbour-level features: how close (absolutely, not relative to the best) the business whose expert
      // wrote a borrowed name is to this one; the prior only knows sim / best.
      const from = ctx.neighbours.filter((n) => kn.entries[n.index]!.names.some((q) => q.label === label));
      const isN = m === "neighbour" || m === "neighbour-echo" ? 1 : 0;
      x.nSim = isN && from.length ? Math.max(...from.map((n) => n.sim)) : 0;
      x.nLogBest = isN ? Math.log(Math.max(1e-3, ctx.neighbours[0]?.sim ?? 1e-3)) : 0;
      // The same closeness for names built from the neighbours' pieces (an expert's role or image word).
      x.nPieceLogBest = /piece/.test(m) ? Math.log(Math.max(1e-3, ctx.neighbours[0]?.sim ?? 1e-3)) : 0;
      rows.push(JSON.stringify({ id: d.id, writer: w, domain, parts: c.parts, method: m, y: ls.reduce((a, b) => a + b.score, 0) / ls.length, n: ls.length, flag: ls.some((q) => q.flag) ? 1 : 0, x }));
    }
  }
writeFileSync(out, rows.join("\n") + "\n");
console.error(`labelled product names found in today's pool: ${found}, not found: ${missing}`);
