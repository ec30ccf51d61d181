/**
 * Counts only (no text read back): how many development descriptions (dev2 w27-w29, dev3 w30) have a first-three
 * naming concept that a concept-name list holds, and how many more a given list of unnamed (language, concept) pairs
 * would cover. For sizing a writers' batch before a round, never for choosing its concepts.
 *   node --import tsx experiments/names/concept-names/dev-coverage.mts [CANDIDATES.tsv]
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { loadKnowledge, namingContext } from "../../../src/naming/index.js";

const k = loadKnowledge();
const named = new Set<string>();
for (const dir of ["data/sources/concept-names"].filter((d) => existsSync(d)))
  for (const f of readdirSync(dir).filter((f) => /^cn\d+\.jsonl$/.test(f)))
    for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n").filter(Boolean)) {
      const r = JSON.parse(l) as { lang: string; concept: string; names?: string[] };
      if ((r.names ?? []).length > 0) named.add(`${r.lang}\t${r.concept}`);
    }
const candidates = new Set<string>();
if (process.argv[2])
  for (const l of readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean)) candidates.add(l.split("\t").slice(0, 2).join("\t"));
let n = 0;
let first = 0;
let any = 0;
let more = 0;
for (const w of ["w27", "w28", "w29", "w30"])
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { text: string };
    let u;
    try {
      u = understand(d.text);
    } catch {
      continue;
    }
    const lang = u.language === "und" ? "en" : u.language;
    const keys = namingContext(u, k)
      .concepts.slice(0, 3)
      .filter((c) => !c.place)
      .map((c) => `${lang}\t${c.form}`);
    n++;
    if (keys[0] !== undefined && named.has(keys[0])) first++;
    if (keys.some((x) => named.has(x))) any++;
    else if (keys.some((x) => candidates.has(x))) more++;
  }
console.log(JSON.stringify({ descriptions: n, firstConceptNamed: first, anyOfThreeNamed: any, newlyCoveredByCandidates: more }));
