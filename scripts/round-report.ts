/**
 * The report of one blind judging round (scripts/build-judging-round.ts): per source, the mean label of its
 * top-5 names per description (top-5 mean), the best of them (best-of-5), the first name's label, the share
 * of names at 7 or more and of names judges flagged (garbled / unintended word), with bootstrap 95% CIs
 * over descriptions (BCa, 10,000 resamples, seed 1); the paired difference of the product against a
 * baseline; the share of descriptions where the product's best is at least the best of the judged expert
 * references; the same per language and per source type; the judges' agreement on pairs labelled twice; and
 * the learned judge's and the product confidence's agreement with the labels.
 *
 *   npx tsx scripts/round-report.ts --round v3 --ours crafted [--before both] [--out FILE.md]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  bootstrapMeanCi,
  expectedCalibrationError,
  pairedMeanDiffCi,
  rocAuc,
  spearman,
  splitDomain,
} from "../src/evaluate/index.js";
import { learnedScore } from "../src/score/index.js";
import { understand } from "../src/understand/index.js";
import { meanOf, readDescriptions, readJsonl, SOURCES, type RoundKey } from "./ground-truth.js";

const { values } = parseArgs({
  options: {
    round: { type: "string" },
    ours: { type: "string" },
    before: { type: "string" },
    out: { type: "string" },
  },
});
if (!values.round || !values.ours) throw new Error("usage: --round R --ours SOURCE [--before SOURCE] [--out FILE]");
const ROUND = values.round;
const OURS = values.ours;
const BEFORE = values.before;

interface Label {
  task: string;
  judge: string;
  score: number;
  flag?: string | null;
}
const key = new Map(readJsonl<RoundKey>(join("data/built/judging/rounds", ROUND, "key.jsonl")).map((k) => [k.task, k]));
const judges = [...new Set([...key.values()].map((k) => k.judge))].sort();
interface Pair {
  key: RoundKey;
  scores: number[];
  flags: (string | null)[];
}
const pairs = new Map<string, Pair>();
for (const j of judges)
  for (const l of readJsonl<Label>(join(SOURCES, "judgments", ROUND, `${j}.jsonl`))) {
    const k = key.get(l.task);
    if (!k || typeof l.score !== "number") continue;
    const id = `${k.id}\u0000${k.domain.toLowerCase()}`;
    const p = pairs.get(id) ?? { key: k, scores: [], flags: [] };
    p.scores.push(l.score);
    p.flags.push(l.flag ?? null);
    pairs.set(id, p);
  }
const meta = new Map(readDescriptions([...new Set([...key.values()].map((k) => k.writer))]).map((d) => [d.id, d]));

/** Per description, per source: the labels of its ranked names in rank order, and of its other names. */
interface PerDescription {
  id: string;
  lang: string;
  sourceType: string;
  ranked: Map<string, { rank: number; label: number; flagged: boolean; confidence?: number }[]>;
  references: number[];
}
const byDescription = new Map<string, PerDescription>();
for (const p of pairs.values()) {
  const d = byDescription.get(p.key.id) ?? {
    id: p.key.id,
    lang: p.key.lang,
    sourceType: p.key.source_type,
    ranked: new Map(),
    references: [] as number[],
  };
  const label = meanOf(p.scores);
  // Flagged when at least half of its judges flagged it.
  const flagged = p.flags.filter((f) => f !== null).length * 2 >= p.flags.length && p.flags.some((f) => f !== null);
  for (const s of p.key.sources) {
    if (s.source === "reference") d.references.push(label);
    const m = /^rank (\d+)/.exec(s.detail);
    if (m) {
      const list = d.ranked.get(s.source) ?? [];
      list.push({ rank: Number(m[1]), label, flagged, confidence: s.confidence });
      d.ranked.set(s.source, list);
    }
  }
  byDescription.set(p.key.id, d);
}
const descriptions = [...byDescription.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const sources = [...new Set(descriptions.flatMap((d) => [...d.ranked.keys()]))].sort();

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "–");
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–");
const ci = (xs: number[]): string => {
  if (xs.length < 3) return `${f2(meanOf(xs))} (n ${xs.length})`;
  const i = bootstrapMeanCi(xs);
  return `${f2(i.estimate)} [${f2(i.lo)}, ${f2(i.hi)}]`;
};
const top5 = (d: PerDescription, s: string): number[] =>
  (d.ranked.get(s) ?? [])
    .filter((r) => r.rank <= 5)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.label);

