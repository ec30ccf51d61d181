/**
 * What the brand list (data/sources/naming-brands) adds to the unwanted-word check: for every labelled product name
 * of every round (parts unknown, so the label is read as one part, by its segmentation and by its splits), the names
 * the check now catches because of a brand, with their mean blind score and "unintended" flag rate, against all
 * labelled product names; and how many of the shipped lists' names in a sample of unlabelled writers it would remove.
 *   node --import tsx experiments/names/brands-check.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { roundJudgments } from "./round-labels.js";
import { understand } from "../../src/understand/index.js";
import { unwantedWord } from "../../src/naming/index.js";
import { wordLists } from "../../src/naming/wordlists.js";

const texts = new Map<string, string>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)))
  for (const l of readFileSync(`data/sources/descriptions/${f}`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    texts.set(d.id, d.text);
  }
const unwanted = new Set([...wordLists("naming-unwanted").values()].flatMap((s) => [...s]));
const understood = new Map<string, ReturnType<typeof understand>>();
const all = { n: 0, score: 0, flagged: 0 };
const caught = { n: 0, score: 0, flagged: 0 };
const examples: string[] = [];
for (const [key, js] of roundJudgments()) {
  const [id, domain] = key.split(" ") as [string, string];
  const text = texts.get(id);
  if (text === undefined || id.startsWith("w5-") || id.startsWith("w18-") || id.startsWith("w19-")) continue;
  const product = js.filter((j) => !j.sources.some((s) => s.source === "reference" || s.source === "decoy"));
  if (product.length === 0) continue;
  const score = product.reduce((a, j) => a + j.score, 0) / product.length;
  const flagged = product.filter((j) => j.flag === "unintended").length / product.length;
  all.n++;
  all.score += score;
  all.flagged += flagged;
  let u = understood.get(id);
  if (!u) understood.set(id, (u = understand(text)));
  const label = domain.slice(0, domain.indexOf(".")).replace(/-/g, "");
  const w = unwantedWord(label, [label], u);
  if (w === undefined || unwanted.has(w)) continue;
  caught.n++;
  caught.score += score;
  caught.flagged += flagged;
  examples.push(`${domain} (${w}) ${score.toFixed(1)}${flagged > 0 ? " flagged" : ""}`);
}
const line = (name: string, s: typeof all) =>
  `${name}: ${s.n} names, mean ${(s.score / Math.max(1, s.n)).toFixed(2)}, unintended ${((100 * s.flagged) / Math.max(1, s.n)).toFixed(0)}%`;
console.log(line("all labelled product names", all));
console.log(line("caught by a brand", caught));
console.log(examples.join("\n"));
