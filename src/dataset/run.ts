/** `namewright data build`: build, write the splits + manifest + dataset card, and summarise. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { buildDataset, DEFAULT_SIZE, type BuildProgress } from "./build.js";
import { datasetStats, renderDatasetCard, type DatasetStats } from "./card.js";
import { DatasetFormatError, readDataset, writeReserve, writeSplits } from "./io.js";
import { addTargets, pipelineTargetGenerator, type TargetGenerator } from "./targets.js";
import type { HeldOut } from "./split.js";
import type { Split } from "./types.js";

export interface DataBuildOptions {
  seed: number;
  /** Output directory for {train,val,test}.jsonl and manifest.json. */
  out: string;
  size?: number;
  /** Where to write the dataset card (default: DATASET_CARD.md next to the output directory). */
  card?: string | false;
  onProgress?: (p: BuildProgress) => void;
}

export interface DataBuildSummary {
  seed: number;
  size: number;
  out: string;
  counts: Record<Split, number>;
  total: number;
  generated: number;
  droppedExact: number;
  droppedNear: number;
  droppedByCap: number;
  heldOut: HeldOut;
  /** test-reserve.jsonl: the test records the cap dropped (BuiltDataset.reserve). */
  reserve: { path: string; records: number; bytes: number };
  files: { path: string; records: number; bytes: number }[];
  card: string | null;
  stats: DatasetStats;
  ms: number;
}

/** Manifest next to the splits: what the leakage test and the trainer need to know about the build. */
export interface DatasetManifest {
  seed: number;
  size: number;
  heldOut: HeldOut;
  counts: Record<Split, number>;
  generated: number;
  droppedExact: number;
  droppedNear: number;
  droppedByCap: number;
  /** Records in test-reserve.jsonl (absent in manifests written before it existed: 0). */
  reserve?: number;
}

export async function runDataBuild(options: DataBuildOptions): Promise<DataBuildSummary> {
  const t0 = performance.now();
  const size = options.size ?? DEFAULT_SIZE;
  const built = buildDataset({ seed: options.seed, size, onProgress: options.onProgress });
  options.onProgress?.({ phase: "write", done: 0, total: 1 });
  const written = await writeSplits(options.out, built.records);
  const reserve = await writeReserve(options.out, built.reserve);
  const stats = datasetStats(built.records);
  const manifest: DatasetManifest = {
    seed: options.seed,
    size,
    heldOut: built.heldOut,
    counts: stats.splits,
    generated: built.generated,
    droppedExact: built.droppedExact,
    droppedNear: built.droppedNear,
    droppedByCap: built.droppedByCap,
    reserve: built.reserve.length,
  };
  await writeFile(join(options.out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n", "utf8");
  const files = Object.values(written);
  const cardPath = options.card === false ? null : (options.card ?? join(dirname(options.out), "DATASET_CARD.md"));
  if (cardPath) {
    const card = renderDatasetCard({
      seed: options.seed,
      size,
      generated: built.generated,
      droppedExact: built.droppedExact,
      droppedNear: built.droppedNear,
      droppedByCap: built.droppedByCap,
      reserve: built.reserve.length,
      heldOut: built.heldOut,
      stats,
      files,
    });
    await writeFile(cardPath, card, "utf8");
  }
  options.onProgress?.({ phase: "write", done: 1, total: 1 });
  return {
    seed: options.seed,
    size,
    out: options.out,
    counts: stats.splits,
    total: stats.total,
    generated: built.generated,
    droppedExact: built.droppedExact,
    droppedNear: built.droppedNear,
    droppedByCap: built.droppedByCap,
    heldOut: built.heldOut,
    reserve,
    files,
    card: cardPath,
    stats,
    ms: Math.round(performance.now() - t0),
  };
}

async function readManifest(dir: string): Promise<DatasetManifest> {
  const path = join(dir, "manifest.json");
  let v: unknown;
  try {
    v = JSON.parse(await readFile(path, "utf8"));
  } catch {
    throw new DatasetFormatError(`${path}: missing or not JSON; run \`namewright data build\` first`);
  }
  const m = v as Partial<DatasetManifest>;
  if (typeof m.seed !== "number" || typeof m.size !== "number" || typeof m.heldOut !== "object" || m.heldOut === null) {
    throw new DatasetFormatError(`${path}: not a dataset manifest`);
  }
  return m as DatasetManifest;
}

export interface DataTargetsOptions {
  /** Dataset directory (with manifest.json and the splits). */
  dir: string;
  /** Names per description (default 3). */
  count?: number;
  /** Stop starting new records after this many ms; the rest keep no targets (default: no limit). */
  budgetMs?: number;
  /** Generator; default the project's pipeline ranked by the rubric. */
  generate?: TargetGenerator;
  /** Checkpoint for resuming (default .cache/data-targets.checkpoint.jsonl, git-ignored). */
  checkpoint?: string;
  card?: string | false;
  onProgress?: (done: number, total: number) => void;
}

/** `namewright data targets`: fills `targets` in every split, rewrites the files and the card. */
export async function runDataTargets(
  options: DataTargetsOptions,
): Promise<{ records: number; withTargets: number; ms: number }> {
  const t0 = performance.now();
  await mkdir(".cache", { recursive: true });
  const manifest = await readManifest(options.dir);
  const records = await readDataset(options.dir);
  // Rebuild (deterministic for the manifest's seed and size) to recover the clean text of messy records.
  const { clean } = buildDataset({ seed: manifest.seed, size: manifest.size });
  const generate = options.generate ?? (await pipelineTargetGenerator(options.count ?? 3));
  const filled = await addTargets(records, generate, {
    perRecord: options.count ?? 3,
    checkpoint: options.checkpoint ?? join(".cache", "data-targets.checkpoint.jsonl"),
    onProgress: options.onProgress,
    textFor: (r) => clean.get(r.id) ?? r.business_description,
    deadline: options.budgetMs !== undefined ? Date.now() + options.budgetMs : undefined,
  });
  const written = await writeSplits(options.dir, filled);
  const stats = datasetStats(filled);
  const cardPath = options.card === false ? null : (options.card ?? join(dirname(options.dir), "DATASET_CARD.md"));
  if (cardPath) {
    await writeFile(
      cardPath,
      renderDatasetCard({ ...manifest, reserve: manifest.reserve ?? 0, stats, files: Object.values(written) }),
      "utf8",
    );
  }
  return { records: filled.length, withTargets: stats.withTargets, ms: Math.round(performance.now() - t0) };
}
