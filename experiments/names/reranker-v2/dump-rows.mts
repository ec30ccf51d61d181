/**
 * Dumps, for every blind-labelled product name the crafted generator still proposes, what a reranker could know
 * about it (the shipped features, its parts and method, the request's concepts, keywords and text) with its labels
 * (mean score and mean sub-scores), for offline model search. Same label selection as scripts/fit-reranker.ts:
 * fit writers w4, w23-w26 and check writers w12-w17, w20-w22; never dev2 or test writers.
 *   node --import tsx experiments/names/reranker-v2/dump-rows.mts > /tmp/rerank-rows.jsonl
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TEST_WRITERS } from "../../../src/core/splits.js";
import { craftedCandidates } from "../../../src/generate/crafted.js";
import { rerankContext, rerankFeatures } from "../../../src/generate/rerank.js";
import { knowledgePath, loadKnowledge, namingContext, type KnowledgeFile } from "../../../src/naming/index.js";
import { understand } from "../../../src/understand/index.js";
import { readDescriptions, readRound, type RoundLabel } from "../../../scripts/ground-truth.js";

const fitW = new Set("w4,w23,w24,w25,w26".split(","));
const checkW = new Set("w12,w13,w14,w15,w16,w17,w20,w21,w22".split(","));
const built = JSON.parse(readFileSync(knowledgePath(), "utf8")) as KnowledgeFile;
const excluded = new Set([...built.writers, ...TEST_WRITERS]);
const labels = new Map<string, RoundLabel[]>();
const writerOf = new Map<string, string>();
const roundsDir = "data/built/judging/rounds";
for (const round of readdirSync(roundsDir).sort()) {
  if (!existsSync(join(roundsDir, round, "key.jsonl")) || !existsSync(join("data/sources/judgments", round))) continue;
  for (const p of readRound(round)) {
    const k = p.key;
    if (!(fitW.has(k.writer) || checkW.has(k.writer)) || excluded.has(k.writer)) continue;
    if (!k.sources.some((s) => s.source !== "reference" && s.source !== "decoy")) continue;
    const at = `${k.id} ${k.domain}`;
    labels.set(at, [...(labels.get(at) ?? []), ...p.labels]);
    writerOf.set(k.id, k.writer);
  }
}
const domainsOf = new Map<string, string[]>();
for (const at of labels.keys()) {
  const [id, domain] = at.split(" ") as [string, string];
  domainsOf.set(id, [...(domainsOf.get(id) ?? []), domain]);
}
const knowledge = loadKnowledge();
const descriptions = readDescriptions([...new Set(writerOf.values())].sort()).filter((d) => domainsOf.has(d.id));
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
descriptions.forEach((d, n) => {
  if (n % 50 === 0) process.stderr.write(`\r${n}/${descriptions.length}`);
  const u = understand(d.text);
  const pool = craftedCandidates(u, { limit: 3000, rerank: false });
  const at = new Map<string, number>();
  pool.forEach((c, i) => { if (!at.has(c.label)) at.set(c.label, i); });
  const ctx = namingContext(u, knowledge);
  const rc = rerankContext(u, ctx);
  for (const domain of domainsOf.get(d.id)!) {
    const dot = domain.indexOf(".");
    const i = at.get(domain.slice(0, dot));
    if (i === undefined) continue;
    const c = { ...pool[i]!, tld: domain.slice(dot + 1) };
    const js = labels.get(`${d.id} ${domain}`)!;
    console.log(JSON.stringify({
      id: d.id, writer: writerOf.get(d.id), fit: fitW.has(writerOf.get(d.id)!), domain, label: c.label, tld: c.tld,
      method: c.method, parts: c.parts, index: i, poolSize: pool.length, x: rerankFeatures(c, i, rc),
      y: mean(js.map((j) => j.score)), rel: mean(js.map((j) => j.relevance ?? NaN)), mem: mean(js.map((j) => j.memorability ?? NaN)),
      ease: mean(js.map((j) => j.ease ?? NaN)), fitS: mean(js.map((j) => j.fit ?? NaN)), flag: mean(js.map((j) => (j.flag ? 1 : 0))),
      lang: u.language, text: d.text, keywords: u.keywords, industry: u.industry,
      concepts: ctx.concepts.slice(0, 12).map((k) => [k.form, k.stem, +k.weight.toFixed(4), k.place]),
      tlds: rc.tlds.slice(0, 6), local: ctx.local, offline: ctx.offline,
      pieceW: c.parts.map((p) => +(ctx.pieces.global.get(p) ?? 0).toFixed(4)),
      neighbourSim: rc.neighbourSim.get(c.label) ?? 0, bestSim: rc.bestSim,
    }));
  }
});
process.stderr.write("\n");
