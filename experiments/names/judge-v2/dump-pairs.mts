/**
 * Dumps every blind-labelled (description, domain) pair of the first pool and of the judging rounds (never the test
 * rounds or test writers) with the learned judge's features computed as the product computes them (source hidden:
 * every name scored as a program's), for fitting and validating a learned judge offline. Descriptions of writers whose
 * expert names are in the naming knowledge get the knowledge without their own writer, as scripts/fit-learned-judge.ts
 * does, so no name finds its own experts as neighbours.
 *   node --import tsx experiments/names/judge-v2/dump-pairs.mts > /tmp/judge-pairs.jsonl
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TEST_WRITERS } from "../../../src/core/splits.js";
import { splitDomain } from "../../../src/evaluate/index.js";
import { judgeFeatures } from "../../../src/score/judge/features.js";
import { segment } from "../../../src/lexicon/index.js";
import { understand } from "../../../src/understand/index.js";
import { knowledgeWithoutOwnWriter, readJsonl, readJudgments, readRound, type Description } from "../../../scripts/ground-truth.js";

const knowledgeFor = knowledgeWithoutOwnWriter();
const writerOf = (id: string): string => id.slice(0, id.indexOf("-"));
const texts = new Map<string, Description>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)))
  for (const d of readJsonl<Description>(join("data/sources/descriptions", f))) texts.set(d.id, d);

interface Pair { round: string; id: string; domain: string; sources: string[]; scores: number[]; sub?: number[][] }
const pairs: Pair[] = [];
for (const p of readJudgments().pairs)
  pairs.push({ round: "pool", id: p.key.id, domain: p.key.domain, sources: [p.key.source], scores: p.scores });
for (const round of readdirSync("data/built/judging/rounds").sort()) {
  if (round.startsWith("test") || !existsSync(join("data/sources/judgments", round))) continue;
  for (const p of readRound(round))
    pairs.push({
      round,
      id: p.key.id,
      domain: p.key.domain,
      sources: p.key.sources.map((s) => s.source),
      scores: p.scores,
      sub: p.labels.map((l) => [l.relevance ?? NaN, l.memorability ?? NaN, l.ease ?? NaN, l.fit ?? NaN]),
    });
}
const understood = new Map<string, ReturnType<typeof understand>>();
let n = 0;
for (const p of pairs) {
  const w = writerOf(p.id);
  if (TEST_WRITERS.includes(w)) continue;
  const d = texts.get(p.id);
  if (!d) continue;
  let u = understood.get(p.id);
  if (!u) understood.set(p.id, (u = understand(d.text)));
  const { label, tld } = splitDomain(p.domain);
  const x = judgeFeatures(label, tld, u, knowledgeFor(w));
  const lang = u.language === "und" ? "en" : u.language;
  const seg = segment(label.replace(/-/g, ""), lang).words;
  process.stdout.write(
    JSON.stringify({ ...p, writer: w, label, tld, lang, seg, x, source_type: (d as { source_type?: string }).source_type ?? null }) + "\n",
  );
  if (++n % 2000 === 0) process.stderr.write(`${n}\n`);
}
process.stderr.write(`${n} pairs\n`);
