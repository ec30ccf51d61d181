/**
 * Round v55's variant (PREREGISTRATION-v55.md): sc7-sc10's rewrites with names only, written into a checkout's
 * data/sources/concept-names/ (their keeps and rewrites with none left out).
 *   node --import tsx experiments/names/v55/names-only.mts <checkout root>
 */
import { readFileSync, writeFileSync } from "node:fs";

const root = process.argv[2];
if (!root) throw new Error("usage: names-only.mts <checkout root>");
for (const w of ["sc7", "sc8", "sc9", "sc10"]) {
  const lines = readFileSync(`data/sources/concept-names/next/${w}.jsonl`, "utf8")
    .split("\n")
    .filter(Boolean)
    .filter((l) => {
      const r = JSON.parse(l) as { verdict: string; names?: string[] };
      return r.verdict === "rewrite" && (r.names?.length ?? 0) > 0;
    });
  writeFileSync(`${root}/data/sources/concept-names/${w}.jsonl`, lines.join("\n") + "\n");
  console.error(`${w}: ${lines.length} rewrites with names`);
}
