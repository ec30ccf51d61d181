/**
 * Writes the default generator's top names for a writer's descriptions as JSONL {id, domains}, so that two
 * checkouts' outputs can be compared or judged (scripts/build-judging-round.ts source file=<path>).
 *   node --import tsx experiments/names/dump-suggestions.ts w4 OUT.jsonl [count]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed } from "../../src/index.js";

const [writer, out, count] = process.argv.slice(2);
if (!writer || !out) throw new Error("usage: dump-suggestions.ts <writer> <out.jsonl> [count]");
const generators = resolveGenerators("crafted");
const lines: string[] = [];
for (const l of readFileSync(`data/sources/descriptions/${writer}.jsonl`, "utf8").split("\n").filter(Boolean)) {
  const d = JSON.parse(l) as { id: string; text: string };
  // A description with nothing to name from gets no names (the CLI exits 2 on it), not the end of the dump.
  const res = await suggestDetailed(d.text, { count: Number(count ?? 5), generators }).catch((e: unknown) => {
    if (e instanceof InputError) return undefined;
    throw e;
  });
  const domains = res?.status === "success" ? res.suggestions.map((s) => s.display) : [];
  lines.push(JSON.stringify({ id: d.id, domains }));
}
writeFileSync(out, lines.join("\n") + "\n");
