/** The SQLite answer cache: TTLs by status, what is never stored, and writers in two processes at once. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { writeFileSync } from "node:fs";
import { AvailabilityCache, AvailabilityDataError, DEFAULT_TTLS } from "../../src/availability/index.js";
import { tempDir } from "./fixtures.js";

test("available expires sooner than taken; unknown and estimates are never stored", () => {
  let now = 1_000_000;
  const cache = AvailabilityCache.open(":memory:", { now: () => now });
  try {
    assert.ok(DEFAULT_TTLS.availableMs < DEFAULT_TTLS.takenMs);
    assert.equal(cache.put({ domain: "free.com", status: "available", source: "rdap" }), true);
    assert.equal(cache.put({ domain: "taken.com", status: "taken", source: "dns", reason: "NS" }), true);
    assert.equal(cache.put({ domain: "x.com", status: "unknown", source: "rdap", reason: "timeout" }), false);
    assert.equal(cache.put({ domain: "y.com", status: "unknown", source: "prior", prior: 0.9 }), false);
    assert.equal(cache.get("x.com"), undefined);
    assert.deepEqual(cache.get("taken.com")?.result, {
      domain: "taken.com",
      status: "taken",
      source: "dns",
      reason: "NS",
    });
    now += DEFAULT_TTLS.availableMs;
    assert.equal(cache.get("free.com"), undefined, "available is stale after its TTL");
    assert.equal(cache.get("taken.com")?.result.status, "taken");
    now += DEFAULT_TTLS.takenMs;
    assert.equal(cache.get("taken.com"), undefined);
    assert.equal(cache.prune(), 2);
  } finally {
    cache.close();
  }
});

test("a newer answer replaces the old one", () => {
  const cache = AvailabilityCache.open(":memory:");
  try {
    cache.put({ domain: "a.com", status: "available", source: "rdap" });
    cache.put({ domain: "a.com", status: "taken", source: "rdap" });
    assert.equal(cache.get("a.com")?.result.status, "taken");
  } finally {
    cache.close();
  }
});

test("two processes write the same file at once without errors or lost rows (WAL + busy timeout)", async () => {
  const file = join(tempDir(), "cache.sqlite");
  AvailabilityCache.open(file).close();
  const script = join(tempDir(), "writer.ts");
  const cacheModule = resolve("src/availability/index.ts");
  writeFileSync(
    script,
    `import { AvailabilityCache } from ${JSON.stringify(cacheModule)};
const c = AvailabilityCache.open(${JSON.stringify(file)});
for (let i = 0; i < 300; i++) c.put({ domain: "child" + i + ".com", status: "taken", source: "rdap" });
c.close();
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const done = new Promise<number>((r) => child.on("close", (code) => r(code ?? 1)));
  const parent = AvailabilityCache.open(file);
  try {
    for (let i = 0; i < 300; i++) {
      parent.put({ domain: `parent${i}.com`, status: "available", source: "rdap" });
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    assert.equal(await done, 0, stderr);
    for (let i = 0; i < 300; i++) {
      assert.equal(parent.get(`child${i}.com`)?.result.status, "taken");
      assert.equal(parent.get(`parent${i}.com`)?.result.status, "available");
    }
  } finally {
    parent.close();
  }
});

test("a file that is not a database is refused with a clear error", () => {
  const file = join(tempDir(), "junk.sqlite");
  writeFileSync(file, "this is not sqlite ".repeat(100));
  assert.throws(() => AvailabilityCache.open(file), AvailabilityDataError);
});
