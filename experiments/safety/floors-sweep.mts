// The guard's lawful floors at a grid of thresholds, counts only (no text printed): the generated validation set
// (<= 0.5%), the validation writer w4 (<= 2%), dev3's w30 (<= 2%, pre-registered after v36), and dev2's w27-w29
// (reported). A request is blocked at t when its rules block it, or when no lone place is named and the classifier's
// unsafe probability is >= t (src/safety/guard.ts analyzeRequest).
//   node --import tsx experiments/safety/floors-sweep.mts [from] [to]    (default 0.44 .. 0.52, step 0.005)
import { readFileSync } from "node:fs";
import { analyzeRequest, type RequestAnalysis } from "../../src/safety/guard.js";
import { ruleRatio } from "../../src/safety/guard.js";
import { loadPolicy } from "../../src/safety/policy.js";

const jsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const texts = (rows: Record<string, unknown>[], key: string): string[] =>
  rows.map((r) => r[key]).filter((s): s is string => typeof s === "string" && s.length > 0);
const sets: [string, string[], number][] = [
  ["generated val", texts(jsonl("data/built/dataset/val.jsonl"), "business_description"), 0.005],
  ["w4", texts(jsonl("data/sources/descriptions/w4.jsonl"), "text"), 0.02],
  ["dev3 w30", texts(jsonl("data/sources/descriptions/w30.jsonl"), "text"), 0.02],
  [
    "dev2 w27-w29",
    ["w27", "w28", "w29"].flatMap((w) => texts(jsonl(`data/sources/descriptions/${w}.jsonl`), "text")),
    1,
  ],
];
const floors = loadPolicy().decision;
const blockedAt = (a: RequestAnalysis, t: number): boolean =>
  ruleRatio(a.rules, floors) >= 1 || (!a.reasons.includes("place:alone") && a.unsafeProbability >= t);
const analysed = sets.map(([name, xs, max]) => ({ name, max, n: xs.length, a: xs.map((x) => analyzeRequest(x)) }));
const [from, to] = [Number(process.argv[2] ?? 0.44), Number(process.argv[3] ?? 0.52)];
for (let t = from; t <= to + 1e-9; t += 0.005) {
  const cells = analysed.map(({ name, max, n, a }) => {
    const k = a.filter((x) => blockedAt(x, t)).length;
    return `${name} ${k}/${n}${k / n <= max ? "" : " (over)"}`;
  });
  console.log(t.toFixed(3), cells.join(" | "));
}
