/**
 * Where the shown names miss the country the experts named for: for descriptions whose expert gave half or more
 * of the ten names one country's ccTLD, the share of the product's top five that end in that country's ccTLD,
 * grouped by the expert's country and by whether the place finder found a place.
 *
 *   npx tsx experiments/names/country-tld-gap.ts w1,w2,... [limit] [--misses FILE]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed } from "../../src/index.js";
import { understand } from "../../src/understand/index.js";
import { domainCountry, expertCountry, expertNames } from "./expert-country.js";

const writers = (process.argv[2] ?? "w4").split(",");
const limit = Number(process.argv[3] ?? 1e9);
const missesFile = process.argv.includes("--misses") ? process.argv[process.argv.indexOf("--misses") + 1] : undefined;
const lines = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const generators = resolveGenerators("crafted");
const groups = new Map<string, { n: number; share: number }>();
const add = (k: string, share: number) => {
  const g = groups.get(k) ?? { n: 0, share: 0 };
  g.n++;
  g.share += share;
  groups.set(k, g);
};
const missLines: string[] = [];
let seen = 0;
for (const w of writers) {
  const refs = expertNames(w);
  for (const d of lines(`data/sources/descriptions/${w}.jsonl`) as { id: string; text: string; lang: string }[]) {
    const expert = expertCountry(refs.get(d.id) ?? []);
    if (!expert) continue;
    if (seen++ >= limit) break;
    const res = await suggestDetailed(d.text, { count: 5, generators }).catch((e: unknown) => {
      if (e instanceof InputError) return undefined;
      throw e;
    });
    const shown = res?.status === "success" ? res.suggestions.map((s) => s.display) : [];
    if (shown.length === 0) continue;
    const share = shown.filter((s) => domainCountry(s) === expert).length / shown.length;
    const found = understand(d.text).location !== null;
    add(`all`, share);
    add(`${found ? "place found" : "no place"}`, share);
    add(`${d.lang} ${expert}${found ? "" : " (no place)"}`, share);
    if (share === 0) missLines.push(`${d.id} ${d.lang} expert=${expert} shown=${shown.map((s) => s.slice(s.indexOf(".") + 1)).join(",")} | ${d.text.slice(0, 120)}`);
  }
}
for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
  if (g.n >= 5) console.log(`${k.padEnd(24)} ${String(g.n).padStart(5)} descriptions, share of the top five in the experts' country ${(g.share / g.n).toFixed(2)}`);
if (missesFile) writeFileSync(missesFile, missLines.join("\n") + "\n");
