/**
 * The (language, concept) pairs no list holds among the translations of the commonest English keywords of the
 * training descriptions (data/sources/translations: x1-x3, words.txt order), as the naming context forms a concept
 * from a word (its label form; stop words, non-concepts and words of no lexicon left out): for non-English requests
 * whose heart is a word no non-English training description used. Interleaved by English word, so the commonest
 * English words' translations in every language come first; each line carries the English word as the sense. Only
 * English words whose own English list has names (a writer found them nameable) are translated.
 *   node --import tsx experiments/names/concept-names/translated-concepts.mts OUT.tsv N
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { labelFormIn } from "../../../src/naming/context.js";
import { isNonConcept } from "../../../src/naming/nonconcepts.js";
import { isStopWord, type Language } from "../../../src/understand/index.js";
import { isWord } from "../../../src/lexicon/index.js";
import { listedPairs } from "./training-concepts.mjs";

const [out, nArg] = process.argv.slice(2);
const n = Number(nArg);
if (!out || !Number.isInteger(n) || n <= 0) throw new Error("usage: translated-concepts.mts OUT.tsv N");
const named = listedPairs();
// English words whose own concept list a writer filled: a writer judged them nameable as a business's heart.
const nameable = new Set<string>();
for (const f of readdirSync("data/sources/concept-names").filter((f) => /^cn\d+\.jsonl$/.test(f)))
  for (const l of readFileSync(`data/sources/concept-names/${f}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { lang: string; concept: string; names?: string[] };
    if (r.lang === "en" && (r.names ?? []).length > 0) nameable.add(r.concept);
  }
const order = readFileSync("data/sources/translations/words.txt", "utf8")
  .split("\n")
  .filter((w) => w && nameable.has(labelFormIn(w.toLowerCase(), "en")));
const byWord = new Map<string, string[]>();
for (const x of ["x1", "x2", "x3"])
  for (const l of readFileSync(`data/sources/translations/${x}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as Record<string, unknown>;
    const en = String(r.en);
    for (const [lang, ws] of Object.entries(r)) {
      if (lang === "en" || !Array.isArray(ws)) continue;
      for (const w of ws as string[]) {
        const written = w.toLowerCase();
        if (written.includes(" ") || isStopWord(written, lang as Language)) continue;
        const form = labelFormIn(written, lang);
        if (form.length < 3 || form.length > 11 || isNonConcept(form, lang) || !isWord(form, lang)) continue;
        const key = `${lang}\t${form}`;
        if (named.has(key)) continue;
        named.add(key);
        byWord.set(en, [...(byWord.get(en) ?? []), `${key}\tthe English "${en}" in a business description`]);
      }
    }
  }
const lines = order.flatMap((en) => byWord.get(en) ?? []);
writeFileSync(out, lines.slice(0, n).join("\n") + "\n");
console.log(JSON.stringify({ pairs: lines.length, written: Math.min(n, lines.length) }));
