/**
 * kill -9 during a burst of events: every event the server acknowledged (HTTP 200) is in the store after a
 * restart. The server runs as a child process (`namewright serve`) so it can really be killed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteEventStore } from "../../src/server/index.js";

/** Starts `namewright serve` from source; resolves with its URL once it listens. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/dev-cli.ts",
      "serve",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--generator",
      "lexical",
      "--workers",
      "1",
      "--rate-limit",
      "1000000",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /serving on (http:\/\/\S+?)[ ,)]/.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

test("kill -9 during a burst of events: every acknowledged event is in the store", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "nw-kill-"));
  const { child, url } = await startServer(dataDir);
  const acked: string[] = [];
  let killed = false;
  const send = async (i: number): Promise<void> => {
    const domain = `event${i}.com`;
    try {
      const r = await fetch(`${url}/v1/events`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-user-id": `u${i % 7}` },
        body: JSON.stringify({ type: "like", domain }),
      });
      if (r.status === 200) acked.push(domain);
      if (acked.length >= 150 && !killed) {
        killed = true;
        child.kill("SIGKILL");
      }
    } catch {
      // Refused or reset after the kill: not acknowledged, so the store owes nothing.
    }
  };
  // 20 concurrent senders, so the kill lands while requests are in flight.
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < 2000 && !killed) await send(next++);
    }),
  );
  if (!killed) child.kill("SIGKILL");
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once("exit", r)));
  assert.ok(acked.length >= 150, `only ${acked.length} events were acknowledged`);

  // Restart on the same data directory, then read the store the way the server does.
  const again = await startServer(dataDir);
  const health = await fetch(`${again.url}/healthz`);
  assert.equal(health.status, 200);
  // SIGTERM is a graceful stop: running requests finish, the store closes, exit code 0.
  again.child.kill("SIGTERM");
  const code = await new Promise<number | null>((r) => again.child.once("exit", (c) => r(c)));
  assert.equal(code, 0);
  const store = new SqliteEventStore(join(dataDir, "events.sqlite"));
  try {
    const stored = new Set(await store.domains());
    const missing = acked.filter((d) => !stored.has(d));
    assert.deepEqual(missing, [], `${missing.length} acknowledged events lost`);
  } finally {
    await store.close();
  }
});
