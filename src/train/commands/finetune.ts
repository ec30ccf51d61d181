/**
 * npm run train:finetune — LoRA fine-tuning of a base model on the task format (description -> names).
 * Seed recipe: rank 8, alpha 16, dropout 0.05 on q,k,v,o; lr 1e-4; grad clip 0.5. Loss on the names only.
 * Also used for the rejection-sampling round (--targets runs/<rs>/rs-targets.jsonl --base-file <merged>).
 * Resumable: rerun the same command. With --ship the best adapter is merged and written to
 * models/namewright-small/ (model.safetensors, tokenizer.json, model.json, the adapter, the run summary).
 *
 *   npm run train:finetune -- --run lora-a1x --base base-a1 --writers w1,w2,w3,w6,w7,w8,w9,w10,w11 --steps 2000
 *   npm run train:finetune -- --run full-a1x --base base-a1 --writers ... --full --lr 5e-4 --steps 2000
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  attachLora,
  createLora,
  createTrainer,
  mergeLora,
  Rng,
  setThreads,
  DEFAULT_LORA_TARGETS,
  type LoraConfig,
} from "../../engine/index.js";
import {
  loadCheckpoint,
  loadLoraSafetensors,
  loadModelSafetensors,
  modelToGguf,
  readModelFile,
  saveLoraSafetensors,
  saveModelSafetensors,
  writeFileAtomic,
} from "../../formats/index.js";
import { Tokenizer, tokenizerToGgufVocab } from "../../tokenizer/index.js";
import { GENERATION_CONFIG_FILE } from "../../generate/neural/index.js";
import {
  buildExamples,
  hasCheckpoint,
  openRun,
  readDescriptions,
  readMetrics,
  readTargets,
  runLoop,
  saveRunFile,
  understandAll,
  writeBundle,
  realisticItems,
  CHECKPOINT_FILE,
  PROMPT_FORMAT,
  PROMPT_FORMATS,
  TRAINING_WRITERS,
  VALIDATION_WRITERS,
  type DescribedTargets,
  type PromptFormat,
  type TargetName,
} from "../index.js";
import { DATASET_DIR, EXPERIMENT_DIR, MODEL_DIR, ROOT, TARGETS_DIR, log, num, str, type Flags } from "./args.js";

function items(split: string, targetsFile: string, limit: number): DescribedTargets[] {
  const targets = readTargets(targetsFile);
  const out: DescribedTargets[] = [];
  for (const d of readDescriptions(join(DATASET_DIR, `${split}.jsonl`))) {
    const names: TargetName[] | undefined = targets.get(d.id);
    if (names && names.length > 0) out.push({ id: d.id, description: d.business_description, names });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The run's training and validation items. "realistic" (default): the hand-written training writers'
 * descriptions with their expert references (and our names blind judges rated >= 7), validated on the
 * validation writer's descriptions and references; `--targets FILE` replaces the training targets (a
 * rejection-sampling round's), keyed by the same ids. "template": the template dataset with the pipeline's targets.
 */
