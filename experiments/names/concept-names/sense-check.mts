/**
 * Lists for the sense checkers (data/sources/concept-names/BRIEF.md, "Sense checkers sc1-sc6"): every concept of the
 * early writers' lists (cn1-cn18, written from the language and the concept form alone) that has names, with the
 * names and up to three training descriptions where the concept was among the first three naming concepts, so a
 * checker can see whether the names are in the sense businesses use the word in. dev2 and the test writers are left
 * out, as in top-concepts.mts. Most-met concepts first.
 *   node --import tsx experiments/names/concept-names/sense-check.mts OUT.tsv
 * Columns: lang, concept, times met, the ten names (comma-separated), then up to three descriptions.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { forEachTrainingConcept } from "./training-concepts.mjs";

const EARLY = /^cn([1-9]|1[0-8])\.jsonl$/;
const dir = "data/sources/concept-names";
const names = new Map<string, string[]>();
for (const f of readdirSync(dir).filter((f) => EARLY.test(f)))
  for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { lang: string; concept: string; names: string[] };
    if (r.names.length > 0) names.set(`${r.lang}\t${r.concept}`, r.names);
  }
const count = new Map<string, number>();
const examples = new Map<string, string[]>();
forEachTrainingConcept((text, lang, forms) => {
  for (const form of forms) {
    const key = `${lang}\t${form}`;
    if (!names.has(key)) continue;
    count.set(key, (count.get(key) ?? 0) + 1);
    const ex = examples.get(key) ?? [];
    if (ex.length < 3) examples.set(key, [...ex, text.replace(/\s+/g, " ").replace(/\t/g, " ").slice(0, 300)]);
  }
});
const rows = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(
  process.argv[2]!,
  rows.map(([key, n]) => [key, n, names.get(key)!.join(","), ...examples.get(key)!].join("\t")).join("\n") + "\n",
);
console.log(`${names.size} named concepts in cn1-cn18; ${rows.length} met by training descriptions`);
