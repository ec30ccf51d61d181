/**
 * The walk the concept-list scripts share: every training description (dev2 and the test writers left out), with its
 * language and the first three naming concepts the naming context finds in it that are not places.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";
import { DEV_WRITERS, TEST_WRITERS } from "../../../src/core/splits.js";

const HELD = new Set<string>([...TEST_WRITERS, ...DEV_WRITERS]);

export function forEachTrainingConcept(visit: (text: string, lang: string, forms: string[]) => void): void {
  const k = loadKnowledge();
  for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)).sort()) {
    if (HELD.has(f.replace(".jsonl", ""))) continue;
    for (const l of readFileSync("data/sources/descriptions/" + f, "utf8").split("\n").filter(Boolean)) {
      const d = JSON.parse(l) as { text: string };
      let u;
      try {
        u = understand(d.text);
      } catch {
        visit(d.text, "", []);
        continue;
      }
      const lang = u.language === "und" ? "en" : u.language;
      const forms = namingContext(u, k)
        .concepts.slice(0, 3)
        .filter((c) => !c.place)
        .map((c) => c.form);
      visit(d.text, lang, forms);
    }
  }
}

/** The (language, concept) pairs a writer's concept list already holds (`cn*.concepts.tsv`, shipped or in next/). */
export function listedPairs(): Set<string> {
  const named = new Set<string>();
  for (const dir of ["data/sources/concept-names", "data/sources/concept-names/next"].filter((d) => existsSync(d)))
    for (const f of readdirSync(dir).filter((f) => /^cn\d+\.concepts\.tsv$/.test(f)))
      for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean))
        named.add(l.split("\t").slice(0, 2).join("\t"));
  return named;
}
