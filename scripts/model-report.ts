/**
 * The model issue's comparisons on a blind judging round: per source, top-5 mean and best-of-5 of the blind
 * labels (95% bootstrap CIs over descriptions); paired differences between pairs of sources, with the relative
 * gain (b / a - 1) bootstrapped over the same resamples of descriptions; and, next to every blind difference,
 * the learned judge's difference on the same names (the Goodhart check: the learned judge is the reward of the
 * rejection-sampling rounds, so its gains are reported beside the blind judges' and never instead of them), and the
 * model-names judge's (scripts/fit-model-judge.ts; the reward of rejection sampling since round v57) the same way.
 *
 *   npx tsx scripts/model-report.ts --round test2 --pairs run=base-a1/run=full-a1x,run=base-a1/run=lora-a1x,... [--out FILE.md]
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { bootstrapMeanCi, pairedMeanDiffCi, seededRandom } from "../src/evaluate/stats/index.js";
import { learnedJudge, learnedScore, modelNamesJudge } from "../src/score/index.js";
import { understand } from "../src/understand/index.js";
import { meanOf, readDescriptions, readRound } from "./ground-truth.js";

const { values } = parseArgs({
  options: { round: { type: "string" }, pairs: { type: "string" }, out: { type: "string" } },
});
if (!values.round || !values.pairs) throw new Error("usage: --round R --pairs A/B,A/B [--out FILE]");
const round = readRound(values.round);
const judge = learnedJudge();
const modelJudge = modelNamesJudge();
const texts = new Map(readDescriptions([...new Set(round.map((p) => p.key.writer))]).map((d) => [d.id, d.text]));
const understood = new Map<string, ReturnType<typeof understand>>();

/** Per description id, per source: [blind label, learned judge, model-names judge] of its names ranked 1-5. */
const top = new Map<string, Map<string, [number, number, number][]>>();
for (const p of round) {
  for (const s of p.key.sources) {
    const m = /^rank (\d+)/.exec(s.detail);
    if (!m || Number(m[1]) > 5) continue;
    const text = texts.get(p.key.id) ?? "";
    const u = understood.get(p.key.id) ?? understand(text);
    understood.set(p.key.id, u);
    const dot = p.key.domain.indexOf(".");
    const [label, tld] = [p.key.domain.slice(0, dot), p.key.domain.slice(dot + 1)];
    const learned = learnedScore(label, tld, u, judge).score;
    const modelNames = learnedScore(label, tld, u, modelJudge).score;
    const d = top.get(p.key.id) ?? new Map<string, [number, number, number][]>();
    d.set(s.source, [...(d.get(s.source) ?? []), [meanOf(p.scores), learned, modelNames]]);
    top.set(p.key.id, d);
  }
}
const ids = [...top.keys()].sort();
const sources = [...new Set(ids.flatMap((id) => [...top.get(id)!.keys()]))].sort();
const f2 = (x: number): string => x.toFixed(2);
const ci = (i: { estimate: number; lo: number; hi: number }, sign = false): string =>
  `${sign && i.estimate >= 0 ? "+" : ""}${f2(i.estimate)} [${f2(i.lo)}, ${f2(i.hi)}]`;
// A description where a source showed no names counts 0 for it: the user got nothing there.
const stat = (id: string, s: string, which: 0 | 1 | 2, best: boolean): number => {
  const xs = (top.get(id)!.get(s) ?? []).map((x) => x[which]);
  return xs.length === 0 ? 0 : best ? Math.max(...xs) : meanOf(xs);
};
const lines: string[] = [`# Model comparisons on round ${values.round}`, ""];
lines.push(
  `${ids.length} descriptions. Blind labels 0-10; learned judge v${judge.version} and model-names judge v${modelJudge.version} beside them (their agreement: data/built/judge/learned-judge.json, model-judge.json).`,
  "",
);
lines.push(
  "| source | descriptions with names | top-5 mean | best of 5 | learned judge top-5 | model-names judge top-5 |",
  "|---|---|---|---|---|---|",
);
for (const s of sources) {
  const n = ids.filter((id) => top.get(id)!.has(s)).length;
  lines.push(
    `| ${s} | ${n} | ${ci(
      bootstrapMeanCi(
        ids.map((id) => stat(id, s, 0, false)),
        { seed: 1 },
      ),
    )} | ${ci(
      bootstrapMeanCi(
        ids.map((id) => stat(id, s, 0, true)),
        { seed: 1 },
      ),
    )} | ${f2(meanOf(ids.map((id) => stat(id, s, 1, false))))} | ${f2(meanOf(ids.map((id) => stat(id, s, 2, false))))} |`,
  );
}
lines.push(
  "",
  "| b vs a | blind top-5 diff | relative gain (b/a - 1) | blind best-of-5 diff | learned-judge top-5 diff | model-names judge top-5 diff |",
  "|---|---|---|---|---|---|",
);
for (const pair of values.pairs.split(",")) {
  const [a, b] = pair.split("/") as [string, string];
  const xa = ids.map((id) => stat(id, a, 0, false));
  const xb = ids.map((id) => stat(id, b, 0, false));
  // Relative gain: the ratio of means over paired resamples of descriptions (percentile interval).
  const rnd = seededRandom(7);
  const ratios: number[] = [];
  for (let r = 0; r < 4000; r++) {
    let sa = 0,
      sb = 0;
    for (let i = 0; i < ids.length; i++) {
      const k = Math.floor(rnd() * ids.length);
      sa += xa[k]!;
      sb += xb[k]!;
    }
    ratios.push(sb / sa - 1);
  }
  ratios.sort((p, q) => p - q);
  const rel = meanOf(xb) / meanOf(xa) - 1;
  const pct = (x: number): string => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}%`;
  lines.push(
    `| ${b} vs ${a} | ${ci(pairedMeanDiffCi(xa, xb, { seed: 1 }), true)} | ${pct(rel)} [${pct(ratios[100]!)}, ${pct(ratios[3899]!)}] | ${ci(
      pairedMeanDiffCi(
        ids.map((id) => stat(id, a, 0, true)),
        ids.map((id) => stat(id, b, 0, true)),
        { seed: 1 },
      ),
      true,
    )} | ${ci(
      pairedMeanDiffCi(
        ids.map((id) => stat(id, a, 1, false)),
        ids.map((id) => stat(id, b, 1, false)),
        { seed: 1 },
      ),
      true,
    )} | ${ci(
      pairedMeanDiffCi(
        ids.map((id) => stat(id, a, 2, false)),
        ids.map((id) => stat(id, b, 2, false)),
        { seed: 1 },
      ),
      true,
    )} |`,
  );
}
console.log(lines.join("\n"));
if (values.out) writeFileSync(values.out, lines.join("\n") + "\n");
