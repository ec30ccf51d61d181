/**
 * v49's judged descriptions (PREREGISTRATION-v49.md): the dev2 descriptions whose shown five differ as a set between
 * the shipped lists and the lists without concept names (written to differ.txt), then 60 of them drawn with seed 49.
 *   node --import tsx experiments/names/v49/draw-round.mts > experiments/names/v49/round-ids.txt
 */
import { readFileSync, writeFileSync } from "node:fs";
import { differing } from "../draw.mjs";

const lists = (file: string): Map<string, string> =>
  new Map(
    readFileSync(`experiments/names/v49/${file}`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; domains: string[] })
      .map((r) => [r.id, [...r.domains].sort().join(" ")]),
  );
const shipped = lists("shipped.jsonl");
const none = lists("none.jsonl");
const differ = [...shipped.keys()].filter((id) => shipped.get(id) !== none.get(id));
writeFileSync("experiments/names/v49/differ.txt", differ.join("\n") + "\n");
console.error(`${differ.length} of ${shipped.size} differ`);
console.log(differing("v49", 49).join("\n"));