function runItems(
  corpus: string,
  writers: readonly string[],
  targets: string,
  limit: number,
  valLimit: number,
): { train: DescribedTargets[]; val: DescribedTargets[] } {
  if (corpus === "template")
    return {
      train: items("train", join(ROOT, targets), limit),
      val: items("val", join(TARGETS_DIR, "val.jsonl"), valLimit),
    };
  if (corpus !== "realistic") throw new Error(`--corpus must be realistic or template, got ${corpus}`);
  let train = realisticItems(ROOT, writers);
  if (targets !== "") {
    const replaced = readTargets(join(ROOT, targets));
    train = train.flatMap((it) => {
      const names = replaced.get(it.id);
      return names && names.length > 0 ? [{ ...it, names }] : [];
    });
  }
  return { train: train.slice(0, limit), val: realisticItems(ROOT, VALIDATION_WRITERS, false).slice(0, valLimit) };
}

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  // Which weights become the run's model: the best on validation loss (default), or the last step's.
  // The rejection-sampling round uses "last": its validation loss is measured against the lexical targets
  // that the round deliberately moves away from, so best-validation selection would undo it.
  const keep = str(f.keep, "best");
  if (keep !== "best" && keep !== "last") throw new Error(`--keep must be best or last, got ${keep}`);
  const seed = num(f.seed, 1);
  const baseRun = str(f.base, "base-s1");
  const baseFile = str(f["base-file"], join("runs", baseRun, "model.safetensors"));
  const lora: LoraConfig = {
    rank: num(f.rank, 8),
    alpha: num(f.alpha, 16),
    dropout: num(f.dropout, 0.05),
    targets: [...DEFAULT_LORA_TARGETS],
  };
  const corpus = str(f.corpus, "realistic");
  const format = num(f.format, PROMPT_FORMAT) as PromptFormat;
  if (!PROMPT_FORMATS.includes(format)) throw new Error(`--format must be one of ${PROMPT_FORMATS.join(", ")}`);
  const writers = f.writers ? str(f.writers, "").split(",") : [...TRAINING_WRITERS];
  const config = {
    kind: f.full ? "finetune-full" : "finetune",
    corpus,
    ...(corpus === "realistic" ? { writers, promptFormat: format } : {}),
    seed,
    baseRun,
    baseFile,
    tokenizer: join("runs", baseRun, "tokenizer.json"),
    lora: f.full ? null : lora,
    lr: num(f.lr, 1e-4),
    minLr: num(f.lr, 1e-4) / 10,
    warmupSteps: 50,
    totalSteps: num(f.steps, 2000),
    batchSize: num(f.batch, 16),
    clipNorm: num(f.clip, 0.5),
    weightDecay: 0,
    namesPerExample: num(f["names-per-example"], 4),
    targets: str(f.targets, corpus === "template" ? join("data", "built", "model-targets", "train.jsonl") : ""),
    limit: num(f.limit, 1e9),
    valLimit: num(f["val-limit"], 300),
    evalEvery: num(f["eval-every"], 200),
    patience: num(f.patience, 4),
    ...(keep === "last" ? { keep } : {}),
  };
  const run = openRun(ROOT, str(f.run, `ft-s${seed}`), config);
  setThreads(num(f.threads, 1));
  const tok = Tokenizer.fromJSON(readFileSync(join(ROOT, config.tokenizer), "utf8"));
  const base = loadModelSafetensors(readModelFile(join(ROOT, config.baseFile)));

  const { train: trainItems, val: valItems } = runItems(corpus, writers, config.targets, config.limit, config.valLimit);
  log(`understanding ${trainItems.length + valItems.length} descriptions`);
  const us = understandAll([...trainItems, ...valItems]);
  const train = buildExamples(tok, trainItems, us, config.namesPerExample, seed, format);
  const val = buildExamples(tok, valItems, us, config.namesPerExample, seed + 1, format);
  // The run folder is loadable as a bundle (scripts/model-sources.ts run=<id>): it says how to prompt it.
  saveRunFile(run, "model.json", JSON.stringify({ name: run.id, promptFormat: format }, null, 2) + "\n");
  const tokens = train.reduce((s, e) => s + e.tokens.length, 0);
  log(
    `${train.length} train examples (${tokens} tokens, ${((config.totalSteps * config.batchSize) / train.length).toFixed(2)} epochs), ${val.length} val examples`,
  );

  const schedule = {
    lr: config.lr,
    minLr: config.minLr,
    warmupSteps: config.warmupSteps,
    totalSteps: config.totalSteps,
  };
  // --full: a variant that trains every base weight (no adapter); its best weights are the merged model.
  const trainer = f.full
    ? hasCheckpoint(run)
      ? loadCheckpoint(readModelFile(join(run.dir, CHECKPOINT_FILE)))
      : createTrainer(base, { schedule, weightDecay: 0.01, clipNorm: config.clipNorm, seed })
    : hasCheckpoint(run)
      ? loadCheckpoint(readModelFile(join(run.dir, CHECKPOINT_FILE)), base)
      : (() => {
          attachLora(base, createLora(base.config, lora, new Rng(seed)));
          return createTrainer(base, {
            schedule,
            weightDecay: config.weightDecay,
            clipNorm: config.clipNorm,
            trainBase: false,
            seed,
          });
        })();
  if (trainer.opt.step > 0) log(`resuming at step ${trainer.opt.step}`);
  const result = runLoop({
    run,
    trainer,
    train,
    val,
    pad: tok.specialId("<pad>"),
    batchSize: config.batchSize,
    totalSteps: config.totalSteps,
    evalEvery: config.evalEvery,
    checkpointEverySec: 180,
    patience: config.patience,
    maxSeconds: f.minutes ? num(f.minutes, 0) * 60 : undefined,
    seed,
    snapshot: () => (f.full ? saveModelSafetensors(trainer.model) : saveLoraSafetensors(trainer.model.lora!)),
    bestFile: f.full ? "best.safetensors" : "adapter.safetensors",
    maxT: base.config.contextLength,
  });
  if (f.full) {
    if (keep === "last") saveRunFile(run, "merged.safetensors", saveModelSafetensors(trainer.model));
    else copyFileSync(join(run.dir, "best.safetensors"), join(run.dir, "merged.safetensors"));
    saveRunFile(run, "tokenizer.json", tok.toJSON());
    log(`${result.finished ? "finished" : "stopped by the time limit"}; best model: runs/${run.id}/merged.safetensors`);
    if (f.ship)
      ship(run.id, run.dir, loadModelSafetensors(readModelFile(join(run.dir, "merged.safetensors"))), tok, format);
    return;
  }
  if (!result.finished)
    log(
      `stopped by the time limit at step ${result.steps}; rerun the same command to continue. Merging the best adapter so far.`,
    );

  // The best adapter, merged into a fresh copy of the base: the fine-tuned model.
  const merged = loadModelSafetensors(readModelFile(join(ROOT, config.baseFile)));
  const adapter = loadLoraSafetensors(readModelFile(join(run.dir, "adapter.safetensors")), merged.config);
  mergeLora(merged.views, adapter);
  saveRunFile(run, "merged.safetensors", saveModelSafetensors(merged));
  saveRunFile(run, "tokenizer.json", tok.toJSON());
  log(`merged model: runs/${run.id}/merged.safetensors`);
  if (f.ship) ship(run.id, run.dir, merged, tok, format);
}

