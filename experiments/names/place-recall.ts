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
import { expertCountry, expertNames } from "./expert-country.js";

const writers = (process.argv[2] ?? "w4").split(",");
const show = Number(process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : 30);
const lines = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const counts = { hit: 0, miss: 0, wrong: 0, extra: 0, none: 0 };
const misses: string[] = [];
const wrongs: string[] = [];
const extras: string[] = [];
for (const w of writers) {
  const refs = expertNames(w);
  for (const d of lines(`data/sources/descriptions/${w}.jsonl`) as { id: string; text: string }[]) {
    const expert = expertCountry(refs.get(d.id) ?? []);
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
