/**
 * npm run train:rs — the sampling half of a rejection-sampling round: the fine-tuned model samples many
 * names per training description; a name is kept when the name guard passes (checkName), the domain is
 * valid, and its rubric score is at least the threshold and among the `keep` best of its description.
 * Kept names are merged with the description's original targets (best `max` by score) and written to
 * runs/<from>/rs-targets.jsonl, and runs/<from>/rs-train.jsonl = every training target set with those
 * descriptions' sets replaced by the merged ones (what the RS fine-tune trains on):
 *
 *   npm run train:rs -- --from ft-s1 --limit 1500 --samples 24 --keep 4 --threshold 7.5
 *   npm run train:finetune -- --run rs-s1 --base ft-s1 --base-file runs/ft-s1/merged.safetensors \
 *       --targets runs/ft-s1/rs-train.jsonl --lr 1e-3 --steps 800 --ship
 * A second round starts from the first round's sets: --from rs-s1 --targets runs/ft-s1/rs-train.jsonl --seed 2.
 * Resumable: descriptions already in the output are skipped. `--out DIR` (relative to the repository) writes
 * the two files there instead, so a second round from the same model does not need a copy of its folder:
 *   npm run train:rs -- --from rs3-s1 --targets runs/rs2-s1/rs-train.jsonl --out runs/rs3-round3 ...
 */
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { setThreads } from "../../engine/index.js";
import { understand } from "../../understand/index.js";
import { createModelGenerator, loadModelBundle } from "../../generate/neural/index.js";
import {
  mergeTargetSet,
  readDescriptions,
  readTargets,
  realisticItems,
  selectSamples,
  TRAINING_WRITERS,
  type TargetName,
} from "../index.js";
import { DATASET_DIR, ROOT, TARGETS_DIR, log, num, outDir, seededSubset, str, type Flags } from "./args.js";

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  // --prefer rare: keep the passing samples drawn fewest times first (SelectionOptions.prefer).
  const prefer = str(f.prefer, "score");
  if (prefer !== "score" && prefer !== "rare") throw new Error(`--prefer must be score or rare, got ${prefer}`);
  // --own N: when at least N samples pass, the description's new set is the model's own samples alone
  // (no merge with its current targets): a stronger push toward the model's best modes.
  const own = num(f.own, Infinity);
  setThreads(num(f.threads, 1));
  const from = str(f.from, "ft-s1");
  const dir = join(ROOT, "runs", from);
  const writeDir = outDir(f.out, dir);
  const samples = num(f.samples, 24);
  const keep = num(f.keep, 4);
  const threshold = num(f.threshold, 7.5);
  const max = num(f.max, 8);
  const seed = num(f.seed, 1);
  // --retries: redraw repeated names (see DEFAULT_RETRIES); 0 by default, as the shipped lineage's rounds were run.
  const gen = createModelGenerator({
    bundle: loadModelBundle(dir, "merged.safetensors"),
    maxSamples: samples,
    seed: 1000 + seed,
    retries: num(f.retries, 0),
    // Sample as the product does (the shipped temperature), so the round sharpens the distribution users get.
    sampling: { temperature: num(f.temperature, 1), topP: num(f["top-p"], 0.95) },
  });
  // "realistic" (default): the hand-written training descriptions, whose sets start as their expert references,
  // scored by the model-names judge (the one judge validated on model-made names); "template": the template dataset
  // and its lexical targets, scored by the rubric.
  const corpus = str(f.corpus, "realistic");
  const scorer = str(f.scorer, corpus === "realistic" ? "model-judge" : "rubric");
  if (scorer !== "rubric" && scorer !== "learned" && scorer !== "model-judge")
    throw new Error(`--scorer must be rubric, learned or model-judge, got ${scorer}`);
  const writers = f.writers ? str(f.writers, "").split(",") : [...TRAINING_WRITERS];
  const realistic = corpus === "realistic" ? realisticItems(ROOT, writers) : [];
  // The target sets this round starts from: the corpus's own, or a previous round's rs-train.jsonl.
  const targets = f.targets
    ? readTargets(join(ROOT, str(f.targets, "")))
    : corpus === "realistic"
      ? new Map(realistic.map((it) => [it.id, [...it.names]]))
      : readTargets(join(TARGETS_DIR, "train.jsonl"));
  const texts =
    corpus === "realistic"
      ? realistic.map((it) => ({ id: it.id, business_description: it.description }))
      : readDescriptions(join(DATASET_DIR, "train.jsonl"));
  const records = seededSubset(
    texts.filter((r) => targets.has(r.id)),
    num(f.limit, 1500),
    seed + 77,
  );
  const out = join(writeDir, "rs-targets.jsonl");
  const done = existsSync(out) ? readTargets(out) : new Map<string, TargetName[]>();
  const todo = records.filter((r) => !done.has(r.id));
  log(`rejection sampling with ${from}: ${todo.length} descriptions to go, ${samples} samples each`);
  const t0 = Date.now();
  let kept = 0;
  let sampled = 0;
  let buf: string[] = [];
  todo.forEach((r, i) => {
    const u = understand(r.business_description);
    const cands = gen.generate(u, samples);
    sampled += cands.length;
    const picked = selectSamples(cands, u, { threshold, keep, prefer, scorer });
    kept += picked.length;
    const merged = mergeTargetSet(picked, picked.length >= own ? [] : (targets.get(r.id) ?? []), max);
    buf.push(JSON.stringify({ id: r.id, names: merged, selected: picked.length }));
    if (buf.length >= 50 || i === todo.length - 1) {
      appendFileSync(out, buf.join("\n") + "\n");
      buf = [];
      const rate = (i + 1) / ((Date.now() - t0) / 1000);
      log(
        `${i + 1}/${todo.length} kept ${kept} of ${sampled} unique samples (${rate.toFixed(1)}/s, ETA ${((todo.length - i - 1) / rate / 60).toFixed(1)} min)`,
      );
    }
  });
  const rs = readTargets(out);
  const lines = [...targets.entries()].map(([id, names]) => JSON.stringify({ id, names: rs.get(id) ?? names }));
  writeFileSync(join(writeDir, "rs-train.jsonl"), lines.join("\n") + "\n");
  log(
    `${relative(ROOT, join(writeDir, "rs-train.jsonl"))}: ${targets.size} target sets, ${rs.size} of them from rejection sampling`,
  );
}
