import { test } from "node:test";
import assert from "node:assert/strict";
import { generatorConfigNames, resolveGeneratorConfig } from "../../src/evaluate/index.js";
import { GENERATOR_KINDS, resolveGenerators } from "../../src/generate/index.js";

test("every generator kind the CLI offers is an evaluation config, resolved as the CLI resolves it", async () => {
  for (const kind of GENERATOR_KINDS) assert.ok(generatorConfigNames().includes(kind), kind);
  for (const kind of GENERATOR_KINDS) {
    const spec = await resolveGeneratorConfig(`${kind}:pool=50`);
    assert.deepEqual(
      spec.generators.map((g) => g.name),
      resolveGenerators(kind).map((g) => g.name),
      kind,
    );
    assert.equal(spec.options?.poolSize, 50);
    if (kind === "lexical") assert.equal(spec.model, null);
    else assert.match(spec.model?.sha256 ?? "", /^[0-9a-f]{64}$/, `${kind} records the weights it ran`);
  }
});

test("bundle: any trained model folder, alone or as the product combines it; bad parameters are named", async () => {
  const alone = await resolveGeneratorConfig("bundle:dir=models/namewright-small");
  assert.equal(alone.generators.length, 1);
  const both = await resolveGeneratorConfig("bundle:dir=models/namewright-small,mode=both,temperature=0.9");
  assert.equal(both.generators.length, 2);
  assert.equal(both.generators[0].supplement, true, "the model's names join as a supplement, as in the product");
  await assert.rejects(resolveGeneratorConfig("bundle"), /needs dir=/);
  await assert.rejects(resolveGeneratorConfig("bundle:dir=/nonexistent"), /no model.safetensors/);
  await assert.rejects(resolveGeneratorConfig("bundle:dir=models/namewright-small,mode=solo"), /model or both/);
  await assert.rejects(
    resolveGeneratorConfig("bundle:dir=models/namewright-small,temperature=0"),
    /temperature must be/,
  );
  await assert.rejects(resolveGeneratorConfig("nope"), /known: both, bundle, crafted, lexical, model/);
});
