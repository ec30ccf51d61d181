/**
 * How well the place finder recovers the country the naming experts wrote for: for each description whose expert
 * gave half or more of the ten names one country's ccTLD (.ie, .com.au, .com.ar), is that the country the place
 * finder found? Counts hits, misses (no place found), wrong countries, and places found where the experts used
 * no ccTLD; lists the misses' words so that classes of them (demonyms, short forms of city names, regions) show.
 *
 *   npx tsx experiments/names/place-recall.ts w1,w2,... [--show 40]
 */
import { readFileSync } from "node:fs";
import { understand } from "../../src/understand/index.js";

const writers = (process.argv[2] ?? "w4").split(",");
const show = Number(process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : 30);
const lines = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const SECOND_LEVEL = /^(com|co|net|org|gov|edu|ac|or|ne)\.([a-z]{2})$/;
function country(domain: string): string | null {
  const tld = domain.slice(domain.indexOf(".") + 1);
  const m = SECOND_LEVEL.exec(tld);
  if (m) return m[2] === "uk" ? "gb" : m[2]!;
  // Two-letter endings used for their reading, not their country (.ai, .io, .co, .me, .tv, .fm, .ly, ...).
  if (tld === "uk") return "gb";
  return /^[a-z]{2}$/.test(tld) && !["ai", "io", "co", "me", "tv", "fm", "ly", "so", "to", "gg", "sh", "ac", "cc", "am"].includes(tld) ? tld : null;
}
const counts = { hit: 0, miss: 0, wrong: 0, extra: 0, none: 0 };
const misses: string[] = [];
const wrongs: string[] = [];
const extras: string[] = [];
for (const w of writers) {
  const refs = new Map<string, string[]>();
  const expertFile = readFileSync(`data/sources/references/${"e" + w.slice(1)}-${w}.jsonl`, "utf8");
  for (const r of expertFile.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; names: string[] }))
    refs.set(r.id, r.names);
  for (const d of lines(`data/sources/descriptions/${w}.jsonl`) as { id: string; text: string }[]) {
    const names = refs.get(d.id) ?? [];
    const byCountry = new Map<string, number>();
    for (const n of names) {
      const c = country(n.toLowerCase());
      if (c) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
    }
    const top = [...byCountry].sort((a, b) => b[1] - a[1])[0];
    const expert = top && top[1] >= names.length / 2 ? top[0] : null;
    const u = understand(d.text);
    const found = u.location?.country ?? u.market ?? null;
    const c = expert === null ? (found === null ? "none" : "extra") : found === expert ? "hit" : found === null ? "miss" : "wrong";
    counts[c]++;
    const line = `${d.id} expert=${expert} found=${found} | ${d.text.slice(0, 140)}`;
    if (c === "miss") misses.push(line);
    if (c === "wrong") wrongs.push(line);
    if (c === "extra") extras.push(line);
  }
}
const withCountry = counts.hit + counts.miss + counts.wrong;
console.log(`${writers.join(",")}: ${JSON.stringify(counts)}; recall ${(counts.hit / withCountry).toFixed(3)} of ${withCountry} descriptions whose experts chose a country`);
for (const [name, list] of [["misses", misses], ["wrong", wrongs], ["extra", extras]] as const) {
  console.log(`\n## ${name} (${list.length})`);
  for (const l of list.slice(0, show)) console.log(l);
}
