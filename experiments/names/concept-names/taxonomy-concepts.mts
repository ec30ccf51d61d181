/**
 * The concept lists of writers cn19 on (data/sources/concept-names/BRIEF.md, "Writers cn19-cn26"): the words the
 * industry taxonomy (src/taxonomy) names each industry by, in each of the six languages, as the naming context
 * extracts them (the form a description's concept would take), that no writer's list holds yet. A taxonomy word is
 * general, so its names can serve any description that uses it, not only the one a list was drawn from; and each
 * comes with its industry, so the writer names it in that sense ("bar" of a coffee shop, "exam" of an optician).
 * Ordered by how many training descriptions use the word (whole word, up to three more letters), most first.
 * dev2 and the test writers are neither read nor counted. With --unused, the words no training description uses
 * instead (writers cn29 on): names for the text the training set does not hold, in the taxonomy's order.
 *   node --import tsx experiments/names/concept-names/taxonomy-concepts.mts OUT.tsv [N] [--unused]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";
import { INDUSTRIES } from "../../../src/taxonomy/index.js";
import { TRAINING_WRITERS } from "../../../src/core/splits.js";
import type { SupportedLanguage } from "../../../src/core/types.js";

const unused = process.argv.includes("--unused");
const k = loadKnowledge();
const fold = (t: string): string => t.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const sense = new Map<string, string>();
for (const ind of INDUSTRIES)
  for (const [lang, keywords] of Object.entries(ind.keywords) as [SupportedLanguage, string[]][])
    for (const kw of keywords) {
      let u;
      try {
        u = understand(kw, { language: lang });
      } catch {
        continue;
      }
      // Only a whole word of the keyword: the context also splits compounds, and "para" of "parafarmacia" or
      // "des" of "desintoxicación" are no concepts.
      const words = new Set(fold(kw).split(/[^\p{L}]+/u));
      for (const c of namingContext(u, k).concepts.slice(0, 2))
        if (!c.place && c.form.length >= 4 && words.has(fold(c.form)) && !sense.has(`${lang}\t${c.form}`))
          sense.set(`${lang}\t${c.form}`, `${ind.label} (${kw})`);
    }
const listed = new Set<string>();
for (const dir of ["data/sources/concept-names", "data/sources/concept-names/next"].filter((d) => existsSync(d)))
  for (const f of readdirSync(dir).filter((f) => /^cn\d+\.concepts\.tsv$/.test(f)))
    for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean))
      listed.add(l.split("\t").slice(0, 2).join("\t"));
const texts = new Map<string, string[]>();
for (const w of TRAINING_WRITERS)
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { text: string; lang: string };
    texts.set(d.lang, [...(texts.get(d.lang) ?? []), fold(d.text)]);
  }
// Training descriptions in the word's language that use it (whole word, up to three more letters).
const uses = (lang: string, form: string): number => {
  const re = new RegExp(`(^|[^\\p{L}])${fold(form).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\p{L}{0,3}($|[^\\p{L}])`, "u");
  return (texts.get(lang) ?? []).reduce((n, t) => n + (re.test(t) ? 1 : 0), 0);
};
const open = [...sense.keys()]
  .filter((key) => !listed.has(key))
  .map((key) => ({ key, n: uses(key.split("\t")[0]!, key.split("\t")[1]!) }))
  .filter(({ n }) => (unused ? n === 0 : n > 0))
  .sort((a, b) => b.n - a.n || (unused ? 0 : a.key < b.key ? -1 : 1));
const top = open.slice(0, Number(process.argv[3] ?? 1600));
writeFileSync(process.argv[2]!, top.map(({ key }) => `${key}\t${sense.get(key)!}`).join("\n") + "\n");
console.log(`${open.length} unlisted taxonomy words ${unused ? "no" : "used by a"} training description uses; wrote ${top.length}; used by`, top[0]?.n, "...", top[top.length - 1]?.n);
