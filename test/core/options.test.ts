import { test } from "node:test";
import assert from "node:assert/strict";
import { wholeNumberOption } from "../../src/core/options.js";
import { InputError } from "../../src/core/errors.js";

test("whole-number options: in range they parse; anything else is an InputError naming the option and range", () => {
  assert.equal(wholeNumberOption("seed", " 42 ", 0, 100, "X"), 42);
  assert.equal(wholeNumberOption("seed", "+7", 0, 100, "X"), 7);
  for (const bad of ["-4", "zero", "1.5", "", "1e3", "101", "0x10"]) {
    assert.throws(
      () => wholeNumberOption("seed", bad, 0, 100, "MY_CODE"),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.equal(e.code, "MY_CODE");
        assert.match(e.message, /--seed must be a whole number from 0 to 100/);
        return true;
      },
      bad,
    );
  }
});
