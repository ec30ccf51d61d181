/**
 * Builds the blind judging tasks for the hand-written ground truth: for each train/val description
 * (data/sources/descriptions, splits in SPLITS.md; the test split is left for its one pre-registered look),
 * a shuffled set of candidate domains from three kinds of source, none of them named to the judges:
 *   - expert references (data/sources/references): 4 of the expert's 10, chosen at random;
 *   - the product (`both`, the CLI default): its 1st name, one of ranks 2-5 and one of 6-10; plus one of
 *     the lexical generator's top 10 that `both` did not return;
 *   - decoys: two deliberately weak names built from the description's own words (glued fragments, a
 *     keyword pile on .com, a random string, a foreign country's TLD), so the scale's bottom is used.
 * Each judge gets a share of descriptions whole (every candidate of a description from one judge, so the
 * scores are relative within the description) and 10% of another judge's descriptions to label again.
 *
 *   npx tsx scripts/build-judging-pool.ts [--judges 6] [--seed 1]
 * Writes data/built/judging/tasks/<judge>.jsonl (what a judge sees) and data/built/judging/key.jsonl (which
 * task is which candidate from which source: never shown to judges).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Rng } from "../src/core/random.js";
import { resolveGenerators, suggestDetailed } from "../src/generate/index.js";
import { understand } from "../src/understand/index.js";
import { readDescriptions, readJsonl, SOURCES, type Description } from "./ground-truth.js";

interface Reference {
  id: string;
  expert: string;
  names: string[];
}
interface Candidate {
  domain: string;
  source: "reference" | "both" | "lexical" | "decoy";
  detail: string;
}

const { values } = parseArgs({ options: { judges: { type: "string" }, seed: { type: "string" } } });
const JUDGES = Number(values.judges ?? 6);
const rng = new Rng(Number(values.seed ?? 1));
const OUT = "data/built/judging";
const SPLIT_WRITERS = { train: ["w1", "w2", "w3"], val: ["w4"] };

const descriptions: (Description & { split: string })[] = [];
const references = new Map<string, Reference>();
for (const [split, writers] of Object.entries(SPLIT_WRITERS)) {
  for (const d of readDescriptions(writers)) descriptions.push({ ...d, split });
}
for (const f of ["e1-w1", "e2-w2", "e3-w3", "e4-w4"])
  for (const r of readJsonl<Reference>(join(SOURCES, "references", `${f}.jsonl`))) references.set(r.id, r);

const CC = ["de", "fr", "es", "it", "pt", "com.br", "co.uk", "nl", "pl", "jp"];
function decoys(d: Description, words: string[]): Candidate[] {
  const w = words.length > 0 ? words : ["business", "service"];
  const a = w[0],
    b = w[1 % w.length],
    c = w[2 % w.length];
  const options: Candidate[] = [
    { domain: `${a.slice(0, 4)}${b.slice(0, 3)}o.com`, source: "decoy", detail: "glued fragments" },
    { domain: `${a}${b}${c}online.com`, source: "decoy", detail: "keyword pile" },
    {
      domain: `${Array.from({ length: 7 }, () => "bcdfghjklmnpqrstvwxz"[rng.below(20)]).join("")}.xyz`,
      source: "decoy",
      detail: "random string",
    },
    {
      domain: `${a}${b}.${rng.pick(CC.filter((t) => !t.endsWith(d.lang)))}`,
      source: "decoy",
      detail: "foreign country TLD",
    },
    { domain: `the-${a}-${b}-${c}-company.net`, source: "decoy", detail: "long hyphenated" },
  ];
  return rng.sample(options, 2);
}

const asciiWords = (text: string): string[] =>
  understand(text)
    .keywords.map((k) => k.lemma.normalize("NFD").replace(/[^a-z]/g, ""))
    .filter((x) => x.length >= 3);

const both = resolveGenerators("both");
const lexical = resolveGenerators("lexical");
const pools: { d: Description & { split: string }; cands: Candidate[] }[] = [];
let done = 0;
for (const d of descriptions) {
  const cands: Candidate[] = [];
  const ref = references.get(d.id);
  if (ref) for (const n of rng.sample(ref.names, 4)) cands.push({ domain: n, source: "reference", detail: ref.expert });
  try {
    const rb = await suggestDetailed(d.text, { count: 10, generators: both });
    const rl = await suggestDetailed(d.text, { count: 10, generators: lexical });
    const bs = rb.status === "success" ? rb.suggestions.map((s) => s.display) : [];
    const ls = rl.status === "success" ? rl.suggestions.map((s) => s.display).filter((x) => !bs.includes(x)) : [];
    const picks: [number, string][] = [];
    if (bs.length > 0) picks.push([0, bs[0]]);
    if (bs.length > 1) {
      const i = 1 + rng.below(Math.min(4, bs.length - 1));
      picks.push([i, bs[i]]);
    }
    if (bs.length > 5) {
      const i = 5 + rng.below(bs.length - 5);
      picks.push([i, bs[i]]);
    }
    for (const [i, n] of picks) cands.push({ domain: n, source: "both", detail: `rank ${i + 1}` });
    if (ls.length > 0) cands.push({ domain: rng.pick(ls), source: "lexical", detail: "top 10, not in both" });
  } catch (e) {
    process.stderr.write(`${d.id}: pipeline error ${(e as Error).message}\n`);
  }
  cands.push(...decoys(d, asciiWords(d.text)));
  const seen = new Set<string>();
  pools.push({
    d,
    cands: rng.shuffle(cands.filter((c) => !seen.has(c.domain.toLowerCase()) && seen.add(c.domain.toLowerCase()))),
  });
  if (++done % 100 === 0) process.stderr.write(`pool ${done}/${descriptions.length}\n`);
}

// Deal descriptions to judges (whole descriptions), then 10% of each judge's share to the next judge again.
const order = rng.shuffle(pools.map((_, i) => i));
const share: number[][] = Array.from({ length: JUDGES }, () => []);
order.forEach((p, k) => share[k % JUDGES].push(p));
const tasks: { judge: string; task: string; pool: number; cand: number; second: boolean }[] = [];
let next = 1;
const id = (): string => `t${String(next++).padStart(6, "0")}`;
for (let j = 0; j < JUDGES; j++) {
  for (const p of share[j])
    pools[p].cands.forEach((_, c) => tasks.push({ judge: `j${j + 1}`, task: id(), pool: p, cand: c, second: false }));
}
for (let j = 0; j < JUDGES; j++) {
  const again = rng.sample(share[j], Math.round(share[j].length * 0.1));
  const other = `j${((j + 1) % JUDGES) + 1}`;
  for (const p of again)
    pools[p].cands.forEach((_, c) => tasks.push({ judge: other, task: id(), pool: p, cand: c, second: true }));
}
mkdirSync(join(OUT, "tasks"), { recursive: true });
for (let j = 1; j <= JUDGES; j++) {
  const mine = tasks.filter((t) => t.judge === `j${j}`);
  // Grouped by description, descriptions in a shuffled order, candidates in their shuffled order.
  const byPool = new Map<number, typeof mine>();
  for (const t of mine) byPool.set(t.pool, [...(byPool.get(t.pool) ?? []), t]);
  const lines = rng.shuffle([...byPool.keys()]).flatMap((p) =>
    byPool.get(p)!.map((t) =>
      JSON.stringify({
        task: t.task,
        description_id: `d${String(p).padStart(4, "0")}`,
        description: pools[p].d.text,
        domain: pools[p].cands[t.cand].domain,
      }),
    ),
  );
  writeFileSync(join(OUT, "tasks", `j${j}.jsonl`), lines.join("\n") + "\n");
}
writeFileSync(
  join(OUT, "key.jsonl"),
  tasks
    .map((t) => {
      const { d, cands } = pools[t.pool];
      const c = cands[t.cand];
      return JSON.stringify({
        task: t.task,
        judge: t.judge,
        second: t.second,
        id: d.id,
        split: d.split,
        writer: d.writer,
        lang: d.lang,
        source_type: d.source_type,
        sector: d.sector,
        domain: c.domain,
        source: c.source,
        detail: c.detail,
      });
    })
    .join("\n") + "\n",
);
process.stderr.write(
  `${pools.length} descriptions, ${tasks.length} tasks (${tasks.filter((t) => t.second).length} second labels) for ${JUDGES} judges -> ${OUT}\n`,
);
