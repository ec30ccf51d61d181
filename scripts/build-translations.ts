/**
 * Builds data/built/naming/translations.json, the English -> es/pt/it/fr/de word table the generator uses to name an
 * English-described business in its customers' language (src/understand/local-naming.ts), from the translation
 * writers' files data/sources/translations/x*.jsonl (brief: data/sources/translations/BRIEF.md). Each line is
 * validated; a word keeps at most three forms per language, lower case, letters only (accents kept), and an English
 * word translated as itself is kept (a loanword the language uses as is).
 *
 *   npx tsx scripts/build-translations.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { builtPath, sourcePath } from "../src/core/paths.js";

const LANGS = ["es", "pt", "it", "fr", "de"] as const;
const dir = sourcePath("translations");
const words = readFileSync(join(dir, "words.txt"), "utf8").split("\n").filter(Boolean);
const known = new Set(words);
const table = new Map<string, Partial<Record<(typeof LANGS)[number], string[]>>>();
const FORM = /^[\p{Ll}]+(?:[ '-][\p{Ll}]+)?$/u;
let forms = 0;
for (const file of readdirSync(dir)
  .filter((f) => /^x\d+\.jsonl$/.test(f))
  .sort()) {
  readFileSync(join(dir, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      let rec: Record<string, unknown>;
      try {
        rec = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      const en = rec.en;
      if (typeof en !== "string" || !known.has(en))
        throw new Error(`${file}:${i + 1}: "en" is not a word of words.txt`);
      const entry = table.get(en) ?? {};
      for (const lang of LANGS) {
        const v = rec[lang];
        if (v === undefined) continue;
        if (!Array.isArray(v)) throw new Error(`${file}:${i + 1}: "${lang}" is not a list`);
        const ok = v
          .filter((x): x is string => typeof x === "string")
          .map((x) => x.trim().toLowerCase())
          .filter((x) => FORM.test(x))
          .slice(0, 3);
        if (ok.length > 0) {
          entry[lang] = [...new Set([...(entry[lang] ?? []), ...ok])].slice(0, 3);
          forms += ok.length;
        }
      }
      table.set(en, entry);
    });
}
const out = {
  about:
    "English words of business descriptions with their everyday words in es, pt, it, fr and de, by translation writers x1-x3 (data/sources/translations/BRIEF.md); built by scripts/build-translations.ts",
  words: Object.fromEntries(
    [...table].filter(([, e]) => Object.keys(e).length > 0).sort(([a], [b]) => (a < b ? -1 : 1)),
  ),
};
const path = builtPath("naming", "translations.json");
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, JSON.stringify(out) + "\n");
console.log(`${Object.keys(out.words).length} words, ${forms} forms -> ${path}`);