function ship(
  id: string,
  dir: string,
  merged: ReturnType<typeof loadModelSafetensors>,
  tok: Tokenizer,
  format: PromptFormat,
): void {
  const lineage: Array<{ run: string; config: unknown; best: unknown }> = [];
  for (let runId: string | undefined = id; runId;) {
    const rdir = join(ROOT, "runs", runId);
    const cfg = JSON.parse(readFileSync(join(rdir, "config.json"), "utf8")) as {
      baseRun?: string;
      parentRun?: string;
      baseFile?: string;
    };
    const metrics = readMetrics({ id: runId, dir: rdir });
    const vals = metrics.filter((m) => typeof m.val_loss === "number");
    lineage.push({
      run: runId,
      config: cfg,
      best: vals.sort((a, b) => (a.val_loss as number) - (b.val_loss as number))[0] ?? null,
    });
    // A run started from another fine-tune's weights (--base-file runs/<id>/...) descends from that run, not from
    // the base whose tokenizer it shares.
    const fromFile = /^runs\/([^/]+)\//.exec(cfg.baseFile ?? "")?.[1];
    runId = cfg.parentRun ?? (fromFile !== undefined && fromFile !== runId ? fromFile : cfg.baseRun);
    if (runId && !existsSync(join(ROOT, "runs", runId, "config.json"))) break;
  }
  writeBundle(
    MODEL_DIR,
    merged,
    tok,
    { name: "namewright-small", runs: lineage.map((l) => l.run), shippedFrom: id },
    format,
  );
  mkdirSync(join(EXPERIMENT_DIR, "runs"), { recursive: true });
  for (const l of lineage) {
    saveRunFile(
      { id: l.run, dir: join(EXPERIMENT_DIR, "runs") },
      `${l.run}.json`,
      JSON.stringify({ config: l.config, bestValidation: l.best }, null, 2) + "\n",
    );
    copyFileSync(join(ROOT, "runs", l.run, "metrics.jsonl"), join(EXPERIMENT_DIR, "runs", `${l.run}.metrics.jsonl`));
  }
  if (existsSync(join(dir, "adapter.safetensors")))
    copyFileSync(join(dir, "adapter.safetensors"), join(MODEL_DIR, `adapter-${id}.safetensors`));
  // The run's own sampling (train:calibrate) travels with its weights; none means the generator's default,
  // so a file left by an earlier shipped model is removed.
  if (existsSync(join(dir, GENERATION_CONFIG_FILE)))
    copyFileSync(join(dir, GENERATION_CONFIG_FILE), join(MODEL_DIR, GENERATION_CONFIG_FILE));
  else rmSync(join(MODEL_DIR, GENERATION_CONFIG_FILE), { force: true });
  // The same weights for llama.cpp (architecture "llama", byte-level BPE vocabulary).
  writeFileAtomic(
    join(MODEL_DIR, "model.gguf"),
    modelToGguf(merged, { name: "namewright-small", vocab: tokenizerToGgufVocab(tok) }),
  );
  log(`shipped ${id} to ${MODEL_DIR}`);
}
