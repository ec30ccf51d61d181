// Guard verdicts on the most populous gazetteer cities typed alone (a place alone describes no business):
//   node --import tsx experiments/safety/place-names.mts [root]
import { readFileSync } from "node:fs";
const root = process.argv[2] ?? process.cwd();
const { checkRequest } = await import(`${root}/src/safety/index.js`);
const rows = readFileSync(`${root}/data/built/places/cities.tsv`, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t")).filter((r) => r.length >= 3 && /^\d+$/.test(r[2]!));
rows.sort((a, b) => Number(b[2]) - Number(a[2]));
const top = rows.slice(0, 2000);
let blocked = 0; const ex: string[] = []; let near = 0;
for (const [name] of top) {
  const t = name!.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const v = checkRequest(t);
  if (v.blocked) { blocked++; if (ex.length < 30) ex.push(`${t}(${v.category})`); }
  else if (v.score >= 0.45) near++;
}
console.log("top", top.length, "cities alone: blocked", blocked, "score>=0.45 not blocked", near); console.log(ex.join(", "));
