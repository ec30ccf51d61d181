/**
 * Compares candidate sources on hand-written descriptions by the learned judge (a proxy of the blind judges,
 * for choices made before a blind round; never the headline): each source's top 5 shown names per description
 * (the product's pipeline, guard and ranking included), their learned-judge score (0-10), mean of the top 5
 * and best of 5, and paired differences against the first source with 95% bootstrap CIs. The learned judge's
 * agreement with held-out blind labels (data/built/judge/learned-judge.json) is printed with the numbers.
 *
 *   npx tsx scripts/judge-val.ts --writers w4 --sources crafted,run=ft-a1,run=base-a1 [--limit 150] [--out FILE]
 * Test writers are refused: this is a validation tool.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { suggestDetailed } from "../src/generate/index.js";
import { learnedJudge, learnedScore } from "../src/score/index.js";
import { understand } from "../src/understand/index.js";
import { bootstrapMeanCi, pairedMeanDiffCi } from "../src/evaluate/stats/index.js";
import { TEST_WRITERS } from "../src/train/index.js";
import { readDescriptions } from "./ground-truth.js";
import { sourceGenerators } from "./model-sources.js";

const { values } = parseArgs({
  options: {
    writers: { type: "string" },
    sources: { type: "string" },
    limit: { type: "string" },
    out: { type: "string" },
  },
});
if (!values.writers || !values.sources) throw new Error("usage: --writers w4 --sources crafted,run=ft-a1 [--limit N]");
const writers = values.writers.split(",");
if (writers.some((w) => TEST_WRITERS.includes(w)))
  throw new Error("test writers are looked at once, by the blind round");
const sources = values.sources.split(",");
const descriptions = readDescriptions(writers).slice(0, Number(values.limit ?? 1e9));

const judge = learnedJudge();
interface Row {
  id: string;
  names: Record<string, { domain: string; score: number }[]>;
}
const rows: Row[] = [];
const t0 = Date.now();
for (const d of descriptions) {
  const u = understand(d.text);
  const row: Row = { id: d.id, names: {} };
  for (const s of sources) {
    try {
      const r = await suggestDetailed(d.text, { count: 5, generators: sourceGenerators(s) });
      row.names[s] =
        r.status === "success"
          ? r.suggestions.slice(0, 5).map((x) => {
              const dot = x.domain.indexOf(".");
              return {
                domain: x.domain,
                score: learnedScore(x.domain.slice(0, dot), x.domain.slice(dot + 1), u, judge).score,
              };
            })
          : [];
    } catch {
      row.names[s] = [];
    }
  }
  rows.push(row);
  if (rows.length % 25 === 0)
    process.stderr.write(`${rows.length}/${descriptions.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
// A description a source gave no names for counts 0 (the product failed the user there).
const top5 = (s: string): number[] => rows.map((r) => mean(r.names[s]!.map((n) => n.score)));
const best = (s: string): number[] => rows.map((r) => Math.max(0, ...r.names[s]!.map((n) => n.score)));
const fmt = (x: number): string => x.toFixed(2);
const lines: string[] = [];
lines.push(`${rows.length} descriptions of ${writers.join(", ")}; learned judge v${judge.version}`);
for (const v of judge.validation)
  lines.push(`  judge agreement on ${v.set} (n ${v.n}): Spearman ${fmt(v.spearmanLearned)}, AUC ${fmt(v.auc)}`);
lines.push(
  "| source | top-5 mean [95% CI] | best of 5 [95% CI] | top-5 vs " + sources[0] + " | best vs " + sources[0] + " |",
);
lines.push("|---|---|---|---|---|");
for (const s of sources) {
  const a = bootstrapMeanCi(top5(s), { seed: 1 });
  const b = bootstrapMeanCi(best(s), { seed: 1 });
  const da = s === sources[0] ? null : pairedMeanDiffCi(top5(sources[0]!), top5(s), { seed: 1 });
  const db = s === sources[0] ? null : pairedMeanDiffCi(best(sources[0]!), best(s), { seed: 1 });
  const ci = (i: { estimate: number; lo: number; hi: number } | null): string =>
    i ? `${i.estimate >= 0 ? "+" : ""}${fmt(i.estimate)} [${fmt(i.lo)}, ${fmt(i.hi)}]` : "-";
  lines.push(
    `| ${s} | ${fmt(a.estimate)} [${fmt(a.lo)}, ${fmt(a.hi)}] | ${fmt(b.estimate)} [${fmt(b.lo)}, ${fmt(b.hi)}] | ${ci(da)} | ${ci(db)} |`,
  );
}
console.log(lines.join("\n"));
if (values.out) writeFileSync(values.out, JSON.stringify({ writers, sources, rows, table: lines }, null, 1) + "\n");
