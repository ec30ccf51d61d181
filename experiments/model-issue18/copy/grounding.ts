/**
 * How often do the experts' names reuse a word the format-3 prompt offers? If often, a copy token per prompt
 * slot ("<c3>" = the third prompt word) lets a small model ground names by pointing instead of spelling.
 * Usage: npx tsx experiments/model-issue18/copy/grounding.ts [limit]
 */
import { realisticItems, TRAINING_WRITERS } from "../../../src/train/realistic.js";
import { understand } from "../../../src/understand/index.js";
import { promptWords } from "../../../src/generate/neural/format.js";

const limit = Number(process.argv[2] ?? 600);
const items = realisticItems(process.cwd(), TRAINING_WRITERS, false).slice(0, limit);
let names = 0, full = 0, stem = 0;
const slotHits = new Array<number>(16).fill(0);
for (const it of items) {
  const words = promptWords(understand(it.description)).filter((w) => w.length >= 3);
  for (const n of it.names) {
    names++;
    const i = words.findIndex((w) => n.label.includes(w));
    if (i >= 0) { full++; slotHits[i]!++; continue; }
    if (words.some((w) => w.length >= 5 && n.label.includes(w.slice(0, 4)))) stem++;
  }
}
console.log({ items: items.length, names, wholeWord: full / names, stemOnly: stem / names, slotHits });
