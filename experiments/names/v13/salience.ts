/**
 * Expert salience of a concept: over the training descriptions whose top concepts include a stem, the share whose
 * experts echoed that stem in a name. Prints the overall share (the prior the product shrinks towards) and, on the
 * validation writer w4 with its own experts' names (never used to build the knowledge), how often the request's
 * top concepts are words w4's experts echoed, with the product's concept order and with salience-weighted order.
 *   node --import tsx experiments/names/v13/salience.ts
 */
import { readFileSync } from "node:fs";
import { understand } from "../../../src/index.js";
import { loadKnowledge, namingContext } from "../../../src/naming/index.js";
import { stem } from "../../../src/understand/index.js";
import type { Language } from "../../../src/core/types.js";

const k = loadKnowledge();
let n = 0, echoed = 0;
const per = new Map<string, { n: number; e: number }>();
for (const e of k.entries)
  for (const [s] of e.stems) {
    const hit = e.names.some((name) => name.pieces.some((p) => p.echo && stem(p.text, e.lang as Language) === s));
    n++;
    if (hit) echoed++;
    const key = `${e.lang} ${s}`;
    const v = per.get(key) ?? { n: 0, e: 0 };
    v.n++;
    if (hit) v.e++;
    per.set(key, v);
  }
console.log(`concept occurrences ${n}, echoed by the description's experts ${echoed} (${(echoed / n).toFixed(3)})`);
const prior = echoed / n;
const ALPHA = Number(process.env.ALPHA ?? 3);
const sal = (lang: string, s: string): number => {
  const v = per.get(`${lang} ${s}`) ?? { n: 0, e: 0 };
  return (v.e + ALPHA * prior) / (v.n + ALPHA);
};
const refs = new Map<string, string[]>();
for (const l of readFileSync("data/sources/references/e4-w4.jsonl", "utf8").trim().split("\n")) {
  const r = JSON.parse(l) as { id: string; names: string[] };
  refs.set(r.id, r.names.map((d) => d.split(".")[0]!));
}
const POW = Number(process.env.POW ?? 1);
let base1 = 0, new1 = 0, base3 = 0, new3 = 0, m = 0;
for (const l of readFileSync("data/sources/descriptions/w4.jsonl", "utf8").trim().split("\n")) {
  const d = JSON.parse(l) as { id: string; text: string; lang: string };
  const names = refs.get(d.id);
  if (!names) continue;
  const u = understand(d.text);
  const cs = namingContext(u).concepts;
  if (cs.length === 0) continue;
  m++;
  const lang = u.language === "und" ? "en" : u.language;
  const used = (form: string): boolean => names.some((nm) => nm.includes(form.slice(0, Math.max(4, form.length - 2))));
  const re = [...cs].sort((a, b) => b.weight * ((0.25 + sal(lang, b.stem)) / (0.25 + prior)) ** POW - a.weight * ((0.25 + sal(lang, a.stem)) / (0.25 + prior)) ** POW);
  if (used(cs[0]!.form)) base1++;
  if (used(re[0]!.form)) new1++;
  base3 += cs.slice(0, 3).filter((c) => used(c.form)).length / Math.min(3, cs.length);
  new3 += re.slice(0, 3).filter((c) => used(c.form)).length / Math.min(3, re.length);
}
console.log(`w4 descriptions ${m}: top concept in an expert name ${(base1 / m).toFixed(3)} -> ${(new1 / m).toFixed(3)}; top-3 share ${(base3 / m).toFixed(3)} -> ${(new3 / m).toFixed(3)}`);
