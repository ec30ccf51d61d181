/**
 * The training loop shared by pretraining, LoRA fine-tuning and rejection-sampling rounds:
 * batches (length-bucketed to cut padding) -> engine trainStep -> metrics, periodic validation loss,
 * best-weights snapshots, early stopping, checkpoints on a timer, and exact resume.
 *
 * Data order is a pure function of (seed, epoch): each epoch shuffles the examples, sorts chunks of
 * 32 batches by length (similar lengths share a batch, so little padding), then shuffles the batches.
 * Step s is batch s mod nb of epoch floor(s / nb), so a resumed run sees exactly the batches it would
 * have seen without the interruption (the trainer's step counter, moments and RNG are in the checkpoint).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateLoss, padBatch, Rng, trainStep, type Batch, type Trainer } from "../engine/index.js";
import { saveCheckpoint } from "../formats/index.js";
import type { EncodedExample } from "../generate/neural/index.js";
import { logMetrics, saveRunFile, type Run } from "./registry.js";

export interface LoopOptions {
  run: Run;
  trainer: Trainer;
  train: readonly EncodedExample[];
  val: readonly EncodedExample[];
  pad: number;
  batchSize: number;
  /** Optimizer steps of the whole run (the schedule's totalSteps). */
  totalSteps: number;
  /** Validate every this many steps (and at the end). */
  evalEvery: number;
  /** Write a resumable checkpoint at least this often (seconds). */
  checkpointEverySec: number;
  /** Stop after this many validations without improvement (0 = never). */
  patience: number;
  /** Stop (with a checkpoint) once this much wall time has passed in this process; resume continues. */
  maxSeconds?: number;
  seed: number;
  /** Bytes of the weights to keep when validation improves (the model, or the adapter alone). */
  snapshot: () => Uint8Array;
  /** Name of the best-weights file in the run folder. */
  bestFile: string;
  /** Progress sink (default: stderr). */
  log?: (line: string) => void;
  /** Positions per sequence are capped here (the model's context). */
  maxT: number;
}

export interface LoopState {
  bestVal: number;
  bestStep: number;
  badEvals: number;
  finished: boolean;
  stoppedBy: "steps" | "early" | "time" | null;
  tokensSeen: number;
}

export interface LoopResult extends LoopState {
  steps: number;
}

const STATE_FILE = "state.json";
export const CHECKPOINT_FILE = "checkpoint.safetensors";

export function readLoopState(run: Run): LoopState | null {
  const f = join(run.dir, STATE_FILE);
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, "utf8")) as LoopState;
}

export function hasCheckpoint(run: Run): boolean {
  return existsSync(join(run.dir, CHECKPOINT_FILE)) && existsSync(join(run.dir, STATE_FILE));
}

/** Batches of one epoch as lists of example indices. */
export function epochBatches(lengths: readonly number[], batchSize: number, seed: number, epoch: number): number[][] {
  const rng = new Rng((seed * 1_000_003 + epoch * 7919) >>> 0);
  const idx = lengths.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const chunk = batchSize * 32;
  const batches: number[][] = [];
  for (let c = 0; c < idx.length; c += chunk) {
    const part = idx.slice(c, c + chunk).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
    for (let b = 0; b < part.length; b += batchSize) batches.push(part.slice(b, b + batchSize));
  }
  for (let i = batches.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [batches[i], batches[j]] = [batches[j]!, batches[i]!];
  }
  return batches;
}

/** Pads a list of examples to one batch; T is rounded up to a multiple of 8 (fewer distinct shapes). */
export function toBatch(examples: readonly EncodedExample[], pad: number, maxT: number): Batch {
  const longest = Math.max(...examples.map((e) => e.tokens.length - 1));
  const T = Math.min(maxT, Math.ceil(longest / 8) * 8);
  return padBatch(
    examples.map((e) => e.tokens.slice(0, T + 1)),
    pad,
    examples.map((e) => e.lossFrom),
    T,
  );
}

export function validationLoss(
  trainer: Trainer,
  val: readonly EncodedExample[],
  batchSize: number,
  pad: number,
  maxT: number,
): number {
  const batches: Batch[] = [];
  const sorted = [...val].sort((a, b) => a.tokens.length - b.tokens.length);
  for (let i = 0; i < sorted.length; i += batchSize) batches.push(toBatch(sorted.slice(i, i + batchSize), pad, maxT));
  // evaluateLoss normalises by the total weight of all batches it gets: one call = the mean over val.
  return evaluateLoss(trainer.model, batches);
}

