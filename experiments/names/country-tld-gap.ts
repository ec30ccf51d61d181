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

const writers = (process.argv[2] ?? "w4").split(",");
const limit = Number(process.argv[3] ?? 1e9);
const missesFile = process.argv.includes("--misses") ? process.argv[process.argv.indexOf("--misses") + 1] : undefined;
const lines = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const READ_AS_WORDS = ["ai", "io", "co", "me", "tv", "fm", "ly", "so", "to", "gg", "sh", "ac", "cc", "am"];
function country(domain: string): string | null {
  const tld = domain.slice(domain.indexOf(".") + 1);
  const m = /^(com|co|net|org|gov|edu|ac|or|ne)\.([a-z]{2})$/.exec(tld);
  if (m) return m[2] === "uk" ? "gb" : m[2]!;
  if (tld === "uk") return "gb";
  return /^[a-z]{2}$/.test(tld) && !READ_AS_WORDS.includes(tld) ? tld : null;
}
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
  const refs = new Map<string, string[]>(
    lines(`data/sources/references/e${w.slice(1)}-${w}.jsonl`).map((r: { id: string; names: string[] }) => [r.id, r.names]),
  );
  for (const d of lines(`data/sources/descriptions/${w}.jsonl`) as { id: string; text: string; lang: string }[]) {
    const names = refs.get(d.id) ?? [];
    const byCountry = new Map<string, number>();
    for (const n of names) {
      const c = country(n.toLowerCase());
      if (c) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
    }
    const top = [...byCountry].sort((a, b) => b[1] - a[1])[0];
    if (!top || top[1] < names.length / 2) continue;
    if (seen++ >= limit) break;
    const res = await suggestDetailed(d.text, { count: 5, generators }).catch((e: unknown) => {
      if (e instanceof InputError) return undefined;
      throw e;
    });
    const shown = res?.status === "success" ? res.suggestions.map((s) => s.display) : [];
    if (shown.length === 0) continue;
    const share = shown.filter((s) => country(s) === top[0]).length / shown.length;
    const found = understand(d.text).location !== null;
    add(`all`, share);
    add(`${found ? "place found" : "no place"}`, share);
    add(`${d.lang} ${top[0]}${found ? "" : " (no place)"}`, share);
    if (share === 0) missLines.push(`${d.id} ${d.lang} expert=${top[0]} shown=${shown.map((s) => s.slice(s.indexOf(".") + 1)).join(",")} | ${d.text.slice(0, 120)}`);
  }
}
for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
  if (g.n >= 5) console.log(`${k.padEnd(24)} ${String(g.n).padStart(5)} descriptions, share of the top five in the experts' country ${(g.share / g.n).toFixed(2)}`);
if (missesFile) writeFileSync(missesFile, missLines.join("\n") + "\n");
