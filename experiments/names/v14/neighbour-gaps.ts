/**
 * How close the nearest training description is for each of w4's validation descriptions (the naming
 * knowledge's neighbours, absolute cosine similarity): the distribution, and the farthest requests with their
 * language, to brief new training writers toward the gaps.
 *   node --import tsx experiments/names/v14/neighbour-gaps.ts [--list N]
 */
import { validationDescriptions } from "../v13/labels.js";
import { understand } from "../../../src/index.js";
import { namingContext } from "../../../src/naming/index.js";

const list = Number(process.argv[process.argv.indexOf("--list") + 1] || 0);
const rows: { id: string; best: number; lang: string; text: string }[] = [];
for (const [id, { text }] of validationDescriptions()) {
  const u = understand(text);
  const ctx = namingContext(u);
  const best = ctx.neighbours.reduce((m, n) => Math.max(m, n.sim), 0);
  rows.push({ id, best, lang: u.language, text });
}
const bins = [0, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01];
console.log(`${rows.length} w4 descriptions; best neighbour similarity:`);
for (let i = 0; i + 1 < bins.length; i++) {
  const n = rows.filter((r) => r.best >= bins[i]! && r.best < bins[i + 1]!).length;
  console.log(`  ${bins[i]!.toFixed(2)}-${bins[i + 1]!.toFixed(2)}: ${n}`);
}
const mean = rows.reduce((a, r) => a + r.best, 0) / rows.length;
console.log(`mean best similarity ${mean.toFixed(3)}`);
rows.sort((a, b) => a.best - b.best);
for (const r of rows.slice(0, list)) console.log(`${r.best.toFixed(2)} ${r.lang} ${r.text.slice(0, 130)}`);
