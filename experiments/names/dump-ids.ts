/**
 * Like dump-suggestions.ts, for a list of description ids (one per line, any writers): the default generator's
 * top names as JSONL {id, domains}, in the list's order, for two checkouts' lists to be compared or judged.
 *   node --import tsx experiments/names/dump-ids.ts IDS.txt OUT.jsonl [count]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed } from "../../src/index.js";

const [idsFile, out, count] = process.argv.slice(2);
if (!idsFile || !out) throw new Error("usage: dump-ids.ts IDS.txt OUT.jsonl [count]");
const ids = readFileSync(idsFile, "utf8").split("\n").filter(Boolean);
const texts = new Map<string, string>();
for (const w of new Set(ids.map((id) => id.split("-")[0]!)))
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; text: string };
    texts.set(d.id, d.text);
  }
const generators = resolveGenerators("crafted");
const lines: string[] = [];
for (const id of ids) {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`no description ${id}`);
  const res = await suggestDetailed(text, { count: Number(count ?? 5), generators }).catch((e: unknown) => {
    if (e instanceof InputError) return undefined;
    throw e;
  });
  lines.push(JSON.stringify({ id, domains: res?.status === "success" ? res.suggestions.map((s) => s.display) : [] }));
}
writeFileSync(out, lines.join("\n") + "\n");
