/**
 * One paired estimate over several rounds' samples (their descriptions are distinct), for pre-registrations that
 * pool rounds (PREREGISTRATION-v92-v93.md): per description, the mean blind label of each side's top 5 as
 * scripts/round-report.ts computes it, then the paired difference (ours - before) with its bootstrap CI.
 *   node --import tsx experiments/names/pooled-rounds.mts v92:OURS:BEFORE v93:OURS:BEFORE
 * where OURS and BEFORE are the rounds' source names (file=experiments/names/v92/variant.jsonl ...).
 */
import { join } from "node:path";
import { pairedMeanDiffCi } from "../../src/evaluate/index.js";
import { meanOf, readJsonl, SOURCES, type RoundKey } from "../../scripts/ground-truth.js";

const a: number[] = [];
const b: number[] = [];
const bestA: number[] = [];
const bestB: number[] = [];
for (const spec of process.argv.slice(2)) {
  const [round, ours, before] = spec.split(":").length === 3 ? spec.split(":") : [spec.split(":")[0], "", ""];
  if (!round || !ours || !before) throw new Error(`bad spec ${spec}: ROUND:OURS:BEFORE`);
  const key = new Map(readJsonl<RoundKey>(join("data/built/judging/rounds", round, "key.jsonl")).map((k) => [k.task, k]));
  const judges = [...new Set([...key.values()].map((k) => k.judge))];
  const labels = new Map<string, { key: RoundKey; scores: number[] }>();
  for (const j of judges)
    for (const l of readJsonl<{ task: string; score: number }>(join(SOURCES, "judgments", round, `${j}.jsonl`))) {
      const k = key.get(l.task);
      if (!k || typeof l.score !== "number") continue;
      const id = `${k.id}\u0000${k.domain.toLowerCase()}`;
      const p = labels.get(id) ?? { key: k, scores: [] };
      p.scores.push(l.score);
      labels.set(id, p);
    }
  const top = new Map<string, Map<string, { rank: number; label: number }[]>>();
  for (const p of labels.values())
    for (const s of p.key.sources) {
      const m = /^rank (\d+)/.exec(s.detail);
      if (!m || Number(m[1]) > 5) continue;
      const d = top.get(p.key.id) ?? new Map();
      const list = d.get(s.source) ?? [];
      list.push({ rank: Number(m[1]), label: meanOf(p.scores) });
      d.set(s.source, list);
      top.set(p.key.id, d);
    }
  let n = 0;
  for (const d of top.values()) {
    const x = (d.get(ours) ?? []).map((r) => r.label);
    const y = (d.get(before) ?? []).map((r) => r.label);
    if (x.length === 0 || y.length === 0) continue;
    a.push(meanOf(x));
    b.push(meanOf(y));
    bestA.push(Math.max(...x));
    bestB.push(Math.max(...y));
    n++;
  }
  console.log(`${round}: ${n} descriptions`);
}
const f = (x: number): string => (x >= 0 ? "+" : "") + x.toFixed(2);
const t = pairedMeanDiffCi(b, a);
const best = pairedMeanDiffCi(bestB, bestA);
console.log(
  `pooled over ${a.length}: top-5 ${f(t.estimate)} [${f(t.lo)}, ${f(t.hi)}], best-of-5 ${f(best.estimate)} [${f(best.lo)}, ${f(best.hi)}]`,
);
