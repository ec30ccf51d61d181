/**
 * Language detection against the writers' own language labels (data/sources/descriptions/*.jsonl):
 * accuracy per labelled language and the confusions, on the training writers and, separately, w4.
 *   node --import tsx experiments/names/lang-accuracy.ts [--show N]
 */
import { readFileSync } from "node:fs";
import { TRAINING_WRITERS, VALIDATION_WRITERS } from "../../src/core/splits.js";
import { understand } from "../../src/understand/index.js";

const show = Number(process.argv[process.argv.indexOf("--show") + 1] || 0);
for (const [split, writers] of [
  ["training", TRAINING_WRITERS],
  ["validation (w4)", VALIDATION_WRITERS],
] as const) {
  const conf = new Map<string, number>();
  const wrong: string[] = [];
  let n = 0;
  let ok = 0;
  for (const w of writers)
    for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
      const d = JSON.parse(l) as { text: string; lang: string };
      const got = understand(d.text).language;
      n++;
      if (got === d.lang) ok++;
      else {
        conf.set(`${d.lang}->${got}`, (conf.get(`${d.lang}->${got}`) ?? 0) + 1);
        wrong.push(`${d.lang}->${got} | ${d.text.slice(0, 100)}`);
      }
    }
  console.log(`${split}: ${ok}/${n} = ${(ok / n).toFixed(3)}; confusions ${JSON.stringify(Object.fromEntries([...conf].sort((a, b) => b[1] - a[1])))}`);
  for (const x of wrong.slice(0, show)) console.log("  " + x);
}
