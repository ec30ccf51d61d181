/**
 * Training data for the crafted generator's prior from blind labels: for every w4 description judged in rounds
 * v2-v13, every crafted candidate the current checkout makes (all of them, not just the shown ones) that some
 * judge scored, with its features, method and the mean blind score of its label (over judges, rounds and TLDs).
 *   node --import tsx experiments/names/v14/prior-data.ts > experiments/names/v14/prior-data.jsonl
 */
import { readFileSync, readdirSync } from "node:fs";
import { understand } from "../../../src/index.js";
import { craftedScored } from "../../../src/generate/crafted.js";
import { validationDescriptions } from "../v13/labels.js";

const rounds = readdirSync("data/built/judging/rounds").filter((r) => /^v\d+$/.test(r));
const scores = new Map<string, number[]>(); // "id label" -> scores
for (const round of rounds) {
  const key = new Map(
    readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { task: string; id: string; domain: string; writer: string })
      .filter((x) => x.writer === "w4")
      .map((x) => [x.task, x]),
  );
  const dir = `data/sources/judgments/${round}`;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl")))
    for (const l of readFileSync(`${dir}/${f}`, "utf8").trim().split("\n")) {
      const j = JSON.parse(l) as { task: string; score: number };
      const x = key.get(j.task);
      if (!x) continue;
      const k = `${x.id} ${x.domain.slice(0, x.domain.indexOf("."))}`;
      scores.set(k, [...(scores.get(k) ?? []), j.score]);
    }
}
const texts = validationDescriptions();
const ids = [...new Set([...scores.keys()].map((k) => k.split(" ")[0]!))].sort();
let rows = 0;
for (const id of ids) {
  const d = texts.get(id);
  if (!d) continue;
  const u = understand(d.text);
  for (const c of craftedScored(u)) {
    const s = scores.get(`${id} ${c.label}`);
    if (!s) continue;
    rows++;
    console.log(
      JSON.stringify({ id, label: c.label, method: c.method, f: c.features, logp: c.logp, score: s.reduce((a, b) => a + b, 0) / s.length, n: s.length }),
    );
  }
}
console.error(`${ids.length} descriptions, ${rows} labelled candidates`);
