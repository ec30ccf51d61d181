/**
 * Would reading an unwanted word at either end of a name, whatever the rest ("krank|lar", "leech|praxis"), remove
 * names blind judges disliked? For every labelled product name of every round: the names today's check
 * (src/naming/unwanted.ts) already catches, and those only the edge reading would add, with their mean blind score
 * and "unintended" flag rate, against all labelled product names.
 *   node --import tsx experiments/names/unwanted-edges.ts [minLength=5]
 */
import { readFileSync, readdirSync } from "node:fs";
import { roundJudgments } from "./round-labels.js";
import { understand } from "../../src/understand/index.js";
import { unwantedWord } from "../../src/naming/index.js";
import { wordLists } from "../../src/naming/wordlists.js";
import { fold, isWord } from "../../src/lexicon/index.js";
import type { Language } from "../../src/core/index.js";

const min = Number(process.argv[2] ?? 5);
const texts = new Map<string, { text: string }>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)))
  for (const l of readFileSync(`data/sources/descriptions/${f}`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    texts.set(d.id, d);
  }
const lists = wordLists("naming-unwanted");
const stats = { all: [0, 0, 0], today: [0, 0, 0], edge: [0, 0, 0] };
const shown: string[] = [];
const add = (k: keyof typeof stats, score: number, flagged: number) => {
  stats[k][0]++;
  stats[k][1] += score;
  stats[k][2] += flagged;
};
const cache = new Map<string, ReturnType<typeof understand>>();
for (const [key, js] of roundJudgments()) {
  const product = js.filter((j) => j.sources.some((s) => s.source !== "reference" && s.source !== "decoy"));
  if (product.length === 0) continue;
  const [id, domain] = key.split(" ") as [string, string];
  const d = texts.get(id);
  if (!d) continue;
  let u = cache.get(id);
  if (!u) cache.set(id, (u = understand(d.text)));
  const label = fold(domain.slice(0, domain.indexOf(".")).toLowerCase());
  const score = product.reduce((a, j) => a + j.score, 0) / product.length;
  const flagged = product.some((j) => j.flag === "unintended") ? 1 : 0;
  add("all", score, flagged);
  if (unwantedWord(label, [label], u)) {
    add("today", score, flagged);
    continue;
  }
  const lang = (["en", "es", "fr", "de", "pt", "it"].includes(u.language) ? u.language : "en") as "en";
  const own = fold(u.text.toLowerCase());
  const bad = (w: string): boolean =>
    w.length >= min &&
    (lists.get(lang)!.has(w) || (lang !== "en" && lists.get("en")!.has(w) && !isWord(w, lang as Language))) &&
    !own.includes(w);
  for (let i = min; i <= label.length - 2; i++) {
    const head = label.slice(0, i);
    const tail = label.slice(label.length - i);
    // A longer word of the label that starts (ends) with the same letters is what a reader sees: "deadline".
    const hit = bad(head) && !isWord(label.slice(0, i + 1), lang) ? head : bad(tail) && !isWord(label.slice(label.length - i - 1), lang) ? tail : undefined;
    if (hit) {
      add("edge", score, flagged);
      shown.push(`${domain} (${hit}) ${score.toFixed(1)}${flagged ? " flagged" : ""}`);
      break;
    }
  }
}
for (const [k, [n, s, f]] of Object.entries(stats))
  console.log(`${k}: ${n} labelled product names, mean ${(s / Math.max(1, n)).toFixed(2)}, flagged unintended ${(f / Math.max(1, n)).toFixed(2)}`);
console.log(shown.slice(0, 60).join("\n"));