const lines: string[] = [];
const say = (s = ""): void => {
  lines.push(s);
};
say(`# Blind judging round ${ROUND}`);
say();
say(
  `${descriptions.length} descriptions, ${pairs.size} judged (description, domain) pairs, ${[...pairs.values()].reduce((a, p) => a + p.scores.length, 0)} labels by ${judges.join(", ")}.`,
);
say();
say("| source | descriptions | top-5 mean | best-of-5 | first name | names >= 7 | flagged names |");
say("|---|---|---|---|---|---|---|");
for (const s of sources) {
  const ds = descriptions.filter((d) => top5(d, s).length > 0);
  const names = ds.flatMap((d) => (d.ranked.get(s) ?? []).filter((r) => r.rank <= 5));
  say(
    `| ${s} | ${ds.length} | ${ci(ds.map((d) => meanOf(top5(d, s))))} | ${ci(ds.map((d) => Math.max(...top5(d, s))))} | ${ci(ds.map((d) => top5(d, s)[0]!))} | ${ci(names.map((r) => (r.label >= 7 ? 1 : 0)))} | ${ci(names.map((r) => (r.flagged ? 1 : 0)))} |`,
  );
}
const refDs = descriptions.filter((d) => d.references.length > 0);
say(
  `| expert references (judged sample) | ${refDs.length} | mean ${ci(refDs.map((d) => meanOf(d.references)))} | best ${ci(refDs.map((d) => Math.max(...d.references)))} | | | |`,
);
say();

const both = descriptions.filter((d) => top5(d, OURS).length > 0 && d.references.length > 0);
say(
  `Share of descriptions where ${OURS}'s best of 5 >= the best judged expert reference: ${ci(both.map((d) => (Math.max(...top5(d, OURS)) >= Math.max(...d.references) ? 1 : 0)))} (${both.length} descriptions).`,
);
if (BEFORE) {
  const paired = descriptions.filter((d) => top5(d, OURS).length > 0 && top5(d, BEFORE).length > 0);
  const a = paired.map((d) => meanOf(top5(d, OURS)));
  const b = paired.map((d) => meanOf(top5(d, BEFORE)));
  const diff = pairedMeanDiffCi(b, a);
  const ba = paired.map((d) => Math.max(...top5(d, OURS)));
  const bb = paired.map((d) => Math.max(...top5(d, BEFORE)));
  const diffBest = pairedMeanDiffCi(bb, ba);
  say(
    `Paired, ${OURS} - ${BEFORE} on ${paired.length} descriptions: top-5 mean ${f2(diff.estimate)} [${f2(diff.lo)}, ${f2(diff.hi)}], best-of-5 ${f2(diffBest.estimate)} [${f2(diffBest.lo)}, ${f2(diffBest.hi)}].`,
  );
}
say();

