/**
 * The event store on a real Postgres, started by this test (initdb + postgres in a temporary folder) when the
 * binaries exist; skipped with a notice otherwise. Same migrations and queries as SQLite: the results of one
 * workload must agree exactly.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PostgresEventStore, SqliteEventStore, openEventStore, type EventStore } from "../../src/server/index.js";

function findBin(name: string): string | null {
  const dirs = (process.env.PATH ?? "").split(":");
  if (existsSync("/usr/lib/postgresql"))
    for (const v of readdirSync("/usr/lib/postgresql").sort().reverse()) dirs.push(`/usr/lib/postgresql/${v}/bin`);
  for (const d of dirs) if (d && existsSync(join(d, name))) return join(d, name);
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Postgres refuses to run as root: as root, run it as the "postgres" system user when there is one.
 * setpriv execs in place (runuser would sit in between and not pass SIGINT on).
 */
function asUser(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const id = spawnSync("id", ["-u", "postgres"]);
  if (id.status !== 0 || !findBin("setpriv")) return null;
  return ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", "--"];
}

async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> } | string> {
  const initdb = findBin("initdb");
  const postgres = findBin("postgres");
  if (!initdb || !postgres) return "postgres/initdb not installed";
  const prefix = asUser();
  if (prefix === null) return "running as root without a postgres user";
  const dir = mkdtempSync(join(tmpdir(), "nw-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const run = (cmd: string, args: string[]) =>
    (prefix.length ? [prefix[0]!, [...prefix.slice(1), cmd, ...args]] : [cmd, args]) as [string, string[]];
  const [c1, a1] = run(initdb, ["-D", data, "-A", "trust", "-U", "nw", "--no-sync"]);
  const init = spawnSync(c1, a1, { encoding: "utf8" });
  if (init.status !== 0) return `initdb failed: ${init.stderr.slice(0, 300)}`;
  const port = await freePort();
  const [c2, a2] = run(postgres, [
    "-D",
    data,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
  ]);
  const child: ChildProcess = spawn(c2, a2, { stdio: "ignore" });
  const url = `postgresql://nw@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    child.kill("SIGINT");
    if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
  };
  // Ready when a connection succeeds.
  for (let i = 0; i < 100; i++) {
    try {
      const s = await PostgresEventStore.open(url);
      await s.close();
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  return "postgres did not start";
}

async function workload(store: EventStore): Promise<unknown> {
  assert.equal(await store.expose("exp", "a", "u1", 1), true);
  assert.equal(await store.expose("exp", "b", "u1", 2), false, "a second exposure of one user is ignored");
  await store.exposeMany([
    { experiment: "exp", variant: "b", user: "u2", at: 3 },
    { experiment: "exp", variant: "b", user: "u3", at: 3 },
    { experiment: "other", variant: "a", user: "u3", at: 3 },
  ]);
  await store.record({ type: "like", user: "u1", experiment: "exp", variant: "a", domain: "one.com", at: 4 });
  await store.recordMany([
    { type: "like", user: "u2", experiment: "exp", variant: "b", domain: "two.com", at: 5 },
    { type: "like", user: "u2", experiment: "exp", variant: "b", domain: "three.com", at: 6 },
    { type: "copy", user: "u3", experiment: "exp", variant: "b", at: 7 },
  ]);
  return {
    like: await store.counts("exp", "like"),
    copy: await store.counts("exp", "copy"),
    n: await store.eventCount(),
    d: await store.domains(),
  };
}

test("Postgres event store: migrations, exposure once, counts equal to SQLite's", async (t) => {
  const pg = await startPostgres();
  if (typeof pg === "string") {
    t.skip(`Postgres test skipped: ${pg}`);
    return;
  }
  try {
    const a = await openEventStore({ dataDir: "/nonexistent", databaseUrl: pg.url });
    assert.equal(a.kind, "postgres");
    // A second server opening the same database finds the migrations applied.
    const b = await PostgresEventStore.open(pg.url);
    const sqlite = new SqliteEventStore(":memory:");
    try {
      const fromPg = await workload(a);
      assert.deepEqual(fromPg, await workload(sqlite));
      assert.deepEqual((fromPg as { like: unknown }).like, [
        { variant: "a", exposed: 1, converted: 1, events: 1 },
        { variant: "b", exposed: 2, converted: 1, events: 2 },
      ]);
      assert.equal(await b.eventCount(), 4);
    } finally {
      await a.close();
      await b.close();
      await sqlite.close();
    }
  } finally {
    await pg.stop();
  }
});
