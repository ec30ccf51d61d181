/**
 * The server with the real availability checker (src/availability through availabilityChecker) against the
 * RDAP fixture on localhost: "check": true adds each name's availability, GET /v1/check answers, and a name
 * the registry did not answer for is never reported available.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, availabilityChecker } from "../../src/server/index.js";
import { HostScheduler } from "../../src/availability/index.js";
import { startRdapFixture, writeBootstrap } from "../availability/fixtures.js";

test("the real checker: check: true and GET /v1/check answer from the registry; only a 404 is available", async () => {
  const rdap = await startRdapFixture((label) => (label.length % 2 === 1 ? "free" : "taken"));
  const bootstrap = writeBootstrap(rdap.base, ["com", "coffee", "ai", "io", "app"]);
  const checker = availabilityChecker({ bootstrap, scheduler: new HostScheduler() });
  const s = await createServer({ generator: "lexical", workers: 1, rateLimit: false, checker });
  try {
    const r = await s.inject({
      method: "POST",
      url: "/v1/suggest",
      payload: { business_description: "organic coffee shop in downtown area", check: true, count: 4 },
    });
    assert.equal(r.statusCode, 200);
    const body = r.json() as { suggestions: { domain: string; available: boolean | null }[] };
    assert.equal(body.suggestions.length, 4);
    for (const x of body.suggestions) {
      const label = x.domain.split(".")[0]!;
      assert.equal(x.available, label.length % 2 === 1, x.domain);
    }
    const free = await s.inject({ method: "GET", url: "/v1/check?domain=abc.com" });
    assert.deepEqual([free.json().available, free.json().status], [true, "available"]);
    const taken = await s.inject({ method: "GET", url: "/v1/check?domain=abcd.com" });
    assert.deepEqual([taken.json().available, taken.json().status], [false, "taken"]);
    // A TLD the bootstrap does not cover: the checker cannot tell, so it never says available.
    const unknown = await s.inject({ method: "GET", url: "/v1/check?domain=abc.org" });
    assert.equal(unknown.json().available, null);
  } finally {
    await s.close();
    await rdap.close();
  }
});
