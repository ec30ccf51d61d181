/**
 * Writes data/built/iana-tlds.json from the `tlds` package (a maintained mirror of IANA's root zone list),
 * with the list's version and publication date, so the shipped data says how fresh it is.
 * Run: npm run build:tlds   (the date comes from the package metadata: pass it when offline)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { toASCII } from "tr46";

const require = createRequire(import.meta.url);
const list: string[] = require("tlds");
const version: string = JSON.parse(readFileSync(require.resolve("tlds/package.json"), "utf8")).version;
let date = process.argv[2] ?? "";
if (!date) {
  const times = JSON.parse(execFileSync("npm", ["view", `tlds@${version}`, "time", "--json"], { encoding: "utf8" }));
  date = String(times[version]).slice(0, 10);
}
const ascii = list.map((t) => toASCII(t, { useSTD3ASCIIRules: true }) ?? t).sort();
const out = { source: "IANA root zone TLD list via npm package tlds", version, date, count: ascii.length, tlds: ascii };
writeFileSync(new URL("../data/built/iana-tlds.json", import.meta.url), JSON.stringify(out) + "\n");
console.log(`wrote data/built/iana-tlds.json: ${ascii.length} TLDs, list of ${date}`);
