/**
 * RDAP behaviour under fault injection, against the local fixture server: every answer maps to the
 * status the issue names, and nothing but a 404 from the registry's own server says "available".
 */
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import {
  checkDomains,
  HostScheduler,
  loadBootstrap,
  parseBootstrap,
  retryAfterMs,
  AvailabilityInputError,
  AvailabilityDataError,
  type AvailabilityResult,
} from "../../src/availability/index.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startRdapFixture, tempDir, writeBootstrap, type RdapFixture } from "./fixtures.js";

let rdap: RdapFixture;
let bootstrapFile: string;

before(async () => {
  // Labels without a known prefix (the IDN test's) are registered.
  rdap = await startRdapFixture(() => "taken");
  bootstrapFile = writeBootstrap(rdap.base);
});
after(() => rdap.close());

const fast = () => new HostScheduler({ defaults: { concurrency: 8, minIntervalMs: 0 } });

async function check(domains: string[], extra: Parameters<typeof checkDomains>[1] = {}): Promise<AvailabilityResult[]> {
  return checkDomains(domains, {
    bootstrap: bootstrapFile,
    scheduler: fast(),
    timeoutMs: 500,
    budgetMs: 4000,
    ...extra,
  });
}

test("404 from the registry is available; 200 is taken with its statuses", async () => {
  const [free, taken] = await check(["free1.com", "taken1.com"]);
  assert.deepEqual(
    { ...free, reason: undefined },
    { domain: "free1.com", status: "available", source: "rdap", reason: undefined },
  );
  assert.equal(taken.status, "taken");
  assert.equal(taken.source, "rdap");
  assert.match(taken.reason ?? "", /active, client transfer prohibited/);
});

test("RDAP statuses map: reserved, redemption period and inactive", async () => {
  const [reserved, redemption, inactive] = await check(["reserved1.com", "redemption1.com", "inactive1.com"]);
  assert.equal(reserved.status, "reserved");
  assert.equal(redemption.status, "taken");
  assert.match(redemption.reason ?? "", /redemption period/);
  assert.equal(inactive.status, "taken");
  assert.match(inactive.reason ?? "", /not delegated/);
});

test("every failure is unknown with a reason, never available", async () => {
  const names = ["error1.com", "malformed1.com", "truncjson1.com", "cutoff1.com", "wrongname1.com", "notdomain1.com"];
  const results = await check(names);
  const reasons: Record<string, RegExp> = {
    "error1.com": /server error .*HTTP 500/,
    "malformed1.com": /malformed or truncated JSON/,
    "truncjson1.com": /malformed or truncated JSON/,
    "cutoff1.com": /cut off|network error|malformed/,
    "wrongname1.com": /another name/,
    "notdomain1.com": /objectClassName/,
  };
  for (const r of results) {
    assert.equal(r.status, "unknown", r.domain);
    assert.match(r.reason ?? "", reasons[r.domain], `${r.domain}: ${r.reason}`);
  }
});

test("a slow server times out as unknown", async () => {
  const [slow] = await check(["slow1.com"], { timeoutMs: 200 });
  assert.equal(slow.status, "unknown");
  assert.match(slow.reason ?? "", /timed out after 200 ms/);
});

test("429 with Retry-After is honoured: the host is paused, the retry answers", async () => {
  const before = rdap.requests.filter((r) => r.domain === "ratelimit1.com").length;
  const [r] = await check(["ratelimit1.com"]);
  assert.equal(r.status, "taken");
  const hits = rdap.requests.filter((q) => q.domain === "ratelimit1.com");
  assert.equal(hits.length - before, 2);
});

test("a Retry-After beyond the budget gives unknown at once instead of hammering the server", async () => {
  const [r] = await check(["ratelimitlong1.com"], { budgetMs: 3000 });
  assert.equal(r.status, "unknown");
  assert.match(r.reason ?? "", /rate limited .*HTTP 429.*past the time budget/);
  assert.equal(rdap.requests.filter((q) => q.domain === "ratelimitlong1.com").length, 1);
});

test("a long Retry-After ends the wait of names already queued for that host, at once", async () => {
  const fixture = await startRdapFixture();
  try {
    const scheduler = new HostScheduler({ defaults: { concurrency: 1, minIntervalMs: 0 } });
    const results = await checkDomains(["ratelimitlong3.com", "free6.com", "free7.com"], {
      bootstrap: writeBootstrap(fixture.base),
      scheduler,
      budgetMs: 60_000,
    });
    assert.equal(results[0].status, "unknown");
    for (const r of results.slice(1)) assert.match(r.reason ?? "", /asked clients to wait until/);
    assert.deepEqual(
      fixture.requests.map((q) => q.domain),
      ["ratelimitlong3.com"],
    );
  } finally {
    await fixture.close();
  }
});

test("while a host's Retry-After runs past the budget, later names for it are unknown at once, unasked", async () => {
  const scheduler = fast();
  await check(["ratelimitlong2.com"], { scheduler });
  const n = rdap.requests.length;
  const [r] = await check(["free5.com"], { scheduler, budgetMs: 3000 });
  assert.equal(r.status, "unknown");
  assert.match(r.reason ?? "", /asked clients to wait until .* past the time budget/);
  assert.equal(rdap.requests.length, n);
});

