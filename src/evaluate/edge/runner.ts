/**
 * Runs edge cases through the full pipeline with a hard per-item time limit: each case runs in a worker
 * thread; a case that overruns has its worker terminated (a fresh one serves the next case) and is
 * recorded as a timeout. Workers warm up once (loading the lexicons takes a few seconds), and that warm-up
 * is not charged to any case.
 */
import type { Worker } from "node:worker_threads";
import { SingleBar, Presets } from "cli-progress";
import { moduleWorker } from "../../core/worker.js";
import { classify } from "./classify.js";
import type { EdgeCase, EdgeOutcome, EdgeResult } from "./types.js";

const WARMUP_INPUT = "A bakery in Lyon";

class PipelineWorker {
  constructor(private readonly generator?: string) {}

  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  private async start(): Promise<void> {
    const w = moduleWorker(import.meta.url, "edge-worker");
    this.worker = w;
    await new Promise<void>((resolve, reject) => {
      const onMsg = (m: { ready?: boolean }): void => {
        if (m.ready) {
          w.off("message", onMsg);
          resolve();
        }
      };
      w.on("message", onMsg);
      w.once("error", reject);
    });
    // Warm the lexicons so the first case is not charged with loading them.
    await this.send("warmup", WARMUP_INPUT, 600_000);
  }

  private send(id: string, input: string, timeoutMs: number): Promise<EdgeOutcome> {
    const w = this.worker!;
    return new Promise((resolve) => {
      const t0 = performance.now();
      const timer = setTimeout(() => {
        cleanup();
        void w.terminate();
        this.worker = null;
        this.ready = null;
        resolve({ kind: "timeout", ms: performance.now() - t0 });
      }, timeoutMs);
      const onMsg = (m: { id?: string; outcome?: EdgeOutcome }): void => {
        if (m.id !== id || !m.outcome) return;
        cleanup();
        resolve(m.outcome);
      };
      const onError = (err: Error): void => {
        cleanup();
        this.worker = null;
        this.ready = null;
        resolve({ kind: "crash", ms: performance.now() - t0, error: `worker died: ${err.message}` });
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        w.off("message", onMsg);
        w.off("error", onError);
      };
      w.on("message", onMsg);
      w.once("error", onError);
      w.postMessage({ id, input, ...(this.generator ? { generator: this.generator } : {}) });
    });
  }

  async run(c: EdgeCase, timeoutMs: number): Promise<EdgeOutcome> {
    if (!this.ready) this.ready = this.start();
    await this.ready;
    return this.send(c.id, c.input, timeoutMs);
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

export interface EdgeRunOptions {
  /** Hard limit per case (default 10 s). */
  timeoutMs?: number;
  /** Worker threads (default 1; each holds its own copy of the lexicons). */
  workers?: number;
  /** Generator kind the cases run with (default: the product's, `both`). */
  generator?: string;
  progress?: boolean;
  onResult?: (r: EdgeResult) => void;
}

export async function runEdgeCases(cases: readonly EdgeCase[], opts: EdgeRunOptions = {}): Promise<EdgeResult[]> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const pool = Array.from(
    { length: Math.max(1, Math.min(4, opts.workers ?? 1)) },
    () => new PipelineWorker(opts.generator),
  );
  const results = new Array<EdgeResult>(cases.length);
  const bar =
    (opts.progress ?? Boolean(process.stderr.isTTY))
      ? new SingleBar(
          { format: "edge |{bar}| {value}/{total} cases | {failures} failing", stream: process.stderr },
          Presets.shades_classic,
        )
      : null;
  bar?.start(cases.length, 0, { failures: 0 });
  let next = 0;
  let done = 0;
  let failing = 0;
  try {
    await Promise.all(
      pool.map(async (w) => {
        while (next < cases.length) {
          const i = next++;
          const outcome = await w.run(cases[i], timeoutMs);
          const r: EdgeResult = { case: cases[i], outcome, failures: classify(cases[i], outcome) };
          results[i] = r;
          if (r.failures.length) failing++;
          bar?.update(++done, { failures: failing });
          opts.onResult?.(r);
        }
      }),
    );
  } finally {
    bar?.stop();
    await Promise.all(pool.map((w) => w.close()));
  }
  return results;
}
