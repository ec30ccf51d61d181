// Edge-case discovery: input generation covers every category reproducibly, the classifier assigns the
// documented classes on hand-made outcomes, and the worker runner enforces a hard time limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  EDGE_CATEGORIES,
  categoryCases,
  classify,
  fuzzCases,
  runEdgeCases,
  summarizeEdge,
  formatEdgeTable,
  type EdgeCase,
  type EdgeOutcome,
} from "../../src/evaluate/index.js";

const cons = {
  allowDigits: true,
  allowHyphens: true,
  tlds: [],
  mustInclude: [],
  exclude: [],
  style: "any" as const,
  allowIdn: false,
};
const ok = (names: string[], relevance = 6, language = "en"): EdgeOutcome => ({
  kind: "success",
  ms: 5,
  language,
  constraints: cons,
  names: names.map((d) => ({ domain: d, display: d, relevance })),
});
const base: EdgeCase = { id: "x", category: "typos", note: "", input: "a bakery", expect: {} };

test("every category has cases, ids are unique, and generation is reproducible", () => {
  const cases = [...categoryCases(), ...fuzzCases(["A bakery in Lyon", "Dog grooming in Austin"], 30, 5)];
  for (const c of EDGE_CATEGORIES)
    assert.ok(
      cases.some((x) => x.category === c),
      c,
    );
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length);
  assert.deepEqual(fuzzCases(["A bakery in Lyon"], 10, 9), fuzzCases(["A bakery in Lyon"], 10, 9));
  for (const c of fuzzCases(["A bakery in Lyon"], 300, 2))
    if (c.input.includes("\u0000")) assert.equal(c.expect.rejectOk, true, "a NUL byte may be rejected as binary input");
  assert.notDeepEqual(fuzzCases(["A bakery in Lyon"], 10, 9), fuzzCases(["A bakery in Lyon"], 10, 10));
});

test("the classifier names each failure class", () => {
  const classes = (c: EdgeCase, o: EdgeOutcome): string[] => classify(c, o).map((f) => f.cls);
  assert.deepEqual(classes(base, { kind: "crash", ms: 1, error: "TypeError: x" }), ["crash"]);
  assert.deepEqual(classes(base, { kind: "timeout", ms: 1e4 }), ["timeout"]);
  assert.deepEqual(classes(base, { kind: "rejected", ms: 1, code: "empty", message: "empty" }), ["wrongly-rejected"]);
  assert.deepEqual(
    classes({ ...base, expect: { rejected: true } }, { kind: "rejected", ms: 1, code: "empty", message: "empty" }),
    [],
  );
  assert.deepEqual(
    classes(
      { ...base, expect: { rejectOk: true } },
      { kind: "rejected", ms: 1, code: "binary_input", message: "binary" },
    ),
    [],
  );
  assert.deepEqual(classes(base, ok([])), ["empty-result"]);
  assert.deepEqual(classes({ ...base, expect: { emptyOk: true } }, ok([])), []);
  assert.deepEqual(classes(base, ok(["-bad-.com", "good.com"])), ["invalid-domain"]);
  assert.deepEqual(classes(base, ok(["brew.com", "brew.io"])), ["duplicates"]);
  assert.deepEqual(classes({ ...base, expect: { forbidden: ["nike"] } }, ok(["nikestride.com"])), ["unsafe-output"]);
  assert.deepEqual(classes(base, ok(["zorbly.com"], 0.5)), ["off-topic"]);
  assert.deepEqual(classes({ ...base, expect: { topicFree: true } }, ok(["zorbly.com"], 0.5)), []);
  assert.deepEqual(classes({ ...base, expect: { language: "fr" } }, ok(["pain.com"], 6, "it")), ["wrong-language"]);
  assert.deepEqual(classes({ ...base, expect: { constraints: { maxLength: 4 } } }, ok(["bakery.com"])), [
    "constraint-violated",
  ]);
  assert.deepEqual(classes({ ...base, expect: { blocked: true } }, ok(["x.com"])), ["missed-block"]);
  assert.deepEqual(classes(base, { kind: "blocked", ms: 1, category: "violence" }), ["false-block"]);
  assert.deepEqual(
    classes({ ...base, expect: { blockOk: true } }, { kind: "blocked", ms: 1, category: "prompt_injection" }),
    [],
  );
});

test("the worker runner runs the real pipeline and enforces a hard per-case time limit", async () => {
  const cases: EdgeCase[] = [
    { id: "ok", category: "typos", note: "", input: "a bakry in londn", expect: {} },
    { id: "empty", category: "empty-short", note: "", input: "", expect: { rejected: true } },
  ];
  const res = await runEdgeCases(cases, { timeoutMs: 30_000, progress: false });
  assert.equal(res[0].outcome.kind, "success");
  assert.equal(res[1].outcome.kind, "rejected");
  const s = summarizeEdge(res);
  assert.equal(s.total, 2);
  assert.match(formatEdgeTable(s), /\| typos \| 1 \|/);
  // 1 ms is far below one pipeline call: the case must come back as a timeout, not hang.
  const t = await runEdgeCases([cases[0]], { timeoutMs: 1, progress: false });
  assert.equal(t[0].outcome.kind, "timeout");
  assert.deepEqual(
    t[0].failures.map((f) => f.cls),
    ["timeout"],
  );
});
