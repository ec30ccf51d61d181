/**
 * The crafted generator's candidate pool for a list of description ids, for blind judges to label beyond the names
 * the product shows (the reranker is otherwise fitted only on names earlier rankers put on top): per description the
 * reranker's top `top` candidates and `spread` more drawn uniformly (seeded) from the rest of its 200, best first.
 * With `method=M:K`, also up to K candidates of method M (e.g. "crafted:concept-name:10") from outside the top,
 * drawn before the spread (seeded), so that a kind of name the reranker has never seen labelled gets labels.
 *   node --import tsx experiments/names/dump-pool.mts IDS.txt OUT.jsonl [top=10] [spread=20] [seed=41] [method=M:K]
 * Output lines {id, domains, ranks, methods} (ranks: each domain's 0-based place in the pool), as
 * build-judging-round.ts's file= source reads them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Rng } from "../../src/core/random.js";
import { craftedCandidates } from "../../src/generate/index.js";
import { understand } from "../../src/understand/index.js";
import { validateDomain } from "../../src/index.js";
import { readDescriptions } from "../../scripts/ground-truth.js";

const [idsFile, out, topArg, spreadArg, seedArg, methodArg] = process.argv.slice(2);
if (!idsFile || !out) throw new Error("usage: dump-pool.mts IDS.txt OUT.jsonl [top] [spread] [seed] [method=M:K]");
const methodMatch = methodArg === undefined ? undefined : /^method=(.+):(\d+)$/.exec(methodArg);
if (methodArg !== undefined && !methodMatch) throw new Error(`bad method argument ${methodArg} (want method=M:K)`);
const extraMethod = methodMatch?.[1];
const extraCount = Number(methodMatch?.[2] ?? 0);
const top = Number(topArg ?? 10);
const spread = Number(spreadArg ?? 20);
const rng = new Rng(Number(seedArg ?? 41));
const ids = readFileSync(idsFile, "utf8").split("\n").filter(Boolean);
const texts = new Map(readDescriptions([...new Set(ids.map((id) => id.split("-")[0]!))]).map((d) => [d.id, d.text]));
const lines: string[] = [];
for (const id of ids) {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`no description ${id}`);
  const candidates = craftedCandidates(understand(text), { limit: 200 }).filter((c) =>
    validateDomain(`${c.label}.${c.tld}`).valid,
  );
  const pool = candidates.map((c) => `${c.label}.${c.tld}`);
  const restIndices = [...pool.keys()].slice(top);
  const ofMethod = restIndices.filter((i) => candidates[i]!.method === extraMethod);
  const picked = rng.shuffle(ofMethod).slice(0, extraCount);
  const others = restIndices.filter((i) => !picked.includes(i));
  const drawn = [...picked, ...rng.shuffle(others).slice(0, spread)].sort((a, b) => a - b);
  const ranks = [...pool.slice(0, top).keys(), ...drawn];
  lines.push(
    JSON.stringify({ id, domains: ranks.map((r) => pool[r]!), ranks, methods: ranks.map((r) => candidates[r]!.method) }),
  );
}
writeFileSync(out, lines.join("\n") + "\n");
console.error(`${lines.length} descriptions`);
