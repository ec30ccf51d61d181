/**
 * The cross-fitted variant of round v14: each w4 description's names from the ranking fitted without its half
 * (halves by scripts/fit-crafted-prior.ts's hash), so no judged description trained the weights it is judged with.
 *   node --import tsx experiments/names/v14/merge-halves.ts H0.jsonl H1.jsonl OUT.jsonl
 * H0: the dump made with prior-not-half0.json (used for half-0 ids); H1 likewise.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fnv1a } from "../../../src/core/hash.js";

const [h0, h1, out] = process.argv.slice(2);
if (!h0 || !h1 || !out) throw new Error("usage: merge-halves.ts H0 H1 OUT");
const read = (p: string) =>
  readFileSync(p, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; domains: string[] });
const a = read(h0);
const b = new Map(read(h1).map((r) => [r.id, r]));
const lines = a.map((r) => JSON.stringify((fnv1a(r.id) & 1) === 0 ? r : b.get(r.id)!));
writeFileSync(out, lines.join("\n") + "\n");
