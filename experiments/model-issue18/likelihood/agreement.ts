/**
 * Does a fine-tuned model's likelihood of a name, given the request's prompt, agree with the blind judges better
 * than the learned judge? For every blind-labelled (description, domain) pair of descriptions the model never trained
 * on (validation writer w4 in the first pool and rounds v2-v21; writers w23-w26 in rounds v19-v20, which no run here
 * trained on), scores log P(name | prompt) under a model in the task format: the name's tokens and its TLD token,
 * after the prompt. Also P(name | empty prompt) under the same model, so that the pointwise mutual information
 * log P(name | prompt) - log P(name | no words) separates "a likely name" from "a name for this request".
 * Prints Spearman with the blind mean (all pairs; decoys apart) and the mean within-description Spearman, beside the
 * learned judge and the hand rubric on the same pairs.
 *
 *   npx tsx experiments/model-issue18/likelihood/agreement.ts run=full-c4 [--out rows.jsonl]
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { understand, type Understanding } from "../../../src/understand/index.js";
import { loadModelBundle, type ModelBundle } from "../../../src/generate/neural/index.js";
import { encodeName, promptLayout, type PromptFormat } from "../../../src/generate/neural/format.js";
import { forward } from "../../../src/engine/index.js";
import { learnedScore, scoreName } from "../../../src/score/index.js";
import { spearman } from "../../../src/evaluate/index.js";
import { readDescriptions, readRound } from "../../../scripts/ground-truth.js";

const args = process.argv.slice(2);
const source = args[0] ?? "run=full-c4";
const outFile = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
const HELD_OUT = new Set(["w4", "w23", "w24", "w25", "w26"]);

function loadSource(name: string): ModelBundle {
  if (name.startsWith("run=")) {
    const dir = join("runs", name.slice(4));
    const file = existsSync(join(dir, "merged.safetensors")) ? "merged.safetensors" : "model.safetensors";
    return loadModelBundle(dir, file);
  }
  return loadModelBundle(name);
}
const bundle = loadSource(source);
const format = (bundle.format ?? 3) as PromptFormat;
const tok = bundle.tokenizer;
const V = bundle.model.config.vocabSize;

interface Pair {
  id: string;
  writer: string;
  domain: string;
  source: string;
  blind: number;
}
const pairs = new Map<string, Pair & { n: number }>();
const rounds: string[] = [];
for (let v = 2; v <= 40; v++) if (existsSync(`data/built/judging/rounds/v${v}/key.jsonl`)) rounds.push(`v${v}`);
for (const r of rounds)
  for (const p of readRound(r)) {
    if (!HELD_OUT.has(p.key.writer)) continue;
    const k = `${p.key.id} ${p.key.domain.toLowerCase()}`;
    const mean = p.scores.reduce((a, b) => a + b, 0) / p.scores.length;
    const old = pairs.get(k);
    const src = p.key.sources.some((s) => s.source === "decoy") ? "decoy" : p.key.sources.some((s) => s.source === "reference") ? "reference" : "ours";
    if (old) {
      old.blind = (old.blind * old.n + mean * p.scores.length) / (old.n + p.scores.length);
      old.n += p.scores.length;
    } else pairs.set(k, { id: p.key.id, writer: p.key.writer, domain: p.key.domain.toLowerCase(), source: src, blind: mean, n: p.scores.length });
  }
const texts = new Map(readDescriptions([...HELD_OUT]).map((d) => [d.id, d.text]));
const byDesc = new Map<string, (Pair & { n: number })[]>();
for (const p of pairs.values()) if (texts.has(p.id)) byDesc.set(p.id, [...(byDesc.get(p.id) ?? []), p]);

/** Sum of log-probabilities of `answer` after `prompt`, for many answers at once. */
function logProbs(prompt: number[], answers: number[][]): number[] {
  const T = prompt.length + Math.max(...answers.map((a) => a.length)) - 1;
  const B = answers.length;
  const tokens = new Int32Array(B * T).fill(tok.specialId("<pad>"));
  answers.forEach((a, b) => [...prompt, ...a].slice(0, T).forEach((t, i) => (tokens[b * T + i] = t)));
  const acts = forward(bundle.model, tokens, B, T);
  return answers.map((a, b) => {
    let s = 0;
    for (let j = 0; j < a.length; j++) {
      const pos = prompt.length - 1 + j;
      const row = acts.logits.subarray((b * T + pos) * V, (b * T + pos + 1) * V);
      let m = -Infinity;
      for (let v = 0; v < V; v++) if (row[v]! > m) m = row[v]!;
      let z = 0;
      for (let v = 0; v < V; v++) z += Math.exp(row[v]! - m);
      s += row[a[j]!]! - m - Math.log(z);
    }
    return s;
  });
}

