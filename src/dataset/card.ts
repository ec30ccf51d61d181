/**
 * Balance tables and the dataset card (data/built/DATASET_CARD.md), rendered from the built records so
 * the numbers in the card are the numbers in the files.
 */
import { LANGUAGES } from "../core/types.js";
import { INDUSTRIES, SECTORS } from "../taxonomy/index.js";
import { PACKS } from "./lang/index.js";
import type { HeldOut } from "./split.js";
import { COMPLEXITIES, MESSY_KINDS, type DatasetRecord, type Split } from "./types.js";

export type SplitCounts = Record<Split, number>;

export interface DatasetStats {
  total: number;
  splits: SplitCounts;
  byLanguage: Record<string, SplitCounts>;
  bySector: Record<string, SplitCounts>;
  byComplexity: Record<string, SplitCounts>;
  messy: Record<string, number>;
  constraints: Record<string, number>;
  withLocation: number;
  withTargets: number;
  /** Mean words per description by complexity. */
  meanWords: Record<string, number>;
  industries: number;
  families: number;
}

function zero(): SplitCounts {
  return { train: 0, val: 0, test: 0 };
}

function tally(
  records: readonly DatasetRecord[],
  key: (r: DatasetRecord) => string,
  keys: readonly string[],
): Record<string, SplitCounts> {
  const out: Record<string, SplitCounts> = {};
  for (const k of keys) out[k] = zero();
  for (const r of records) (out[key(r)] ??= zero())[r.split]++;
  return out;
}

export function datasetStats(records: readonly DatasetRecord[]): DatasetStats {
  const splits = zero();
  const messy: Record<string, number> = { clean: 0 };
  for (const k of MESSY_KINDS) messy[k] = 0;
  const constraints: Record<string, number> = {
    none: 0,
    tlds: 0,
    allowDigits: 0,
    allowHyphens: 0,
    maxLength: 0,
    mustInclude: 0,
    style: 0,
  };
  const words: Record<string, [number, number]> = {};
  let withLocation = 0;
  let withTargets = 0;
  for (const r of records) {
    splits[r.split]++;
    if (r.messy.length === 0) messy.clean++;
    for (const m of r.messy) messy[m]++;
    const keys = Object.keys(r.constraints);
    if (keys.length === 0) constraints.none++;
    for (const k of keys) constraints[k] = (constraints[k] ?? 0) + 1;
    const w = (words[r.complexity] ??= [0, 0]);
    w[0] += r.business_description.split(/\s+/).filter((x) => x.length > 0).length;
    w[1]++;
    if (r.location) withLocation++;
    if (r.targets && r.targets.length > 0) withTargets++;
  }
  const meanWords: Record<string, number> = {};
  for (const c of COMPLEXITIES) meanWords[c] = words[c] ? Math.round((10 * words[c][0]) / words[c][1]) / 10 : 0;
  return {
    total: records.length,
    splits,
    byLanguage: tally(records, (r) => r.language, LANGUAGES),
    bySector: tally(records, (r) => r.sector, SECTORS),
    byComplexity: tally(records, (r) => r.complexity, COMPLEXITIES),
    messy,
    constraints,
    withLocation,
    withTargets,
    meanWords,
    industries: new Set(records.map((r) => r.industry)).size,
    families: new Set(records.map((r) => r.template_family)).size,
  };
}

function splitTable(title: string, rows: Record<string, SplitCounts>): string {
  const lines = [`| ${title} | train | val | test | total |`, "|---|---:|---:|---:|---:|"];
  for (const [k, c] of Object.entries(rows))
    lines.push(`| ${k} | ${c.train} | ${c.val} | ${c.test} | ${c.train + c.val + c.test} |`);
  return lines.join("\n");
}

function countTable(title: string, rows: Record<string, number>, total: number): string {
  const lines = [`| ${title} | records | share |`, "|---|---:|---:|"];
  for (const [k, n] of Object.entries(rows))
    lines.push(`| ${k} | ${n} | ${((100 * n) / Math.max(1, total)).toFixed(1)}% |`);
  return lines.join("\n");
}

export interface CardInput {
  seed: number;
  size: number;
  generated: number;
  droppedExact: number;
  droppedNear: number;
  droppedByCap: number;
  /** Test records among those dropped, written to test-reserve.jsonl. */
  reserve: number;
  heldOut: HeldOut;
  stats: DatasetStats;
  files: { path: string; records: number; bytes: number }[];
}

