/**
 * The (language, concept) pairs no writer's list holds yet among the first three naming concepts of the guard's
 * lawful training requests (data/sources/safety/s*.jsonl, label "safe", in the six languages the generator names
 * in): a second source of business text, written by the safety writers for another purpose and never by a
 * development or test writer. Most met first, then the form used by the most such requests; each line carries one
 * request where the pair was met, as once-met.mts does, so the writer names the concept in that sense.
 * With --benign, only the requests written as ordinary businesses (kind "benign"), not the hard negatives near a
 * harmful topic, whose concepts are mostly that topic's words.
 *   node --import tsx experiments/names/concept-names/safety-safe-concepts.mts OUT.tsv N [--benign]
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { understand } from "../../../src/understand/index.js";
import { namingContext, loadKnowledge } from "../../../src/naming/index.js";
import { listedPairs } from "./training-concepts.mjs";

const [out, nArg, flag] = process.argv.slice(2);
const benignOnly = flag === "--benign";
const n = Number(nArg);
if (!out || !Number.isInteger(n) || n <= 0) throw new Error("usage: safety-safe-concepts.mts OUT.tsv N");
const SIX = new Set(["en", "es", "fr", "de", "pt", "it"]);
const k = loadKnowledge();
const count = new Map<string, number>();
const example = new Map<string, string>();
let seen = 0;
for (const f of readdirSync("data/sources/safety").filter((f) => /^s\d+\.jsonl$/.test(f)).sort()) {
  for (const l of readFileSync(`data/sources/safety/${f}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { text: string; lang: string; label: string; kind?: string };
    if (r.label !== "safe" || !SIX.has(r.lang) || (benignOnly && r.kind !== "benign")) continue;
    seen++;
    let u;
    try {
      u = understand(r.text);
    } catch {
      continue;
    }
    const lang = u.language === "und" ? "en" : u.language;
    for (const c of namingContext(u, k).concepts.slice(0, 3)) {
      if (c.place) continue;
      const key = `${lang}\t${c.form}`;
      count.set(key, (count.get(key) ?? 0) + 1);
      if (!example.has(key)) example.set(key, r.text.replace(/\s+/g, " ").slice(0, 400));
    }
  }
}
const named = listedPairs();
const open = [...count].filter(([key]) => !named.has(key)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(out, open.slice(0, n).map(([key]) => `${key}\t${example.get(key)}\n`).join(""));
const byTimes = new Map<number, number>();
for (const [, c] of open) byTimes.set(Math.min(c, 5), (byTimes.get(Math.min(c, 5)) ?? 0) + 1);
console.log(
  JSON.stringify({ requests: seen, pairs: count.size, unnamed: open.length, written: Math.min(n, open.length), byTimes: [...byTimes].sort() }),
);
