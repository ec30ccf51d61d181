/**
 * v50's judged descriptions (PREREGISTRATION-v50.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists with cn19-cn23 (written to differ.txt), then 60 of them drawn with seed 50.
 *   node --import tsx experiments/names/v50/draw-round.mts > experiments/names/v50/round-ids.txt
 */
import { readFileSync, writeFileSync } from "node:fs";
import { differing } from "../draw.mjs";

const lists = (file: string): Map<string, string> =>
  new Map(
    readFileSync(`experiments/names/v50/${file}`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; domains: string[] })
      .map((r) => [r.id, [...r.domains].sort().join(" ")]),
  );
const wide = lists("wide.jsonl");
const shipped = lists("shipped.jsonl");
const differ = [...shipped.keys()].filter((id) => shipped.get(id) !== wide.get(id));
writeFileSync("experiments/names/v50/differ.txt", differ.join("\n") + "\n");
console.error(`${differ.length} of ${shipped.size} differ`);
console.log(differing("v50", 50).join("\n"));