export function renderDatasetCard(c: CardInput): string {
  const s = c.stats;
  const familyCount = PACKS.reduce((n, p) => n + p.families.length, 0);
  const frameCount = PACKS.reduce(
    (n, p) =>
      n +
      p.families.reduce((m, f) => m + f.frames.length, 0) +
      Object.values(p.details).reduce((m, d) => m + d.length, 0),
    0,
  );
  return `# Namewright descriptions dataset

Synthetic business descriptions (the input of \`namewright suggest\`) in six languages, with the
industry, the constraints each text states, and — once filled — several good domain names per
description. Built by \`namewright data build --seed ${c.seed}\` (\`src/dataset\`); the same seed
gives byte-identical files on any machine. This card is regenerated with the files.

## How it was made
- **Taxonomy** (\`src/taxonomy\`): ${INDUSTRIES.length} industries in ${SECTORS.length} sectors, each with a
  business noun (with grammatical gender), keywords and brandable vocabulary written for en, es, fr, de,
  pt and it, and topical TLDs checked against the IANA list.
- **Templates** (\`src/dataset/lang/*.ts\`): per language, its own opener families (${familyCount} families
  in all, ${frameCount} frames and detail sentences), written natively rather than translated: articles,
  possessives, participles and German case agree with the business noun (\`grammar.ts\`). Slots: places
  of that language's countries, audiences, values, style words, years, team sizes.
- **Complexity**: minimal (3-6 words), short (one sentence), medium (2-3), long (4-5), paragraph (6+),
  and labelled lists ("Business: ... / Location: ..."), which count as short/medium/long by their lines.
- **Constraints** stated in the text and recorded as structured fields (same names as the pipeline's
  \`Constraints\`): allowed TLDs (.com, .io/.ai/.dev for software, the industry's topical TLD, the
  place's ccTLD), no digits, no hyphens, maximum length, a word that must appear (ASCII, from the
  industry vocabulary), style short/playful/professional.
- **Messy input** (${(100 - (100 * s.messy.clean) / Math.max(1, s.total)).toFixed(1)}% of records): typos (swap, drop, double, neighbouring key),
  no accents (German also ae/oe/ue), all lower case without punctuation, ALL CAPS, emojis, stray
  spaces. Tokens a constraint depends on (quoted words, .tlds, numbers) are never altered.
- **Dedupe**: exact (normalised text: NFKD, no accents, lower case, letters and digits only) and near
  (Jaccard >= 0.8 over character 5-shingles, MinHash 120 / LSH 20x6, candidates verified exactly),
  applied across all splits while generating; a duplicate is regenerated. Generated ${c.generated},
  dropped ${c.droppedExact} exact and ${c.droppedNear} near duplicates.
- **Splits** grouped for generalisation: whole industries and whole opener families are held out.
  A record is test if its industry or family is held out for test, else val if either is held out
  for val, else train. Test and val are then subsampled (seeded) to at most 3,000 / 1,500 records
  (${c.droppedByCap} dropped). The ${c.reserve} dropped test records are kept apart in \`test-reserve.jsonl\`
  (held out like test, kept for pre-registered confirmations, \`train:eval --split test-reserve\`;
  the model card lists the looks taken). \`test/dataset/leakage.test.ts\` checks the shipped files: no exact or near duplicate
  across splits, no held-out industry or family in train.

Held out for test — industries: ${c.heldOut.testIndustries.join(", ")}; families: ${c.heldOut.testFamilies.join(", ")}.
Held out for val — industries: ${c.heldOut.valIndustries.join(", ")}; families: ${c.heldOut.valFamilies.join(", ")}.

## Record format (JSONL)
\`{ id, business_description, language, industry, sector, complexity, constraints, template_family, split, messy, location, targets? }\`
— see \`src/dataset/types.ts\` (a zod schema validates every line on reading).

## Counts
Total ${s.total} records (${s.industries} industries, ${s.families} template families); ${s.withLocation} name a place;
${s.withTargets} have name targets.

| file | records | bytes |
|---|---:|---:|
${c.files.map((f) => `| ${f.path} | ${f.records} | ${f.bytes} |`).join("\n")}

${splitTable("language", s.byLanguage)}

${splitTable("complexity", s.byComplexity)}

Mean words per description: ${COMPLEXITIES.map((k) => `${k} ${s.meanWords[k]}`).join(", ")}.

${splitTable("sector", s.bySector)}

${countTable("constraint in text", s.constraints, s.total)}

${countTable("messiness", s.messy, s.total)}

## Name targets
\`addTargets(records, generate)\` fills \`targets\` (best first, with the rubric's 0-10 score) from any
generator; \`namewright data targets\` uses the project's pipeline (\`suggestDetailed\`: lexical
candidates, validation, guards, rubric ranking), i.e. best-of-N by the scorer. A teacher model can be
plugged in as another generator. Because the same rubric picks the targets, metrics computed with
that rubric on these targets are optimistic; report metrics the selection did not use as well.
${
  s.withTargets === 0
    ? `In this build the split files carry no targets: the training scripts keep their own best-of-N
targets, keyed by record id, in \`data/built/model-targets/<split>.jsonl\` (\`namewright train targets\`), so
the description files stay small and stable while targets are regenerated.`
    : `${s.withTargets} of ${s.total} records carry targets.`
}

## Licences
- Descriptions, templates, taxonomy and this card: written for this project, MIT (the repository licence).
- No third-party text is copied into the descriptions. The IANA TLD list (\`tlds\` package, MIT) is only
  used to validate topical TLDs. Place names are facts.
- Targets are produced by the project's own generator from its own data sources (see the main README
  for the licences of WordNet and word lists used by the lexical generator).

## Known gaps
- Synthetic and template-based: about ${Math.round(frameCount / PACKS.length)} frames per language; real requests are more varied, longer-tailed and
  sometimes mix languages. Audiences, values and details are drawn independently of the industry, so
  some combinations are odd (a funeral home "for gen z").
- Spanish mixes Spain and Latin America; Portuguese leans Brazilian; French is mostly France; no
  regional dialects beyond that. Only six languages.
- The place list is small (15-21 per language) and city-level; no street addresses or neighbourhoods
  beyond a few.
- Constraints are explicit and well-formed; indirect ones ("something my grandma can spell") are absent.
- No unsafe or blocked requests: safety evaluation uses its own data.
- Typos are synthetic edits, not learned from real typing.
`;
}
