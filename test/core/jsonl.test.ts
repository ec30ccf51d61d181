import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonLines } from "../../src/core/jsonl.js";

test("jsonLines skips blank lines, keeps 1-based line numbers, and names the first line that is not JSON", () => {
  const fail = (n: number) => new Error(`line ${n}`);
  assert.deepEqual(
    [...jsonLines('{"a":1}\n\n  \r\n[2]\n', fail)],
    [
      { value: { a: 1 }, line: 1 },
      { value: [2], line: 4 },
    ],
  );
  assert.throws(() => [...jsonLines('{"a":1}\n{oops\n{"b":2}', fail)], /line 2/);
});
