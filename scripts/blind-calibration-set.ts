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
import { writeFileSync } from "node:fs";
import { meanOf, readDescriptions, readJudgments } from "./ground-truth.js";

const texts = new Map(readDescriptions(["w1", "w2", "w3", "w4"]).map((d) => [d.id, d.text]));
const ours = readJudgments().pairs.filter((p) => p.key.source === "both" || p.key.source === "lexical");
for (const split of ["train", "val"]) {
  const rows = ours
    .filter((p) => p.key.split === split)
    .map((p, i) =>
      JSON.stringify({
        id: `b-${split}-${String(i + 1).padStart(5, "0")}`,
        language: p.key.lang,
        description: texts.get(p.key.id),
        domain: p.key.domain,
        label: Math.round(meanOf(p.scores)),
        source: `blind:${p.key.source}`,
      }),
    );
  writeFileSync(`data/built/calibration/blind-${split}.jsonl`, rows.join("\n") + "\n");
  process.stderr.write(`${split}: ${rows.length} pairs\n`);
}