interface Row extends Pair {
  lp: number;
  lpEmpty: number;
  tokens: number;
  learned: number;
  rubric: number;
}
const rows: Row[] = [];
let skipped = 0;
let done = 0;
for (const [id, ps] of byDesc) {
  const u: Understanding = understand(texts.get(id)!);
  const { ids: prompt, words } = promptLayout(tok, u, format);
  // The same request with no words: <bos> <lang> <sep>.
  const empty = [prompt[0]!, prompt[1]!, tok.specialId("<sep>")];
  const enc = ps.map((p) => {
    const [label, ...rest] = p.domain.split(".");
    const tld = rest.join(".");
    return { p, label: label!, tld, ids: encodeName(tok, label!, tld, format === 4 ? words : undefined), plain: encodeName(tok, label!, tld) };
  });
  const ok = enc.filter((e) => e.ids && e.plain);
  skipped += enc.length - ok.length;
  if (ok.length === 0) continue;
  const lp = logProbs(prompt, ok.map((e) => e.ids!));
  const lpEmpty = logProbs(empty, ok.map((e) => e.plain!));
  ok.forEach((e, i) =>
    rows.push({
      ...e.p,
      lp: lp[i]!,
      lpEmpty: lpEmpty[i]!,
      tokens: e.ids!.length,
      learned: learnedScore(e.label, e.tld, u).score,
      rubric: scoreName(e.label, e.tld, u).overall,
    }),
  );
  if (++done % 100 === 0) process.stderr.write(`${done}/${byDesc.size} descriptions\n`);
}
if (outFile) writeFileSync(outFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");

const scorers: Record<string, (r: Row) => number> = {
  "log P(name | prompt)": (r) => r.lp,
  "per token": (r) => r.lp / r.tokens,
  "PMI (prompt vs no words)": (r) => r.lp - r.lpEmpty,
  "log P + PMI": (r) => 2 * r.lp - r.lpEmpty,
  "learned judge": (r) => r.learned,
  "hand rubric": (r) => r.rubric,
};
function within(set: Row[], f: (r: Row) => number): number {
  const groups = new Map<string, Row[]>();
  for (const r of set) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
  let s = 0, n = 0;
  for (const g of groups.values()) {
    if (g.length < 4) continue;
    const v = spearman(g.map((r) => r.blind), g.map(f));
    if (Number.isFinite(v)) { s += v; n++; }
  }
  return s / n;
}
const sets: Record<string, Row[]> = {
  "all pairs": rows,
  "without decoys": rows.filter((r) => r.source !== "decoy"),
  "our names only": rows.filter((r) => r.source === "ours"),
};
console.log(`${source} (prompt format ${format}): ${rows.length} labelled pairs of ${byDesc.size} held-out descriptions (${skipped} not expressible)`);
console.log(`| scorer | ${Object.keys(sets).map((s) => `${s} (all / within)`).join(" | ")} |`);
console.log(`|---|${Object.keys(sets).map(() => "---").join("|")}|`);
for (const [name, f] of Object.entries(scorers))
  console.log(`| ${name} | ${Object.values(sets).map((set) => `${spearman(set.map((r) => r.blind), set.map(f)).toFixed(3)} / ${within(set, f).toFixed(3)}`).join(" | ")} |`);
