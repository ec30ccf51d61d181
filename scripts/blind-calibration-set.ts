/**
 * Writes the blind-judged calibration pairs of the product's own names: every (description, domain) the
 * judges scored whose candidate came from Namewright (`both` or `lexical`), with the mean of its labels rounded
 * to an integer, in the calibration-set format (src/evaluate/calibration/set.ts). Train writers' pairs
 * (w1-w3) go to data/built/calibration/blind-train.jsonl (what `namewright eval calibrate` fits on), the
 * validation writer's (w4) to blind-val.jsonl (what the fit is checked on). The confidence the product shows
 * is about the names it shows, so experts' names and decoys are left out.
 *
 *   npx tsx scripts/blind-calibration-set.ts
 */
import { readFileSync, writeFileSync } from "node:fs";

interface Key {
  task: string;
  id: string;
  split: string;
  lang: string;
  domain: string;
  source: string;
}
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

const texts = new Map<string, string>();
for (const w of ["w1", "w2", "w3", "w4"])
  for (const d of readJsonl<{ id: string; text: string }>(`data/sources/descriptions/${w}.jsonl`))
    texts.set(d.id, d.text);
const key = new Map(readJsonl<Key>("data/built/judging/key.jsonl").map((k) => [k.task, k]));
const pairs = new Map<string, { k: Key; scores: number[] }>();
for (const j of ["j1", "j2", "j3", "j4", "j5", "j6"].flatMap((n) =>
  readJsonl<{ task: string; score: number }>(`data/sources/judgments/${n}.jsonl`),
)) {
  const k = key.get(j.task);
  if (!k || (k.source !== "both" && k.source !== "lexical")) continue;
  const id = `${k.id}\u0000${k.domain.toLowerCase()}`;
  const e = pairs.get(id) ?? { k, scores: [] };
  e.scores.push(j.score);
  pairs.set(id, e);
}
for (const split of ["train", "val"]) {
  const rows = [...pairs.values()]
    .filter((p) => p.k.split === split)
    .map((p, i) =>
      JSON.stringify({
        id: `b-${split}-${String(i + 1).padStart(5, "0")}`,
        language: p.k.lang,
        description: texts.get(p.k.id),
        domain: p.k.domain,
        label: Math.round(p.scores.reduce((a, b) => a + b, 0) / p.scores.length),
        source: `blind:${p.k.source}`,
      }),
    );
  writeFileSync(`data/built/calibration/blind-${split}.jsonl`, rows.join("\n") + "\n");
  process.stderr.write(`${split}: ${rows.length} pairs\n`);
}
