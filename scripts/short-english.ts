/**
 * Language right on short English: of the hand-written descriptions of the given writers that have at most 8
 * words and that their writer marked English, the share the product's understanding detects as English,
 * with a bootstrap 95% CI (the name-quality issue's target: >= 98%). Misses are printed.
 *
 *   npx tsx scripts/short-english.ts --writers w5
 */
import { parseArgs } from "node:util";
import { bootstrapMeanCi } from "../src/evaluate/index.js";
import { understand } from "../src/understand/index.js";
import { readDescriptions } from "./ground-truth.js";

const { values } = parseArgs({ options: { writers: { type: "string" } } });
if (!values.writers) throw new Error("usage: --writers w5");
const short = readDescriptions(values.writers.split(",")).filter(
  (d) => d.lang === "en" && d.text.trim().split(/\s+/).length <= 8,
);
const right = short.map((d) => {
  const lang = understand(d.text).language;
  if (lang !== "en") console.log(`miss: ${d.id} -> ${lang}: ${d.text}`);
  return lang === "en" ? 1 : 0;
});
const ci = right.length >= 3 ? bootstrapMeanCi(right) : undefined;
console.log(
  `short English (<= 8 words) of ${values.writers}: ${right.filter((r) => r === 1).length}/${right.length} detected as English` +
    (ci ? ` (${(ci.estimate * 100).toFixed(1)}% [${(ci.lo * 100).toFixed(1)}, ${(ci.hi * 100).toFixed(1)}])` : ""),
);
