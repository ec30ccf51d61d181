/**
 * The 400 most frequent (language, concept) pairs among the first three naming concepts of every non-test description,
 * places left out: the concept lists of the concept-name pilot (data/sources/concept-names/BRIEF.md), cn1 the first
 * 200, cn2 the next 200. With N, the N most frequent; with --skip-named, the pairs a writer's list already holds
 * (data/sources/concept-names/cn*.concepts.tsv) left out (how cn3-cn6's lists were made: N = 1300, then 200 each;
 * cn7-cn10's: N = 2200 with cn1-cn6's lists present; cn11-cn14's: N = 3000 with cn1-cn10's; cn15-cn18's: N = 3800
 * with cn1-cn14's; the first 800, then 200 each).
 *   node --import tsx experiments/names/concept-names/top-concepts.mts OUT.tsv [N=400] [--skip-named]
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";
import { DEV_WRITERS, TEST_WRITERS } from "../../../src/core/splits.js";
// dev2 (DEV_WRITERS) feeds no concept list: its rounds measure names written without its text.
const TEST = new Set<string>([...TEST_WRITERS, ...DEV_WRITERS]);
const k = loadKnowledge();
const count = new Map<string, number>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f))) {
  if (TEST.has(f.replace(".jsonl", ""))) continue;
  for (const l of readFileSync("data/sources/descriptions/" + f, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l);
    let u; try { u = understand(d.text); } catch { continue; }
    const lang = u.language === "und" ? "en" : u.language;
    for (const c of namingContext(u, k).concepts.slice(0, 3)) if (!c.place) { const key = `${lang}\t${c.form}`; count.set(key, (count.get(key) ?? 0) + 1); }
  }
}
const named = new Set<string>();
if (process.argv.includes("--skip-named"))
  for (const f of readdirSync("data/sources/concept-names").filter((f) => /^cn\d+\.concepts\.tsv$/.test(f)))
    for (const l of readFileSync("data/sources/concept-names/" + f, "utf8").split("\n").filter(Boolean))
      named.add(l.split("\t").slice(0, 2).join("\t"));
const top = [...count.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.argv[3] ?? 400))
  .filter(([key]) => !named.has(key));
writeFileSync(process.argv[2]!, top.map(([k, n]) => `${k}\t${n}`).join("\n") + "\n");
console.log(top.length, top.slice(0, 15).map(([k, n]) => k.replace("\t", ":") + "=" + n).join(" "), "min", top[top.length - 1]);