for (const [title, field] of [
  ["language", "lang"],
  ["source type", "sourceType"],
] as const) {
  say(`## ${OURS} by ${title}`);
  say();
  say(
    `| ${title} | descriptions | top-5 mean | best-of-5 | best >= references' best |${BEFORE ? ` ${BEFORE} top-5 mean |` : ""}`,
  );
  say(`|---|---|---|---|---|${BEFORE ? "---|" : ""}`);
  const groups = [...new Set(descriptions.map((d) => d[field]))].sort();
  for (const g of groups) {
    const ds = descriptions.filter((d) => d[field] === g && top5(d, OURS).length > 0);
    if (ds.length === 0) continue;
    const withRefs = ds.filter((d) => d.references.length > 0);
    const before = BEFORE ? ds.filter((d) => top5(d, BEFORE).length > 0) : [];
    say(
      `| ${g} | ${ds.length} | ${ci(ds.map((d) => meanOf(top5(d, OURS))))} | ${ci(ds.map((d) => Math.max(...top5(d, OURS))))} | ${ci(withRefs.map((d) => (Math.max(...top5(d, OURS)) >= Math.max(...d.references) ? 1 : 0)))} |${BEFORE ? ` ${ci(before.map((d) => meanOf(top5(d, BEFORE))))} |` : ""}`,
    );
  }
  say();
}

// Agreement: the judges with each other, the learned judge and the product's confidence with the judges.
const twice = [...pairs.values()].filter((p) => p.scores.length >= 2);
const oursTwice = twice.filter((p) => p.key.sources.some((s) => s.source === OURS));
say("## Agreement");
say();
say(
  `Judges with each other on ${twice.length} pairs labelled twice: Spearman ${f3(
    spearman(
      twice.map((p) => p.scores[0]!),
      twice.map((p) => p.scores[1]!),
    ),
  )}; on ${OURS}'s names only (${oursTwice.length}): ${f3(
    oursTwice.length >= 3
      ? spearman(
          oursTwice.map((p) => p.scores[0]!),
          oursTwice.map((p) => p.scores[1]!),
        )
      : NaN,
  )}.`,
);
const understood = new Map<string, ReturnType<typeof understand>>();
const all = [...pairs.values()];
const learned = all.map((p) => {
  const text = meta.get(p.key.id)?.text ?? "";
  let u = understood.get(p.key.id);
  if (!u) understood.set(p.key.id, (u = understand(text)));
  const { label, tld } = splitDomain(p.key.domain);
  return learnedScore(label, tld, u);
});
const y = all.map((p) => meanOf(p.scores));
const oursIdx = all.map((p, i) => (p.key.sources.some((s) => s.source === OURS) ? i : -1)).filter((i) => i >= 0);
say(
  `Learned judge (data/built/judge/learned-judge.json) with these labels: Spearman ${f3(
    spearman(
      learned.map((l) => l.score),
      y,
    ),
  )} on all ${all.length} pairs, ${f3(
    spearman(
      oursIdx.map((i) => learned[i]!.score),
      oursIdx.map((i) => y[i]!),
    ),
  )} on ${OURS}'s ${oursIdx.length}; P(>= 7) AUC ${f3(
    rocAuc(
      learned.map((l) => l.pGood),
      y.map((v) => (v >= 7 ? 1 : 0)),
    ),
  )}, ECE ${f3(
    expectedCalibrationError(
      learned.map((l) => l.pGood),
      y.map((v) => (v >= 7 ? 1 : 0)),
    ),
  )}.`,
);
const shown = all.flatMap((p) =>
  p.key.sources
    .filter((s) => s.source === OURS && s.confidence !== undefined)
    .map((s) => ({ c: s.confidence!, good: meanOf(p.scores) >= 7 ? 1 : 0 })),
);
if (shown.length > 0) {
  const good = shown.map((s) => s.good);
  say(
    `${OURS}'s shown confidence as P(label >= 7) on ${shown.length} names: mean confidence ${f3(meanOf(shown.map((s) => s.c)))}, observed rate ${f3(meanOf(good))}, ECE ${f3(
      expectedCalibrationError(
        shown.map((s) => s.c),
        good,
      ),
    )}, AUC ${f3(
      good.some((g) => g === 1) && good.some((g) => g === 0)
        ? rocAuc(
            shown.map((s) => s.c),
            good,
          )
        : NaN,
    )}.`,
  );
}
const text = lines.join("\n") + "\n";
if (values.out) writeFileSync(values.out, text);
process.stdout.write(text);
