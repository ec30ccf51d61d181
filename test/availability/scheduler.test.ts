/** The shared RDAP queue's politeness rules, on a mocked clock (no wall-clock time is measured). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { DeadlineError, HostScheduler } from "../../src/availability/index.js";

/** Lets queued promise callbacks run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

test("starts on one host are spaced by minIntervalMs; other hosts are not held up", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
  const s = new HostScheduler({ defaults: { concurrency: 5, minIntervalMs: 1000 } });
  const started: string[] = [];
  const job = (name: string) => async () => void started.push(name);
  const far = Date.now() + 60_000;
  const all = Promise.all([
    s.schedule("a", job("a1"), far),
    s.schedule("a", job("a2"), far),
    s.schedule("b", job("b1"), far),
    s.schedule("a", job("a3"), far),
  ]);
  await settle();
  assert.deepEqual(started, ["a1", "b1"]);
  t.mock.timers.tick(999);
  await settle();
  assert.deepEqual(started, ["a1", "b1"]);
  t.mock.timers.tick(1);
  await settle();
  assert.deepEqual(started, ["a1", "b1", "a2"]);
  t.mock.timers.tick(1000);
  await settle();
  assert.deepEqual(started, ["a1", "b1", "a2", "a3"]);
  await all;
});

test("concurrency per host: a third request waits until one of two ends", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
  const s = new HostScheduler({ defaults: { concurrency: 2, minIntervalMs: 0 } });
  const releases: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  const job = () =>
    new Promise<void>((resolve) => {
      running++;
      peak = Math.max(peak, running);
      releases.push(() => {
        running--;
        resolve();
      });
    });
  const far = Date.now() + 60_000;
  const all = Promise.all([1, 2, 3, 4].map(() => s.schedule("h", job, far)));
  await settle();
  assert.equal(running, 2);
  releases.shift()?.();
  await settle();
  assert.equal(running, 2);
  while (releases.length > 0) {
    releases.shift()?.();
    await settle();
  }
  await all;
  assert.equal(peak, 2);
});

test("pause (429 Retry-After) holds the host until the time asked for", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
  const s = new HostScheduler({ defaults: { concurrency: 2, minIntervalMs: 0 } });
  s.pause("h", Date.now() + 5000);
  let ran = false;
  const p = s.schedule("h", async () => void (ran = true), Date.now() + 60_000);
  t.mock.timers.tick(4999);
  await settle();
  assert.equal(ran, false);
  t.mock.timers.tick(1);
  await settle();
  assert.equal(ran, true);
  await p;
});

test("a task whose deadline passes in the queue is rejected and never runs", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
  const s = new HostScheduler({ defaults: { concurrency: 1, minIntervalMs: 0 } });
  s.pause("h", Date.now() + 10_000);
  let ran = false;
  const p = s.schedule("h", async () => void (ran = true), Date.now() + 2000);
  const rejected = assert.rejects(p, DeadlineError);
  t.mock.timers.tick(2000);
  await rejected;
  t.mock.timers.tick(10_000);
  await settle();
  assert.equal(ran, false);
  assert.equal(s.pending, 0);
});

test("bad limits are refused", () => {
  assert.throws(() => new HostScheduler({ defaults: { concurrency: 0, minIntervalMs: 0 } }), RangeError);
  assert.throws(() => new HostScheduler({ hosts: { x: { minIntervalMs: -1 } } }), RangeError);
});