test("a redirect to another host is not the registry's word; one within the host is followed", async () => {
  const [other, same] = await check(["redirect1.com", "samehost1.com"]);
  assert.equal(other.status, "unknown");
  assert.match(other.reason ?? "", /not the registry's RDAP server/);
  assert.equal(same.status, "available");
});

test("a TLD without RDAP in the bootstrap is unknown, with the reason", async () => {
  const [r] = await check(["free1.de"]);
  assert.equal(r.status, "unknown");
  assert.match(r.reason ?? "", /\.de has no RDAP service/);
});

test("the time budget bounds the call: unanswered names are unknown, answered ones kept", async () => {
  const results = await check(["slow2.com", "free2.com"], { timeoutMs: 5000, budgetMs: 300 });
  assert.equal(results[0].status, "unknown");
  assert.match(results[0].reason ?? "", /budget/);
  assert.equal(results[1].status, "available");
});

test("invalid names are refused before any look-up", async () => {
  const n = rdap.requests.length;
  await assert.rejects(check(["free3.com", "not a domain"]), AvailabilityInputError);
  assert.equal(rdap.requests.length, n);
});

test("names are looked up once and answered in input order, in ASCII form", async () => {
  const n = rdap.requests.length;
  const results = await check(["Free4.com", "free4.com", "taken4.com"]);
  assert.deepEqual(
    results.map((r) => [r.domain, r.status]),
    [
      ["free4.com", "available"],
      ["free4.com", "available"],
      ["taken4.com", "taken"],
    ],
  );
  assert.equal(rdap.requests.length - n, 2);
});

test("per-host concurrency is never exceeded", async () => {
  const fixture = await startRdapFixture();
  try {
    const file = writeBootstrap(fixture.base);
    const names = Array.from({ length: 12 }, (_, i) => `free-c${i}.com`);
    const results = await checkDomains(names, {
      bootstrap: file,
      scheduler: new HostScheduler({ defaults: { concurrency: 2, minIntervalMs: 0 } }),
      budgetMs: 5000,
    });
    assert.ok(results.every((r) => r.status === "available"));
    assert.equal(fixture.requests.length, 12);
    assert.ok(fixture.maxInFlight <= 2, `max in flight ${fixture.maxInFlight}`);
  } finally {
    await fixture.close();
  }
});

test("an unreachable first server falls back to the TLD's next one; an IDN is asked in its A-label form", async () => {
  const dir = tempDir();
  const file = join(dir, "dns.json");
  // Port 1 on localhost refuses connections: a network error, so the next URL is tried.
  writeFileSync(file, JSON.stringify({ services: [[["com"], ["https://127.0.0.1:1/", rdap.base]]] }));
  const n = rdap.requests.length;
  const [r] = await check(["freé.com"], { bootstrap: file });
  assert.equal(r.domain, "xn--fre-dma.com");
  assert.equal(r.status, "taken", "the fixture answers 200 for a label it does not know");
  assert.deepEqual(
    rdap.requests.slice(n).map((q) => q.domain),
    ["xn--fre-dma.com"],
  );
});

test("a server that refuses connections everywhere is unknown (network error), never available", async () => {
  const file = join(tempDir(), "dns.json");
  writeFileSync(file, JSON.stringify({ services: [[["com"], ["http://127.0.0.1:1/"]]] }));
  const [r] = await check(["free8.com"], { bootstrap: file });
  assert.equal(r.status, "unknown");
  assert.match(r.reason ?? "", /network error reaching 127\.0\.0\.1:1/);
});

test("Retry-After: delay-seconds and HTTP-date (RFC 9110 §10.2.3)", () => {
  const now = Date.parse("2026-12-01T00:00:00Z");
  assert.equal(retryAfterMs("7", now), 7000);
  assert.equal(retryAfterMs("Tue, 01 Dec 2026 00:00:30 GMT", now), 30000);
  assert.equal(retryAfterMs("soon", now), undefined);
  assert.equal(retryAfterMs(null, now), undefined);
});

test("the shipped bootstrap snapshot names .com's registry and prefers the longest match", () => {
  const b = loadBootstrap(undefined);
  assert.deepEqual(b.serversFor("example.com"), ["https://rdap.verisign.com/com/v1/"]);
  assert.match(b.publication, /^\d{4}-\d{2}-\d{2}T/);
  const multi = parseBootstrap(
    JSON.stringify({
      services: [
        [["uk"], ["http://uk.example/", "https://uk.example/"]],
        [["co.uk"], ["https://co-uk.example/base"]],
      ],
    }),
    "test",
  );
  assert.deepEqual(multi.serversFor("shop.co.uk"), ["https://co-uk.example/base/"]);
  assert.deepEqual(multi.serversFor("shop.uk"), ["https://uk.example/", "http://uk.example/"]);
  assert.deepEqual(multi.serversFor("shop.de"), []);
});

test("broken bootstrap files are refused with a clear error", () => {
  for (const text of ["{", "[]", '{"services": 3}', '{"services": [[["com"], ["ftp://x/"]]]}', '{"services": []}'])
    assert.throws(() => parseBootstrap(text, "f.json"), AvailabilityDataError, text);
});

test("a lookup whose kept-alive connection the server had just closed is sent once more, not left unknown", async () => {
  let calls = 0;
  const closedOnce: typeof fetch = async (input, init) => {
    calls++;
    if (calls === 1)
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      });
    return fetch(input, init);
  };
  const [r] = await check(["taken2.com"], { fetch: closedOnce });
  assert.equal(r.status, "taken", r.reason);
  assert.equal(calls, 2);
});
