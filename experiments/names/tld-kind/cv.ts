/**
 * Chooses the TLD-kind model's training settings by cross-validation over the training writers (three folds by
 * writer; the validation writer w4 is not used): mean held-out cross-entropy against the experts' shares.
 *   node --import tsx experiments/names/tld-kind/cv.ts
 */
import { readFileSync } from "node:fs";
import { TRAINING_WRITERS } from "../../../src/core/splits.js";
import { tldKindProbabilities, tldKindShares, trainTldKind, type TldKindExample } from "./model.js";

const byWriter = new Map<string, TldKindExample[]>();
for (const w of TRAINING_WRITERS) {
  const refs = new Map<string, string[]>(
    readFileSync(`data/sources/references/e${w.slice(1)}-${w}.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => {
      const r = JSON.parse(l) as { id: string; names: string[] };
      return [r.id, r.names];
    }),
  );
  byWriter.set(
    w,
    readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean).flatMap((l) => {
      const d = JSON.parse(l) as { id: string; text: string };
      const names = refs.get(d.id);
      return names ? [{ text: d.text, y: tldKindShares(names) }] : [];
    }),
  );
}
const writers = [...byWriter.keys()];
const folds = [0, 1, 2].map((f) => writers.filter((_, i) => i % 3 === f));
for (const epochs of [8, 16])
  for (const l2 of [1e-4, 1e-3])
    for (const rate of [0.03, 0.05, 0.1]) {
      let ce = 0;
      let n = 0;
      for (const held of folds) {
        const train = writers.filter((w) => !held.includes(w)).flatMap((w) => byWriter.get(w)!);
        const model = trainTldKind(train, { epochs, l2, rate });
        for (const w of held)
          for (const e of byWriter.get(w)!) {
            const p = tldKindProbabilities(e.text, model);
            ce -= e.y.reduce((a, y, k) => a + (y > 0 ? y * Math.log(Math.max(1e-9, p[k]!)) : 0), 0);
            n++;
          }
      }
      console.log(JSON.stringify({ epochs, l2, rate, crossEntropy: Number((ce / n).toFixed(4)) }));
    }