function fmtTime(s: number): string {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`
    : `${m}m${String(Math.floor(s % 60)).padStart(2, "0")}s`;
}

export function runLoop(o: LoopOptions): LoopResult {
  const log = o.log ?? ((l: string) => process.stderr.write(l + "\n"));
  const { trainer, run } = o;
  const state: LoopState = readLoopState(run) ?? {
    bestVal: Infinity,
    bestStep: -1,
    badEvals: 0,
    finished: false,
    stoppedBy: null,
    tokensSeen: 0,
  };
  if (state.finished) {
    log(
      `run ${run.id} already finished (${state.stoppedBy}); best val ${state.bestVal.toFixed(4)} at step ${state.bestStep}`,
    );
    return { ...state, steps: trainer.opt.step };
  }
  const lengths = o.train.map((e) => e.tokens.length);
  const nb = Math.ceil(o.train.length / o.batchSize);
  let epochCache: { epoch: number; batches: number[][] } | null = null;
  const batchAt = (step: number): number[] => {
    const epoch = Math.floor(step / nb);
    if (!epochCache || epochCache.epoch !== epoch)
      epochCache = { epoch, batches: epochBatches(lengths, o.batchSize, o.seed, epoch) };
    return epochCache.batches[step % nb]!;
  };
  const checkpoint = (): void => {
    saveRunFile(run, CHECKPOINT_FILE, saveCheckpoint(trainer));
    saveRunFile(run, STATE_FILE, JSON.stringify(state));
  };
  const validate = (step: number): boolean => {
    const val = validationLoss(trainer, o.val, o.batchSize, o.pad, o.maxT);
    const improved = val < state.bestVal - 1e-4;
    if (improved) {
      state.bestVal = val;
      state.bestStep = step;
      state.badEvals = 0;
      saveRunFile(run, o.bestFile, o.snapshot());
    } else state.badEvals++;
    logMetrics(run, { step, val_loss: val, best_val: state.bestVal, time: new Date().toISOString() });
    log(`  val ${val.toFixed(4)} (best ${state.bestVal.toFixed(4)} @ ${state.bestStep})${improved ? " *saved*" : ""}`);
    return o.patience > 0 && state.badEvals >= o.patience;
  };

  const t0 = Date.now();
  let lastCkpt = Date.now();
  let windowTok = 0;
  let windowT = Date.now();
  let emaLoss = NaN;
  const startStep = trainer.opt.step;
  if (startStep === 0 && state.bestStep < 0) validate(0);
  let step = startStep;
  for (; step < o.totalSteps;) {
    const ids = batchAt(step);
    const batch = toBatch(
      ids.map((i) => o.train[i]!),
      o.pad,
      o.maxT,
    );
    const r = trainStep(trainer, [batch]);
    step = trainer.opt.step;
    const tok = batch.B * batch.T;
    state.tokensSeen += tok;
    windowTok += tok;
    emaLoss = Number.isNaN(emaLoss) ? r.loss : 0.95 * emaLoss + 0.05 * r.loss;
    if (step % 10 === 0 || step === o.totalSteps) {
      const now = Date.now();
      const tokS = (windowTok * 1000) / Math.max(1, now - windowT);
      windowTok = 0;
      windowT = now;
      const perStep = (now - t0) / 1000 / Math.max(1, step - startStep);
      logMetrics(run, {
        step,
        loss: r.loss,
        loss_ema: emaLoss,
        lr: r.lr,
        grad_norm: r.gradNorm,
        tok_s: Math.round(tokS),
        tokens: state.tokensSeen,
      });
      log(
        `step ${step}/${o.totalSteps} loss ${emaLoss.toFixed(4)} lr ${r.lr.toExponential(2)} |g| ${r.gradNorm.toFixed(2)} ${Math.round(tokS)} tok/s ETA ${fmtTime(perStep * (o.totalSteps - step))}`,
      );
    }
    if (step % o.evalEvery === 0 && step < o.totalSteps) {
      if (validate(step)) {
        state.stoppedBy = "early";
        break;
      }
    }
    if ((Date.now() - lastCkpt) / 1000 >= o.checkpointEverySec) {
      checkpoint();
      lastCkpt = Date.now();
    }
    if (o.maxSeconds !== undefined && (Date.now() - t0) / 1000 >= o.maxSeconds) {
      state.stoppedBy = "time";
      break;
    }
  }
  if (step >= o.totalSteps) {
    validate(step);
    state.stoppedBy = "steps";
  }
  state.finished = state.stoppedBy !== "time";
  checkpoint();
  log(
    `run ${run.id}: ${state.stoppedBy} at step ${step}; best val ${state.bestVal.toFixed(4)} at step ${state.bestStep}`,
  );
  return { ...state, steps: step };
}
