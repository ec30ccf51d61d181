/**
 * Dumps the reranker's training rows (scripts/fit-reranker.ts's labels and features, the same writers) with the raw
 * facts a richer model could read (label, TLD, method, parts, concepts, signals), so that model forms can be compared
 * offline by leave-one-writer-out without regenerating pools each time.
 *   node --import tsx experiments/names/reranker-gbm/rows.mts OUT.json [--writers w4,w12,...]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TEST_WRITERS } from "../../../src/core/splits.js";
import { craftedCandidates } from "../../../src/generate/index.js";
import { rerankContext, rerankFeatures } from "../../../src/generate/rerank.js";
import { knowledgePath, loadKnowledge, namingContext, type KnowledgeFile } from "../../../src/naming/index.js";
import { isNonConcept } from "../../../src/naming/nonconcepts.js";
import { isWord } from "../../../src/lexicon/index.js";
import { understand } from "../../../src/understand/index.js";
import { readDescriptions, readRound } from "../../../scripts/ground-truth.js";

const { values, positionals } = parseArgs({ options: { writers: { type: "string" } }, allowPositionals: true });
const out = positionals[0];
if (!out) throw new Error("usage: rows.mts OUT.json [--writers ...]");
const only = new Set(
  (values.writers ?? "w4,w12,w13,w14,w15,w16,w17,w20,w21,w22,w23,w24,w25,w26").split(","),
);
const knowledge = loadKnowledge();
// The same label selection as scripts/fit-reranker.ts: the product's names only, never a writer the knowledge was
// built from (its descriptions find their own experts as neighbours) nor a test writer.
const built = JSON.parse(readFileSync(knowledgePath(), "utf8")) as KnowledgeFile;
const excluded = new Set([...built.writers, ...TEST_WRITERS]);
const labels = new Map<string, number[]>();
const writerOf = new Map<string, string>();
const roundsDir = "data/built/judging/rounds";
for (const round of readdirSync(roundsDir).sort()) {
  if (!existsSync(join(roundsDir, round, "key.jsonl")) || !existsSync(join("data/sources/judgments", round))) continue;
  for (const { key: k, scores } of readRound(round)) {
    if (!only.has(k.writer) || excluded.has(k.writer)) continue;
    if (!k.sources.some((s) => s.source !== "reference" && s.source !== "decoy")) continue;
    const at = `${k.id} ${k.domain}`;
    labels.set(at, [...(labels.get(at) ?? []), ...scores.filter(Number.isFinite)]);
    writerOf.set(k.id, k.writer);
  }
}
const domainsOf = new Map<string, string[]>();
for (const at of labels.keys()) {
  const [id, domain] = at.split(" ") as [string, string];
  domainsOf.set(id, [...(domainsOf.get(id) ?? []), domain]);
}
const rows: unknown[] = [];
const descriptions = readDescriptions([...new Set(writerOf.values())].sort()).filter((d) => domainsOf.has(d.id));
descriptions.forEach((d, n) => {
  if (n % 50 === 0) process.stderr.write(`\r${n}/${descriptions.length}`);
  const u = understand(d.text);
  const pool = craftedCandidates(u, { limit: 3000, rerank: false });
  const at = new Map<string, number>();
  pool.forEach((c, i) => {
    if (!at.has(c.label)) at.set(c.label, i);
  });
  const ctx = namingContext(u, knowledge);
  const rc = rerankContext(u, ctx);
  const lang = u.language === "und" ? "en" : u.language;
  for (const domain of domainsOf.get(d.id)!) {
    const dot = domain.indexOf(".");
    const i = at.get(domain.slice(0, dot));
    if (i === undefined) continue;
    const c = { ...pool[i]!, tld: domain.slice(dot + 1) };
    const ys = labels.get(`${d.id} ${domain}`)!;
    rows.push({
      id: d.id,
      writer: writerOf.get(d.id),
      y: ys.reduce((a, b) => a + b, 0) / ys.length,
      good: ys.filter((v) => v >= 7).length / ys.length,
      x: rerankFeatures(c, i, rc),
      label: c.label,
      tld: c.tld,
      method: c.method,
      parts: c.parts,
      lang,
      textLen: d.text.length,
      industry: u.industry?.id ?? "",
      industryConf: u.industry?.confidence ?? 0,
      local: ctx.local,
      offline: ctx.offline,
      tldRankRaw: ctx.tlds.findIndex(([t]) => t === c.tld),
      tldWeight: ctx.tlds.find(([t]) => t === c.tld)?.[1] ?? 0,
      topTldWeight: ctx.tlds[0]?.[1] ?? 0,
      concepts: ctx.concepts.slice(0, 5).map((k) => k.form),
      partWord: c.parts.map((p) => (isWord(p, lang) ? 1 : 0) + (isWord(p, "en") ? 2 : 0)),
      partNonConcept: c.parts.map((p) => (isNonConcept(p, lang) ? 1 : 0)),
      bestSim: rc.bestSim,
      hasLocation: u.location ? 1 : 0,
    });
  }
});
process.stderr.write(`\n${rows.length} rows\n`);
writeFileSync(out, JSON.stringify(rows));
