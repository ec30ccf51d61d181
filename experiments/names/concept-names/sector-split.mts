/**
 * Lists for the sector writers (data/sources/concept-names/BRIEF.md, "Sector writers"): the concepts whose early list
 * the sense checkers sc1-sc6 removed because the businesses meeting it use the word in different senses ("book" for
 * bookkeeping, campsite booking and a bookshop). Each (language, concept, sector of the business) met by at least
 * MIN training descriptions (dev2 and the test writers left out, as in training-concepts.mts) is one line, with up to
 * three of those descriptions, so a writer can name the concept in the sense that sector's businesses share.
 *   node --import tsx experiments/names/concept-names/sector-split.mts OUT.tsv [MIN=2] [CHECKS_DIR]
 * CHECKS_DIR: the folder of the sense checks whose removals are split (default data/sources/concept-names, the shipped
 * sc1-sc6; data/sources/concept-names/next for sc7-sc10).
 * Columns: lang, concept, sector, times met, then up to three descriptions.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { industryById } from "../../../src/taxonomy/index.js";
import { forEachTrainingConcept } from "./training-concepts.mjs";

const MIN = Number(process.argv[3] ?? 2);
const dir = process.argv[4] ?? "data/sources/concept-names";
const removed = new Set<string>();
for (const f of readdirSync(dir).filter((f) => /^sc\d+\.jsonl$/.test(f)))
  for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { lang: string; concept: string; verdict: string; names?: string[] };
    if (r.verdict === "rewrite" && (r.names ?? []).length === 0) removed.add(`${r.lang}\t${r.concept}`);
  }
const count = new Map<string, number>();
const examples = new Map<string, string[]>();
forEachTrainingConcept((text, lang, forms) => {
  const hit = forms.filter((form) => removed.has(`${lang}\t${form}`));
  if (hit.length === 0) return;
  const u = understand(text);
  const sector = (u.industry ? industryById(u.industry.id)?.sector : undefined) ?? "unknown";
  for (const form of hit) {
    const key = `${lang}\t${form}\t${sector}`;
    count.set(key, (count.get(key) ?? 0) + 1);
    const ex = examples.get(key) ?? [];
    if (ex.length < 3) examples.set(key, [...ex, text.replace(/\s+/g, " ").replace(/\t/g, " ").slice(0, 300)]);
  }
});
const rows = [...count.entries()]
  .filter(([key, n]) => n >= MIN && !key.endsWith("\tunknown"))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(process.argv[2]!, rows.map(([key, n]) => [key, n, ...examples.get(key)!].join("\t")).join("\n") + "\n");
console.log(`${removed.size} removed concepts; ${count.size} (concept, sector) met; ${rows.length} met >= ${MIN} times`);
