/**
 * The English words translated for local-language names (data/sources/translations/words.txt): keyword lemmas of the
 * training writers' English descriptions that occur in three or more of them, most frequent first, the first 2,400.
 *   npx tsx experiments/names/v23/en-words.mts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { TRAINING_WRITERS } from "../../../src/core/splits.js";
const df = new Map<string, number>();
for (const w of TRAINING_WRITERS) {
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l);
    const u = understand(d.text);
    if (u.language !== "en") continue;
    const seen = new Set<string>();
    for (const k of u.keywords) {
      const f = k.lemma.length >= 3 ? k.lemma : k.word;
      if (!/^[a-z][a-z-]+$/.test(f) || seen.has(f)) continue;
      seen.add(f);
      df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
}
const top = [...df]
  .filter(([, n]) => n >= 3)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w)
  .slice(0, 2400);
console.log(top.length);
writeFileSync("data/sources/translations/words.txt", top.join("\n") + "\n");
