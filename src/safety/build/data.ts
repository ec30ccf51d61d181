/**
 * `npm run build:safety-data`: rebuilds the shipped safety data that is derived from other sources:
 *  - data/built/safety/dataset/{train,test}.jsonl from the hand-written seeds + the obfuscation generator;
 *  - data/built/safety/trademarks.json from simple-icons' brand titles + data/sources/safety/companies.json;
 *  - data/built/safety/name-cover.json (innocent words containing name terms) from word lists;
 *  - data/built/safety/name-words.txt (English unigram counts for reading labels as words) from SUBTLEX-US;
 *  - data/built/safety/concept-terms.json (the concept words normalised as the guard reads them) from
 *    data/sources/safety/concepts.json;
 *  - data/built/safety/name-context.json (brands' ordinary words by trade, words that read badly by country)
 *    from data/sources/safety/brand-sectors and regional-terms.
 * Deterministic: running it twice gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SPLITS, buildDataset, datasetPath, datasetStats, loadSeeds } from "./dataset.js";
import { buildTrademarkList, trademarksPath } from "./trademarks.js";
import { buildNameCover, buildNameWords } from "./names.js";
import { builtPath } from "../../core/index.js";
import { buildConceptTerms, conceptTermsPath } from "../concepts.js";
import { buildNameContext, nameContextPath } from "./name-context.js";

/** Rebuilds every generated safety file from its hand-written source; prints a line per file. */
export function buildSafetyData(log: (line: string) => void = console.log): void {
  for (const split of SPLITS) {
    const examples = buildDataset(split, loadSeeds(split));
    const path = datasetPath(split);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, examples.map((e) => JSON.stringify(e)).join("\n") + "\n");
    const s = datasetStats(examples);
    log(
      `${split}: ${s.total} examples, unsafe ${s.unsafe}, non-English ${s.nonEnglish} (${((100 * s.nonEnglish) / s.total).toFixed(1)}%), obfuscated ${s.obfuscated} (${((100 * s.obfuscated) / s.total).toFixed(1)}%), hard negatives ${s.hardNegatives} (${((100 * s.hardNegatives) / s.total).toFixed(1)}%) -> ${path}`,
    );
  }
  writeConceptTerms(log);
  const tm = buildTrademarkList();
  writeFileSync(trademarksPath(), JSON.stringify(tm, null, 0).replace(/\},\{/g, "},\n{") + "\n");
  log(`trademarks: ${tm.brands.length} brands -> ${trademarksPath()}`);
  const cover = buildNameCover();
  const coverPath = builtPath("safety", "name-cover.json");
  writeFileSync(coverPath, JSON.stringify(cover).replace(/\],"/g, '],\n"') + "\n");
  const wordsPath = builtPath("safety", "name-words.txt");
  writeFileSync(wordsPath, buildNameWords());
  log(`name word model -> ${wordsPath}`);
  log(`name cover words: ${Object.values(cover.cover).reduce((a, l) => a + l.length, 0)} -> ${coverPath}`);
  const context = buildNameContext();
  writeFileSync(nameContextPath(), JSON.stringify(context).replace(/\},\{/g, "},\n{") + "\n");
  log(
    `name context: ${context.brands.length} brands by trade, ${context.regional.length} regional words -> ${nameContextPath()}`,
  );
}

/** Writes data/built/safety/concept-terms.json, the normalised concept words the guard loads (src/safety/concepts.ts). */
export function writeConceptTerms(log: (line: string) => void = console.log): void {
  const terms = buildConceptTerms();
  writeFileSync(conceptTermsPath(), JSON.stringify(terms).replace(/\],\[/g, "],\n[") + "\n");
  log(`concept terms: ${terms.anywhere.length + terms.wordStart.length} -> ${conceptTermsPath()}`);
}
