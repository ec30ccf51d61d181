/**
 * The concept lists of the writers after cn18 (data/sources/concept-names/BRIEF.md, "Writers cn19-cn22"): the
 * (language, concept) pairs among the first three naming concepts of the training descriptions that no writer's list
 * holds yet, most met first, and among those met equally often the concept whose word occurs in the most training
 * texts first (a word many businesses use, not one business's odd term). Each line carries one description where the
 * pair was met, so the writer names the concept in the sense businesses use it ("exam" for an optician is an eye
 * exam, not a school test). dev2 and the test writers are left out, as in top-concepts.mts.
 *   node --import tsx experiments/names/concept-names/once-met.mts OUT.tsv N
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";
import { DEV_WRITERS, TEST_WRITERS } from "../../../src/core/splits.js";

const HELD = new Set<string>([...TEST_WRITERS, ...DEV_WRITERS]);
const k = loadKnowledge();
const count = new Map<string, number>();
const example = new Map<string, string>();
const texts: string[] = [];
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)).sort()) {
  if (HELD.has(f.replace(".jsonl", ""))) continue;
  for (const l of readFileSync("data/sources/descriptions/" + f, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { text: string };
    texts.push(d.text.toLowerCase());
    let u;
    try {
      u = understand(d.text);
    } catch {
      continue;
    }
    const lang = u.language === "und" ? "en" : u.language;
    for (const c of namingContext(u, k).concepts.slice(0, 3))
      if (!c.place) {
        const key = `${lang}\t${c.form}`;
        count.set(key, (count.get(key) ?? 0) + 1);
        if (!example.has(key)) example.set(key, d.text.replace(/\s+/g, " ").slice(0, 400));
      }
  }
}
const named = new Set<string>();
for (const dir of ["data/sources/concept-names", "data/sources/concept-names/next"].filter((d) => existsSync(d)))
  for (const f of readdirSync(dir).filter((f) => /^cn\d+\.concepts\.tsv$/.test(f)))
    for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean)) named.add(l.split("\t").slice(0, 2).join("\t"));
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
