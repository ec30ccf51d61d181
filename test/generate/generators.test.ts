import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveGenerators } from "../../src/generate/generators.js";
import { understand } from "../../src/understand/index.js";

test("generator configurations: lexical, model (redraws repeats) and both (model rows not redrawn, for latency)", async () => {
  assert.deepEqual(
    resolveGenerators("lexical").map((g) => g.name),
    ["lexical"],
  );
  assert.throws(() => resolveGenerators("gpt"), /--generator must be one of/);
  const [alone] = resolveGenerators("model");
  const [inBoth, lexical] = resolveGenerators("both");
  assert.equal(lexical!.name, "lexical");
  assert.equal(inBoth!.supplement, true, "inside both, the model's names are gated as a supplement");
  assert.notEqual(alone!.supplement, true);
  assert.equal(resolveGenerators("model")[0], alone, "one model generator per configuration and process");
  // A request on which 32 plain rows of the shipped model repeat a name, so that redraws can show.
  const u = understand("AI bookkeeping for freelancers");
  const a = await alone!.generate(u, 32);
  const b = await inBoth!.generate(u, 32);
  assert.ok(a.length > b.length, `model alone ${a.length} distinct names, in both ${b.length}`);
});
