/**
 * Builds one round of blind judging on the hand-written descriptions of the given writers: for each
 * description a shuffled set of candidate domains from the named sources, never named to the judges:
 *   <generator>:k   the product's top k names with that generator configuration (lexical, both, crafted, ...),
 *                   or with a training run's weights (run=<id>, see model-sources.ts)
 *   reference:k     k of the description's expert references, chosen at random
 *   decoy:k         k deliberately weak names built from the description's own words
 *   round=R/S:k     the top k names source S had in round R's key (judged again, for a paired comparison)
 *   file=F:k        the top k names the JSONL file F lists for the description ({id, domains}, best first; e.g.
 *                   another checkout's product, experiments/names/dump-suggestions.ts)
 * Each judge gets whole descriptions (so scores are relative within a description) and 10% of another judge's
 * descriptions again, for agreement. The same candidate from two sources is judged once (the key lists
 * every source that proposed it).
 *
 *   npx tsx scripts/build-judging-round.ts --round v2 --writers w4 --judges j7,j8,j9 \
 *     --sources crafted:5,both:1,reference:2,decoy:1 [--seed 2] [--limit N] [--exclude-round R] [--ids FILE]
 * (--ids: only the descriptions whose ids FILE lists, one per line.)
 * Writes data/built/judging/rounds/<round>/tasks/<judge>.jsonl (what a judge sees) and .../key.jsonl.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Rng } from "../src/core/random.js";
import { suggestDetailed } from "../src/generate/index.js";
import { understand } from "../src/understand/index.js";
import { readDescriptions, readJsonl, SOURCES, type Description } from "./ground-truth.js";
import { sourceGenerators } from "./model-sources.js";

const { values } = parseArgs({
  options: {
    round: { type: "string" },
    writers: { type: "string" },
    judges: { type: "string" },
    sources: { type: "string" },
    seed: { type: "string" },
    limit: { type: "string" },
    "exclude-round": { type: "string" },
    "only-round": { type: "string" },
    ids: { type: "string" },
  },
});
if (!values.round || !values.writers || !values.judges || !values.sources)
  throw new Error("usage: --round R --writers w4 --judges j7,j8 --sources crafted:5,reference:2,decoy:1");
const ROUND = values.round;
const JUDGES = values.judges.split(",");
const rng = new Rng(Number(values.seed ?? 2));
const OUT = join("data/built/judging/rounds", ROUND);
const SOURCES_ASKED = values.sources.split(",").map((s) => {
  const [name, k] = s.split(":");
  return { name: name!, k: Number(k ?? 1) };
});

interface Candidate {
  domain: string;
  sources: { source: string; detail: string; confidence?: number }[];
}

const CC = ["de", "fr", "es", "it", "pt", "com.br", "co.uk", "nl", "pl", "jp"];
function decoys(d: Description, words: string[], k: number): Candidate[] {
  const w = words.length > 0 ? words : ["business", "service"];
  const a = w[0]!,
    b = w[1 % w.length]!,
    c = w[2 % w.length]!;
  const options: [string, string][] = [
    [`${a.slice(0, 4)}${b.slice(0, 3)}o.com`, "glued fragments"],
    [`${a}${b}${c}online.com`, "keyword pile"],
    [`${Array.from({ length: 7 }, () => "bcdfghjklmnpqrstvwxz"[rng.below(20)]).join("")}.xyz`, "random string"],
    [`${a}${b}.${rng.pick(CC.filter((t) => !t.endsWith(d.lang)))}`, "foreign country TLD"],
    [`the-${a}-${b}-${c}-company.net`, "long hyphenated"],
  ];
  return rng.sample(options, k).map(([domain, detail]) => ({ domain, sources: [{ source: "decoy", detail }] }));
}

const asciiWords = (text: string): string[] =>
  understand(text)
    .keywords.map((k) => k.lemma.normalize("NFD").replace(/[^a-z]/g, ""))
    .filter((x) => x.length >= 3);

let descriptions = readDescriptions(values.writers.split(","));
if (values["only-round"]) {
  const seen = new Set(
    readJsonl<{ id: string }>(join("data/built/judging/rounds", values["only-round"], "key.jsonl")).map((k) => k.id),
  );
  descriptions = descriptions.filter((d) => seen.has(d.id));
}
if (values["exclude-round"]) {
  // Descriptions an earlier round judged stay out, so a round can validate what the earlier one informed.
  const seen = new Set(
    readJsonl<{ id: string }>(join("data/built/judging/rounds", values["exclude-round"], "key.jsonl")).map((k) => k.id),
  );
  descriptions = descriptions.filter((d) => !seen.has(d.id));
}
if (values.ids) {
  const wanted = new Set(
    readFileSync(values.ids, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
  );
  descriptions = descriptions.filter((d) => wanted.has(d.id));
}
if (values.limit) descriptions = rng.sample(descriptions, Number(values.limit));
const references = new Map<string, { id: string; expert: string; names: string[] }>();
// Every expert's file for the writer (e<n>-<writer>.jsonl): one expert per writer, except dev2 (w27-w29), whose
// judged descriptions experts e27-e29 named round by round, each description once.
const referenceFiles = readdirSync(join(SOURCES, "references"));
for (const w of values.writers.split(","))
  for (const f of referenceFiles.filter((f) => f.endsWith(`-${w}.jsonl`) && /^e\d+-/.test(f)))
    for (const r of readJsonl<{ id: string; expert: string; names: string[] }>(join(SOURCES, "references", f)))
      references.set(r.id, r);

const earlier = new Map<string, { id: string; domain: string; sources: { source: string; detail: string }[] }[]>();
function earlierKeys(round: string): { id: string; domain: string; sources: { source: string; detail: string }[] }[] {
  let k = earlier.get(round);
  if (!k) earlier.set(round, (k = readJsonl(join("data/built/judging/rounds", round, "key.jsonl"))));
  return k;
}

const listed = new Map<string, Map<string, string[]>>();
function listedNames(file: string): Map<string, string[]> {
  let m = listed.get(file);
  if (!m)
    listed.set(file, (m = new Map(readJsonl<{ id: string; domains: string[] }>(file).map((r) => [r.id, r.domains]))));
  return m;
}

const pools: { d: Description; cands: Candidate[] }[] = [];
let done = 0;
for (const d of descriptions) {
  const byDomain = new Map<string, Candidate>();
  const put = (domain: string, source: string, detail: string, confidence?: number): void => {
    const key = domain.toLowerCase();
    const c = byDomain.get(key) ?? { domain, sources: [] };
    c.sources.push(confidence === undefined ? { source, detail } : { source, detail, confidence });
    byDomain.set(key, c);
  };
  for (const { name, k } of SOURCES_ASKED) {
    if (name === "reference") {
      const ref = references.get(d.id);
      if (ref) for (const n of rng.sample(ref.names, k)) put(n, "reference", ref.expert);
    } else if (name.startsWith("round=")) {
      // round=<round>/<source>: the ranked names that source had in an earlier round's key (the same names
      // judged again by this round's judges, for a paired comparison with what the product gives now).
      const [round, source] = name.slice("round=".length).split("/");
      const earlier = earlierKeys(round!).filter((e) => e.id === d.id);
      for (const e of earlier)
        for (const s of e.sources)
          if (s.source === source && /^rank (\d+)/.test(s.detail) && Number(s.detail.slice(5)) <= k)
            put(e.domain, `${source}@${round}`, s.detail);
    } else if (name.startsWith("file=")) {
      const names = listedNames(name.slice("file=".length)).get(d.id);
      if (!names) throw new Error(`${name} lists no names for ${d.id}`);
      names.slice(0, k).forEach((domain, i) => put(domain, name, `rank ${i + 1}`));
    } else if (name === "decoy") {
      for (const c of decoys(d, asciiWords(d.text), k)) put(c.domain, "decoy", c.sources[0]!.detail);
    } else {
      try {
        const r = await suggestDetailed(d.text, { count: 10, generators: sourceGenerators(name) });
        if (r.status === "success")
          r.suggestions.slice(0, k).forEach((s, i) => put(s.display, name, `rank ${i + 1}`, s.confidence));
        else put("", name, "blocked");
      } catch (e) {
        process.stderr.write(`${d.id} ${name}: ${(e as Error).message}\n`);
      }
    }
  }
  byDomain.delete("");
  pools.push({ d, cands: rng.shuffle([...byDomain.values()]) });
  if (++done % 50 === 0) process.stderr.write(`pool ${done}/${descriptions.length}\n`);
}

const order = rng.shuffle(pools.map((_, i) => i));
const share: number[][] = JUDGES.map(() => []);
order.forEach((p, k) => share[k % JUDGES.length]!.push(p));
const tasks: { judge: string; task: string; pool: number; cand: number; second: boolean }[] = [];
let next = 1;
const id = (): string => `${ROUND}-${String(next++).padStart(6, "0")}`;
JUDGES.forEach((j, i) => {
  for (const p of share[i]!)
    pools[p]!.cands.forEach((_, c) => tasks.push({ judge: j, task: id(), pool: p, cand: c, second: false }));
});
JUDGES.forEach((_, i) => {
  const again = rng.sample(share[i]!, Math.round(share[i]!.length * 0.1));
  const other = JUDGES[(i + 1) % JUDGES.length]!;
  for (const p of again)
    pools[p]!.cands.forEach((_, c) => tasks.push({ judge: other, task: id(), pool: p, cand: c, second: true }));
});
mkdirSync(join(OUT, "tasks"), { recursive: true });
for (const j of JUDGES) {
  const mine = tasks.filter((t) => t.judge === j);
  const byPool = new Map<number, typeof mine>();
  for (const t of mine) byPool.set(t.pool, [...(byPool.get(t.pool) ?? []), t]);
  const lines = rng.shuffle([...byPool.keys()]).flatMap((p) =>
    byPool.get(p)!.map((t) =>
      JSON.stringify({
        task: t.task,
        description_id: `${ROUND}-d${String(p).padStart(4, "0")}`,
        description: pools[p]!.d.text,
        domain: pools[p]!.cands[t.cand]!.domain,
      }),
    ),
  );
  writeFileSync(join(OUT, "tasks", `${j}.jsonl`), lines.join("\n") + "\n");
}
writeFileSync(
  join(OUT, "key.jsonl"),
  tasks
    .map((t) => {
      const { d, cands } = pools[t.pool]!;
      const c = cands[t.cand]!;
      return JSON.stringify({
        task: t.task,
        judge: t.judge,
        second: t.second,
        id: d.id,
        writer: d.writer,
        lang: d.lang,
        source_type: d.source_type,
        sector: d.sector,
        domain: c.domain,
        sources: c.sources,
      });
    })
    .join("\n") + "\n",
);
process.stderr.write(
  `${pools.length} descriptions, ${tasks.length} tasks (${tasks.filter((t) => t.second).length} second) for ${JUDGES.length} judges -> ${OUT}\n`,
);
