/**
 * One shared queue for every RDAP request of the process, with per-host politeness: at most
 * `concurrency` requests in flight to a host, starts at least `minIntervalMs` apart, and a host that
 * answered 429 (or 503 with Retry-After) is paused until the time it asked for (RFC 6585 §4, RFC 9110
 * §10.2.3). Tasks leave the queue in order, except that a task for a busy or paused host lets later tasks
 * for other hosts pass, so one slow registry does not hold up the rest. A task whose deadline passes while
 * it waits is rejected with DeadlineError and never runs.
 */
import { DEFAULT_HOST_LIMITS, type HostLimits } from "./types.js";

export class DeadlineError extends Error {
  constructor() {
    super("the time budget ran out before the request could start");
    this.name = "DeadlineError";
  }
}

/** The task's host asked to be left alone (429 Retry-After) until `until`, past the task's deadline. */
export class HostPausedError extends DeadlineError {
  constructor(
    readonly host: string,
    readonly until: number,
  ) {
    super();
    this.message = `${host} asked clients to wait until ${new Date(until).toISOString()} (rate limit), past the time budget`;
    this.name = "HostPausedError";
  }
}

export interface SchedulerOptions {
  /** Limits for hosts without their own entry. */
  defaults?: HostLimits;
  /** Per-host limits by host name ("rdap.verisign.com"). */
  hosts?: Readonly<Record<string, Partial<HostLimits>>>;
}

interface Task {
  host: string;
  deadline: number;
  run: () => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface HostState {
  active: number;
  nextStart: number;
  pausedUntil: number;
}

export class HostScheduler {
  private readonly defaults: HostLimits;
  private readonly overrides: Readonly<Record<string, Partial<HostLimits>>>;
  private readonly queue: Task[] = [];
  private readonly state = new Map<string, HostState>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;

  constructor(options: SchedulerOptions = {}) {
    this.defaults = options.defaults ?? DEFAULT_HOST_LIMITS;
    this.overrides = options.hosts ?? {};
    for (const l of [this.defaults, ...Object.values(this.overrides)]) {
      if (l.concurrency !== undefined && !(Number.isInteger(l.concurrency) && l.concurrency >= 1))
        throw new RangeError(`host concurrency must be a whole number >= 1, got ${l.concurrency}`);
      if (l.minIntervalMs !== undefined && !(l.minIntervalMs >= 0))
        throw new RangeError(`host minIntervalMs must be >= 0, got ${l.minIntervalMs}`);
    }
  }

  limitsFor(host: string): HostLimits {
    return { ...this.defaults, ...this.overrides[host] };
  }

  /** Requests waiting to start. */
  get pending(): number {
    return this.queue.length;
  }

  /** Runs `run` when `host` has room, or rejects with DeadlineError if `deadline` (epoch ms) comes first. */
  schedule<T>(host: string, run: () => Promise<T>, deadline: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ host, deadline, run, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Holds every request to `host` until `until` (epoch ms); a later pause wins over an earlier one. */
  pause(host: string, until: number): void {
    const s = this.hostState(host);
    s.pausedUntil = Math.max(s.pausedUntil, until);
    this.pump();
  }

  /** Epoch ms until which `host` is paused (0 when it is not). */
  pausedUntil(host: string): number {
    return this.state.get(host)?.pausedUntil ?? 0;
  }

  /** Rejects every waiting task (with DeadlineError) and stops the timer; running tasks finish. */
  close(): void {
    for (const t of this.queue.splice(0)) t.reject(new DeadlineError());
    this.setTimer(Infinity);
  }

  private hostState(host: string): HostState {
    let s = this.state.get(host);
    if (!s) this.state.set(host, (s = { active: 0, nextStart: 0, pausedUntil: 0 }));
    return s;
  }

  private pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.queue.length;) {
      const t = this.queue[i];
      if (t.deadline <= now) {
        this.queue.splice(i, 1);
        t.reject(new DeadlineError());
        continue;
      }
      const s = this.hostState(t.host);
      if (s.pausedUntil >= t.deadline) {
        this.queue.splice(i, 1);
        t.reject(new HostPausedError(t.host, s.pausedUntil));
        continue;
      }
      const limits = this.limitsFor(t.host);
      const readyAt = Math.max(s.nextStart, s.pausedUntil);
      if (s.active < limits.concurrency && readyAt <= now) {
        this.queue.splice(i, 1);
        s.active++;
        s.nextStart = now + limits.minIntervalMs;
        Promise.resolve()
          .then(t.run)
          .then(t.resolve, t.reject)
          .finally(() => {
            s.active--;
            this.pump();
          });
        continue;
      }
      // A host at its concurrency limit wakes the queue when a task ends; one waiting for its interval or
      // pause needs a timer. Either way the task's own deadline needs one to expire it.
      if (s.active < limits.concurrency) wakeAt = Math.min(wakeAt, readyAt);
      wakeAt = Math.min(wakeAt, t.deadline);
      i++;
    }
    this.setTimer(wakeAt);
  }

  private setTimer(at: number): void {
    if (at === this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = at;
    if (at === Infinity) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, at - Date.now()),
    );
  }
}

let shared: HostScheduler | undefined;

/** The process-wide scheduler with the default limits: every caller that does not bring its own shares it. */
export function sharedScheduler(): HostScheduler {
  shared ??= new HostScheduler();
  return shared;
}
