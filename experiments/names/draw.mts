/**
 * How a round's descriptions are drawn (each round's pre-registration names its seed and the samples it leaves out;
 * the per-round scripts under experiments/names/<round>/ call these):
 *   - outsideSample: 150 (or `size`) descriptions of the outside writers w12-w17, w20-w22, earlier rounds' samples
 *     left out;
 *   - differing: of a sample's descriptions whose shown five differ (differ.txt), 60;
 *   - unlabelledPoolIds: the fit writers' (w23-w26) descriptions no round has labelled whose crafted pool holds a
 *     concept-name candidate outside its top 10, the first 60 in a shuffled order.
 * Every draw is Rng(seed).shuffle, so the same seed and inputs give the same ids.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { Rng } from "../../src/core/random.js";
import { craftedCandidates } from "../../src/generate/index.js";
import { understand } from "../../src/understand/index.js";
import { readDescriptions } from "../../scripts/ground-truth.js";

const OUTSIDE_WRITERS = ["w12", "w13", "w14", "w15", "w16", "w17", "w20", "w21", "w22"];

export function outsideSample(seed: number, earlierRounds: readonly string[], size = 150): string[] {
  const used = new Set<string>();
  for (const round of earlierRounds)
    for (const id of readFileSync(`experiments/names/${round}/sample.txt`, "utf8").split("\n")) if (id) used.add(id);
  const open = readDescriptions(OUTSIDE_WRITERS)
    .map((d) => d.id)
    .filter((id) => !used.has(id));
  const sample = new Rng(seed).shuffle(open).slice(0, size);
  console.error(`${open.length} left; ${sample.length} drawn`);
  return sample;
}

/**
 * The descriptions whose shown five differ as a set between two list files of a round's folder ({id, domains} JSONL,
 * as experiments/names/dump-suggestions.ts writes them), written to the round's differ.txt for `differing`.
 */
export function writeDiffering(round: string, ours: string, before: string): void {
  const lists = (file: string): Map<string, string> =>
    new Map(
      readFileSync(`experiments/names/${round}/${file}`, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; domains: string[] })
        .map((r) => [r.id, [...r.domains].sort().join(" ")]),
    );
  const a = lists(ours);
  const b = lists(before);
  const differ = [...b.keys()].filter((id) => a.get(id) !== b.get(id));
  writeFileSync(`experiments/names/${round}/differ.txt`, differ.join("\n") + "\n");
  console.error(`${differ.length} of ${b.size} differ`);
}

export function differing(round: string, seed: number): string[] {
  const differ = readFileSync(`experiments/names/${round}/differ.txt`, "utf8").split("\n").filter(Boolean);
  return new Rng(seed).shuffle(differ).slice(0, 60);
}

export function unlabelledPoolIds(seed: number): string[] {
  const labelled = new Set<string>();
  for (const round of readdirSync("data/built/judging/rounds"))
    for (const line of readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8").split("\n"))
      if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
  const open = readDescriptions(["w23", "w24", "w25", "w26"]).filter((d) => !labelled.has(d.id));
  const picked: string[] = [];
  for (const d of new Rng(seed).shuffle(open)) {
    if (picked.length === 60) break;
    const pool = craftedCandidates(understand(d.text), { limit: 200 });
    if (pool.slice(10).some((c) => c.method === "crafted:concept-name")) picked.push(d.id);
  }
  console.error(`${open.length} unlabelled; ${picked.length} drawn`);
  return picked;
}

/**
 * The descriptions some round numbered below `round` labelled (its key.jsonl), with the other kinds of round (pool
 * labelling p41-p43, test looks): what a draw made when `round` was built had been judged already. Rounds drawn
 * together (v107 and v108) used different splits, so the later one's own number leaves nothing out it should keep.
 */
export function labelledBefore(round: string): Set<string> {
  const number = (r: string): number => (/^v\d+$/.test(r) ? Number(r.slice(1)) : -1);
  const labelled = new Set<string>();
  for (const r of readdirSync("data/built/judging/rounds")) {
    if (number(r) >= number(round)) continue;
    for (const line of readFileSync(`data/built/judging/rounds/${r}/key.jsonl`, "utf8").split("\n"))
      if (line.trim()) labelled.add((JSON.parse(line) as { id: string }).id);
  }
  return labelled;
}

/**
 * A round's draw from two list files of its folder: the descriptions whose shown five differ (differ.txt), less those
 * an earlier round labelled, shuffled by the seed; the first `size`.
 */
export function drawUnlabelled(round: string, ours: string, before: string, seed: number, size = 60): string[] {
  writeDiffering(round, ours, before);
  const labelled = labelledBefore(round);
  const open = readFileSync(`experiments/names/${round}/differ.txt`, "utf8")
    .split("\n")
    .filter((id) => id && !labelled.has(id));
  console.error(`${open.length} differing and unlabelled`);
  return new Rng(seed).shuffle(open).slice(0, size);
}
