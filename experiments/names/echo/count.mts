// Echoed endings in the default lists for dev2 (w27-w29): labels that end with their ending's word.
//   node --import tsx experiments/names/echo/count.mts <checkout root> [descriptions]
import { readFileSync } from "node:fs";
const root = process.argv[2] ?? "/work/main";
const { suggest } = await import(`${root}/src/index.js`);
const descs: string[] = [];
for (const w of ["w27", "w28", "w29"]) for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n")) if (l.trim()) descs.push(JSON.parse(l).text);
let shown = 0, echo = 0, top5 = 0, top5echo = 0, reqWith = 0;
const ex: string[] = [];
for (const d of descs.slice(0, Number(process.argv[3] ?? 300))) {
  const r = await suggest(d, { count: 10 });
  if (r.status !== "success") continue;
  let any = false;
  r.suggestions.forEach((s: { domain: string }, i: number) => {
    const [label, ...rest] = s.domain.split(".");
    const tld = rest.join(".");
    const t = tld.split(".")[0]!;
    const e = t.length >= 3 && label!.replace(/-/g, "").endsWith(t) && t !== "com";
    shown++; if (i < 5) top5++;
    if (e) { echo++; any = true; if (i < 5) top5echo++; if (ex.length < 30) ex.push(s.domain); }
  });
  if (any) reqWith++;
}
console.log({ n: descs.length, shown, echo, top5, top5echo, reqWith }, ex.join(" "));
