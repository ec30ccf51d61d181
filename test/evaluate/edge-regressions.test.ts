// Regression fixtures from `namewright edge` (fixtures/edge-regressions.json):
//  - "open": a failure class the edge run found in another module's code, not fixed yet. Run as a todo
//    test (reported, does not fail the suite) that passes once the failure is gone; then flip it to
//    "fixed" so it guards the fix.
//  - "fixed" and "guard": behaviour that is correct now and must stay so (no failure of any class).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  classify,
  executeCase,
  type EdgeCase,
  type EdgeCategory,
  type EdgeExpectation,
  type FailureClass,
} from "../../src/evaluate/index.js";

interface Fixture {
  id: string;
  status: "open" | "fixed" | "guard";
  owner?: string;
  category: EdgeCategory;
  input: string;
  expect: EdgeExpectation;
  class: FailureClass | "any";
  found?: string;
}

const fixtures = JSON.parse(
  readFileSync(new URL("./fixtures/edge-regressions.json", import.meta.url), "utf8"),
) as Fixture[];

for (const fx of fixtures) {
  const name = `${fx.status} ${fx.id}: ${fx.class === "any" ? "no failure" : `no ${fx.class}`}${fx.owner ? ` (${fx.owner})` : ""}`;
  const options = fx.status === "open" ? { todo: `open bug, found: ${fx.found ?? "see fixture"}` } : {};
  test(name, options, async () => {
    const c: EdgeCase = { id: fx.id, category: fx.category, note: fx.id, input: fx.input, expect: fx.expect };
    const failures = classify(c, await executeCase(fx.input));
    const relevant = fx.class === "any" ? failures : failures.filter((f) => f.cls === fx.class);
    assert.deepEqual(relevant, [], JSON.stringify(relevant));
  });
}
