/**
 * How many of the names work's lawful business descriptions (independent writers w1-w4, w6-w17, w20-w26; the test
 * splits w5, w18, w19 and dev2 w27-w29 left out) a guard blocks. None of them is in the guard's training data.
 * Counts only; which are blocked is not printed.
 *   node --import tsx experiments/safety/lawful-descriptions.mts [checkout]   (default: this checkout)
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const { checkRequest } = (await import(`${root}/src/safety/index.js`)) as {
  checkRequest: (text: string) => { blocked: boolean };
};
const writers = ["w1", "w2", "w3", "w4", ...Array.from({ length: 12 }, (_, i) => `w${i + 6}`), "w20", "w21", "w22", "w23", "w24", "w25", "w26"];
let n = 0;
let blocked = 0;
for (const w of writers) {
  const p = `${root}/data/sources/descriptions/${w}.jsonl`;
  if (!existsSync(p)) continue;
  for (const line of readFileSync(p, "utf8").split("\n").filter((l) => l.trim() !== "")) {
    n++;
    if (checkRequest((JSON.parse(line) as { text: string }).text).blocked) blocked++;
  }
}
console.log(`${root}: ${blocked} of ${n} lawful descriptions blocked`);
