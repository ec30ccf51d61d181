/**
 * A fixed pool of worker threads running the suggestion pipeline (worker.ts). The HTTP thread only parses,
 * validates and queues; inference (the embedded model's sampling, scoring hundreds of candidates) runs in the
 * workers, so one slow request cannot hold up health checks, metrics or requests queued behind it.
 *
 * Bounded on every side: at most `maxQueue` jobs wait (more get PoolBusyError, an HTTP 503 with Retry-After),
 * and a job running past `timeoutMs` has its worker terminated and replaced (PoolTimeoutError, HTTP 504):
 * synchronous sampling cannot be interrupted any other way.
 */
import type { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { NamewrightError } from "../core/errors.js";
import { moduleWorker } from "../core/worker.js";
import { setThreads } from "../engine/index.js";
import type { JobOutcome, SuggestJob } from "./jobs.js";

export class PoolBusyError extends NamewrightError {
  constructor(queued: number) {
    super("busy", `the server is busy (${queued} requests queued); retry in a second`);
  }
}

export class PoolTimeoutError extends NamewrightError {
  constructor(ms: number) {
    super("timeout", `the request took longer than ${ms} ms and was stopped; try a shorter description or fewer names`);
  }
}

export class PoolClosedError extends NamewrightError {
  constructor() {
    super("closed", "the server is shutting down");
  }
}

export interface PoolOptions {
  /** Worker threads (default: the number of cores, at most 4). */
  size?: number;
  /** Jobs waiting for a worker before new ones are refused (default 64). */
  maxQueue?: number;
  /** A job's longest run before its worker is replaced (default 10 000 ms). */
  timeoutMs?: number;
  /** Generator configurations each worker runs once at start, so first requests do not pay the loading. */
  warm?: string[];
}

export interface PoolStats {
  size: number;
  busy: number;
  queued: number;
  completed: number;
  timeouts: number;
  restarts: number;
}

interface Task {
  id: number;
  job: SuggestJob;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  ready: Promise<void>;
  started: boolean;
}

/** Workers that died before they were ready, in a row, before the pool stops replacing them. */
const MAX_START_FAILURES = 3;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;
  private readonly warm: string[];
  private nextId = 1;
  private startFailures = 0;
  private broken: string | null = null;
  private closed = false;
  private counters = { completed: 0, timeouts: 0, restarts: 0 };

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(4, availableParallelism())));
    this.maxQueue = Math.max(0, options.maxQueue ?? 64);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.warm = options.warm ?? [];
    // The engine's native kernels share one thread pool per process (native/common.h), which is not safe
    // to enter from several JS threads at once (two workers sampling at once deadlocked it). With several
    // inference workers the pool is sized to 1 here, on this thread, before any worker exists: each worker
    // then runs its kernels on its own thread, and the parallelism comes from the workers.
    if (this.size > 1) {
      process.env.NAMEWRIGHT_THREADS = "1";
      setThreads(1);
    }
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(this.warm));
  }

  /** Resolves once every worker has loaded what it was asked to warm. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  run(job: SuggestJob): Promise<JobOutcome> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.broken !== null || this.slots.length === 0)
      return Promise.resolve({
        ok: false,
        error: { kind: "internal", code: "no_workers", message: this.broken ?? "no workers" },
      });
    return new Promise<JobOutcome>((resolve, reject) => {
      const task: Task = { id: this.nextId++, job, resolve, reject };
      const free = this.slots.find((s) => s.task === null);
      if (free) this.start(free, task);
      else if (this.queue.length >= this.maxQueue) reject(new PoolBusyError(this.queue.length));
      else this.queue.push(task);
    });
  }

  stats(): PoolStats {
    return {
      size: this.size,
      busy: this.slots.filter((s) => s.task !== null).length,
      queued: this.queue.length,
      ...this.counters,
    };
  }

  /** Refuses new jobs, fails the queued ones, lets running ones finish, then stops the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new PoolClosedError());
    await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<void>((done) => {
            if (s.task === null) return done();
            const t = s.task;
            const { resolve, reject } = t;
            t.resolve = (o) => (resolve(o), done());
            t.reject = (e) => (reject(e), done());
          }),
      ),
    );
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(warm: string[]): Slot {
    const worker = moduleWorker(import.meta.url, "worker", { workerData: { warm } });
    // A worker must not keep the process alive on its own: close() ends them, and an idle CLI may exit.
    worker.unref();
    let markReady: () => void = () => {};
    const slot: Slot = { worker, task: null, timer: null, ready: new Promise((r) => (markReady = r)), started: false };
    worker.on("message", (msg: { ready?: true; id?: number; outcome?: JobOutcome }) => {
      if (msg.ready) {
        slot.started = true;
        this.startFailures = 0;
        return markReady();
      }
      const task = slot.task;
      if (!task || msg.id !== task.id || !msg.outcome) return;
      this.finish(slot);
      this.counters.completed++;
      task.resolve(msg.outcome);
      this.next(slot);
    });
    const fail = (err: Error): void => {
      markReady();
      if (this.closed || !this.slots.includes(slot)) return;
      const task = slot.task;
      this.finish(slot);
      task?.resolve({ ok: false, error: { kind: "internal", code: "worker_crashed", message: err.message } });
      if (!slot.started && ++this.startFailures >= MAX_START_FAILURES) {
        // The workers cannot start (missing data, a broken install): fail requests instead of respawning.
        this.broken = `inference workers fail to start: ${err.message}`;
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
        for (const t of this.queue.splice(0))
          t.resolve({ ok: false, error: { kind: "internal", code: "no_workers", message: this.broken } });
        return;
      }
      this.replace(slot);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`inference worker exited with code ${code}`)));
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => {
      this.finish(slot);
      this.counters.timeouts++;
      task.reject(new PoolTimeoutError(this.timeoutMs));
      this.replace(slot);
    }, this.timeoutMs);
    slot.worker.postMessage({ id: task.id, job: task.job });
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private next(slot: Slot): void {
    const task = this.queue.shift();
    if (task) this.start(slot, task);
  }

  /** Terminates a slot's worker and puts a fresh one in its place (which then takes the next queued job). */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.counters.restarts++;
    const fresh = this.spawn(this.warm.slice(0, 1));
    this.slots[i] = fresh;
    void slot.worker.terminate();
    if (!this.closed) this.next(fresh);
  }
}
