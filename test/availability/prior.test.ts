/** The offline prior: an estimate in [0,1] that orders names the way registrations do, never a status. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkDomains, labelRegisteredPrior, registeredPrior } from "../../src/availability/index.js";

test("dictionary words and short names in .com are almost surely registered", () => {
  // The examples of suggestions users found obviously registered are among them.
  for (const d of ["coffee.com", "table.com", "abc.com", "qzxw.com", "grapevine.com", "tablespoon.com"])
    assert.ok(registeredPrior(d) >= 0.9, `${d} ${registeredPrior(d)}`);
});

test("compounds of common words score above long coined names", () => {
  for (const d of ["coffeecup.com", "realtime.com"])
    assert.ok(registeredPrior(d) >= 0.85, `${d} ${registeredPrior(d)}`);
  const compound = registeredPrior("coffeecup.com");
  const coined = registeredPrior("zorbulatrixqen.com");
  assert.ok(compound >= 0.7, `coffeecup ${compound}`);
  assert.ok(coined <= 0.3, `coined ${coined}`);
  assert.ok(compound > coined);
});

test("hyphens and digits make a name freer; a crowded TLD makes it more taken", () => {
  assert.ok(labelRegisteredPrior("coffee-cup") < labelRegisteredPrior("coffeecup"));
  assert.ok(labelRegisteredPrior("coffeecup7") < labelRegisteredPrior("coffeecup"));
  assert.ok(registeredPrior("coffeecup.com") > registeredPrior("coffeecup.guru"));
  for (const d of ["a.com", "x-1.io", "verylongcoinednamewithoutwordsqx.shop"]) {
    const p = registeredPrior(d);
    assert.ok(p >= 0 && p <= 1, `${d} ${p}`);
  }
});

test("offline checks report the prior as an estimate: status unknown, source prior", async () => {
  const [r] = await checkDomains(["coffee.com"], { offline: true });
  assert.equal(r.status, "unknown");
  assert.equal(r.source, "prior");
  assert.ok((r.prior ?? 0) >= 0.9);
  assert.match(r.reason ?? "", /estimated/);
});
