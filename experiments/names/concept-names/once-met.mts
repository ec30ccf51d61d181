/**
 * The concept lists of the writers after cn18 (data/sources/concept-names/BRIEF.md, "Writers cn19-cn22"): the
 * (language, concept) pairs among the first three naming concepts of the training descriptions that no writer's list
 * holds yet, most met first, and among those met equally often the concept whose word occurs in the most training
 * texts first (a word many businesses use, not one business's odd term). Each line carries one description where the
 * pair was met, so the writer names the concept in the sense businesses use it ("exam" for an optician is an eye
 * exam, not a school test). dev2 and the test writers are left out, as in top-concepts.mts.
 *   node --import tsx experiments/names/concept-names/once-met.mts OUT.tsv N
 */
import { writeFileSync } from "node:fs";
import { forEachTrainingConcept, listedPairs } from "./training-concepts.mjs";

const count = new Map<string, number>();
const example = new Map<string, string>();
const texts: string[] = [];
forEachTrainingConcept((text, lang, forms) => {
  texts.push(text.toLowerCase());
  for (const form of forms) {
    const key = `${lang}\t${form}`;
    count.set(key, (count.get(key) ?? 0) + 1);
    if (!example.has(key)) example.set(key, text.replace(/\s+/g, " ").slice(0, 400));
  }
});
const named = listedPairs();
// How many training texts use the concept's form as a word (accents kept; a form is a stem-like word, so a prefix).
const spread = (form: string): number => {
  const re = new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u");
  return texts.reduce((n, t) => n + (re.test(t) ? 1 : 0), 0);
};
const open = [...count.entries()].filter(([key]) => !named.has(key));
const withSpread = open.map(([key, n]) => ({ key, n, s: spread(key.split("\t")[1]!) }));
withSpread.sort((a, b) => b.n - a.n || b.s - a.s || (a.key < b.key ? -1 : 1));
const top = withSpread.slice(0, Number(process.argv[3] ?? 800));
writeFileSync(process.argv[2]!, top.map(({ key, n }) => `${key}\t${n}\t${example.get(key)!.replace(/\t/g, " ")}`).join("\n") + "\n");
console.log(`${open.length} unnamed pairs; wrote ${top.length}; first`, top.slice(0, 8).map((t) => `${t.key.replace("\t", ":")}=${t.n}/${t.s}`).join(" "));
