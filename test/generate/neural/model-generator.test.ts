import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createModel, type ModelConfig } from "../../../src/engine/index.js";
import { Tokenizer, trainTokenizer } from "../../../src/tokenizer/index.js";
import { understand } from "../../../src/understand/index.js";
import { validateDomain } from "../../../src/domain/index.js";
import { modelSpecials, writeBundle, PROMPT_FORMAT, promptWords } from "../../../src/train/index.js";
import {
  createModelGenerator,
  nameMask,
  nameTables,
  sampleNames,
  rulesFor,
  ModelBundleError,
  loadModelBundle,
  partsOf,
  priorFinder,
  readGenerationConfig,
  GENERATION_CONFIG_FILE,
  DEFAULT_SAMPLING,
} from "../../../src/generate/neural/index.js";

const tok = trainTokenizer(["coffee shop brewbean roastly 24 hour bean-bar x-y", "bakery bread breadly 123 a-b-c --"], {
  vocabSize: modelSpecials(["coffee"]).length + 256 + 30,
  specials: modelSpecials(["coffee"]),
});
const config: ModelConfig = {
  vocabSize: tok.vocabSize,
  dim: 32,
  nLayers: 1,
  nHeads: 2,
  nKvHeads: 2,
  ffnDim: 64,
  contextLength: 96,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};
// A random (untrained) model: its unconstrained output is noise, so every valid name below is the mask's doing.
const model = createModel(config, 3);
const tables = nameTables(tok);

test("label tokens are exactly the LDH-only tokens; TLD tokens are found", () => {
  assert.ok(tables.labelTokens.length > 30);
  for (const t of tables.labelTokens) assert.match(t.text, /^[a-z0-9-]+$/);
  assert.ok(tables.tldIds.has("com") && tables.tldIds.has("coffee"));
});

test("mask: after a TLD only the end is allowed; a TLD cannot follow an empty label or a hyphen", () => {
  const u = understand("coffee shop");
  const mask = nameMask(tables, rulesFor(tables, u));
  const logits = new Float32Array(tok.vocabSize).fill(1);
  mask({ sequence: 0, generated: [tables.tldIds.get("com")!] }, logits);
  const allowed = [...logits.keys()].filter((i) => logits[i]! > -Infinity);
  assert.deepEqual(allowed.sort(), [tables.sep, tables.eos].sort());
  logits.fill(1);
  mask({ sequence: 0, generated: [] }, logits);
  assert.equal(logits[tables.tldIds.get("com")!], -Infinity);
  for (const t of tables.labelTokens) if (t.text.startsWith("-")) assert.equal(logits[t.id], -Infinity);
});

test("constrained sampling from a random model yields only valid names that meet the constraints", () => {
  for (const text of [
    "coffee shop",
    "coffee shop, max 6 letters, no numbers, no hyphens, .io only",
    "bakery 🥐 in Lyon, court",
  ]) {
    const u = understand(text);
    const names = sampleNames(model, tok, tables, u, { n: 48, sampling: { temperature: 1.5 }, seed: 1 });
    assert.ok(names.length > 10, `${text}: ${names.length} names`);
    for (const n of names) {
      assert.ok(validateDomain(`${n.label}.${n.tld}`).valid, `${n.label}.${n.tld}`);
      assert.ok(!n.label.includes("--"));
      const c = u.constraints;
      if (c.maxLength !== undefined) assert.ok(n.label.length <= c.maxLength, n.label);
      if (!c.allowDigits) assert.doesNotMatch(n.label, /[0-9]/);
      if (!c.allowHyphens) assert.doesNotMatch(n.label, /-/);
      if (c.tlds.length > 0) assert.ok(c.tlds.includes(n.tld), n.tld);
    }
    assert.equal(new Set(names.map((n) => `${n.label}.${n.tld}`)).size, names.length);
  }
});

test("the generator is deterministic per request and marks its candidates as model output", async () => {
  const g = createModelGenerator({ bundle: { dir: "", model, tokenizer: tok, info: {} }, maxSamples: 16 });
  const u = understand("coffee shop");
  const a = await g.generate(u, 100);
  const b = await g.generate(u, 100);
  assert.deepEqual(a, b);
  assert.ok(a.length > 0 && a.length <= 16);
  assert.ok(a.every((c) => c.source === "model" && c.method === "model"));
});

test("a missing bundle raises a typed error that says how to get one", () => {
  assert.throws(
    () => loadModelBundle("/nonexistent/bundle"),
    (e: unknown) => e instanceof ModelBundleError && e.code === "E_MODEL_MISSING" && /train:base/.test(e.message),
  );
});

test("a bundle trained with an unknown prompt format is refused with a typed error; formats 2, 3 and 4 load", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-bundle-"));
  try {
    writeBundle(dir, model, tok, { name: "t" });
    assert.equal(loadModelBundle(dir).info.promptFormat, PROMPT_FORMAT);
    assert.equal(loadModelBundle(dir).format, 3);
    writeFileSync(join(dir, "model.json"), JSON.stringify({ name: "t", promptFormat: 2 }));
    assert.equal(loadModelBundle(dir).format, 2, "the template-era layout is still read");
    writeFileSync(join(dir, "model.json"), JSON.stringify({ name: "t", promptFormat: 4 }));
    assert.equal(loadModelBundle(dir).format, 4, "copy slots: this tokenizer has the slot tokens");
    // The same tokenizer with the slot tokens renamed: same size, so only the missing slots can fail it.
    const noSlots = Tokenizer.fromJSON(tok.toJSON().replace(/<c:(\d+)>/g, "<x:$1>"));
    writeFileSync(join(dir, "tokenizer.json"), noSlots.toJSON());
    assert.throws(
      () => loadModelBundle(dir),
      (e: unknown) => e instanceof ModelBundleError && /slot/.test(e.message),
      "a format-4 bundle whose tokenizer lacks the slots",
    );
    writeFileSync(join(dir, "tokenizer.json"), tok.toJSON());
    writeFileSync(join(dir, "model.json"), JSON.stringify({ name: "t", promptFormat: 5 }));
    assert.throws(
      () => loadModelBundle(dir),
      (e: unknown) => e instanceof ModelBundleError && e.code === "E_MODEL_FORMAT" && /Retrain/.test(e.message),
    );
    writeFileSync(join(dir, "model.json"), JSON.stringify({ name: "t" })); // written before formats were recorded
    assert.throws(
      () => loadModelBundle(dir),
      (e: unknown) => e instanceof ModelBundleError && e.code === "E_MODEL_FORMAT",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("parts: the prompt's root words a label contains, longest first without overlap, in order", () => {
  const u = understand("organic coffee shop in downtown area");
  assert.deepEqual(partsOf("beanbrew", u), ["bean", "brew"]);
  assert.deepEqual(partsOf("coffeeshop", u), ["coffee", "shop"]);
  assert.deepEqual(partsOf("zqxv", u), []);
});

test("a required word is decoded into every name, at the start in half the rows and elsewhere in others, within the length limit", () => {
  const u = understand('coffee shop, must contain "bean", max 12 letters');
  assert.deepEqual(u.constraints.mustInclude, ["bean"]);
  const names = sampleNames(model, tok, tables, u, { n: 48, sampling: { temperature: 1.5 }, seed: 2, retries: 1 });
  assert.ok(names.length >= 24, `${names.length} names`);
  for (const n of names) {
    assert.ok(n.label.includes("bean"), n.label);
    assert.ok(n.label.length <= 12, n.label);
    assert.ok(validateDomain(`${n.label}.${n.tld}`).valid, n.label);
  }
  assert.ok(
    names.some((n) => n.label.startsWith("bean")) && names.some((n) => !n.label.startsWith("bean")),
    names.map((n) => n.label).join(" "),
  );
});

test("anchored rows: each cycle gives the strongest prompt words one row each, free rows stay free, dropped labels are redrawn", () => {
  const u = understand("coffee shop for bean lovers");
  const words = promptWords(u).filter((w) => w.length >= 3);
  const rows = 24;
  const seen: string[][] = [];
  const names = sampleNames(model, tok, tables, u, {
    n: rows,
    sampling: { temperature: 1.5 },
    seed: 4,
    anchors: { words: 2, free: 1 },
    retries: 1,
    drop: new Set(words),
  });
  assert.ok(names.length >= 12, `${names.length} names`);
  for (const n of names) {
    assert.ok(!words.includes(n.label), `a dropped label came back: ${n.label}`);
    seen.push(words.slice(0, 2).filter((w) => n.label.includes(w)));
  }
  // With a random model, a label holding one of the two anchors is the mask's doing; free rows rarely do.
  const anchored = seen.filter((s) => s.length > 0).length;
  assert.ok(anchored >= names.length / 2, `${anchored} of ${names.length} anchored`);
  assert.ok(
    words.slice(0, 2).every((w) => names.some((n) => n.label.includes(w))),
    names.map((n) => n.label).join(" "),
  );
});

test("mask keeps exactly the top-k allowed tokens (distinct logits)", () => {
  const u = understand("coffee shop");
  const rules = { ...rulesFor(tables, u), topK: 5 };
  const logits = Float32Array.from({ length: tok.vocabSize }, (_, i) => Math.sin(i * 12.9898) * 10);
  const allowedBefore = (() => {
    const l = logits.slice();
    nameMask(tables, { ...rules, topK: 0 })({ sequence: 0, generated: [] }, l);
    return [...l.keys()].filter((i) => l[i]! > -Infinity);
  })();
  const l = logits.slice();
  nameMask(tables, rules)({ sequence: 0, generated: [] }, l);
  const kept = [...l.keys()].filter((i) => l[i]! > -Infinity);
  const expected = [...allowedBefore].sort((a, b) => logits[b]! - logits[a]!).slice(0, 5);
  assert.deepEqual(
    kept.sort((a, b) => a - b),
    expected.sort((a, b) => a - b),
  );
});

test("over-sampling: of f x n sampled names, the n with the best lexical prior are returned, in sampling order", () => {
  const bundle = { dir: "", model, tokenizer: tok, info: {} };
  const u = understand("coffee shop for bean lovers");
  const all = createModelGenerator({ bundle, maxSamples: 24, retries: 0 })
    .generate(u, 24)
    .map((c) => c.label);
  const kept = createModelGenerator({ bundle, maxSamples: 8, retries: 0, oversample: 3 })
    .generate(u, 8)
    .map((c) => c.label);
  assert.ok(all.length > 8, `${all.length} sampled`);
  assert.equal(kept.length, 8);
  // Same seed and rows: the kept names are a subsequence of the 24 sampled ones.
  let at = 0;
  for (const k of kept) {
    at = all.indexOf(k, at);
    assert.ok(at >= 0, `${k} was not sampled`);
  }
  const prior = priorFinder(u);
  const dropped = all.filter((l) => !kept.includes(l));
  assert.ok(
    Math.min(...kept.map(prior)) >= Math.max(...dropped.map(prior)),
    `${kept.join(" ")} | ${dropped.join(" ")}`,
  );
  // A label built from the request's strongest word has a higher prior than one built from none.
  assert.ok(prior("coffeezq") > prior("zqxvbt"));
});

test("generation_config.json: a bundle's own sampling is read (Hugging Face keys), validated, and used by the generator", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-genconf-"));
  try {
    writeBundle(dir, model, tok, { name: "t" });
    assert.equal(loadModelBundle(dir).sampling, undefined);
    assert.equal(readGenerationConfig(dir), undefined);
    // Unknown keys (do_sample, a calibration record) are ignored.
    writeFileSync(
      join(dir, GENERATION_CONFIG_FILE),
      JSON.stringify({ temperature: 1.7, top_p: 0.5, do_sample: true, calibration: { reference: "x" } }),
    );
    const bundle = loadModelBundle(dir);
    assert.deepEqual(bundle.sampling, { temperature: 1.7, topP: 0.5 });
    const u = understand("coffee shop");
    const own = await createModelGenerator({ bundle, maxSamples: 16 }).generate(u, 16);
    const explicit = await createModelGenerator({
      bundle: { ...bundle, sampling: undefined },
      maxSamples: 16,
      sampling: { temperature: 1.7, topP: 0.5 },
    }).generate(u, 16);
    const dflt = await createModelGenerator({ bundle: { ...bundle, sampling: undefined }, maxSamples: 16 }).generate(
      u,
      16,
    );
    assert.deepEqual(own, explicit);
    assert.notDeepEqual(own, dflt);
    // A key the file leaves out keeps the default: temperature alone keeps DEFAULT_SAMPLING's top-p.
    writeFileSync(join(dir, GENERATION_CONFIG_FILE), JSON.stringify({ temperature: 1.7 }));
    const partial = await createModelGenerator({ bundle: loadModelBundle(dir), maxSamples: 16 }).generate(u, 16);
    const merged = await createModelGenerator({
      bundle: { ...bundle, sampling: undefined },
      maxSamples: 16,
      sampling: { ...DEFAULT_SAMPLING, temperature: 1.7 },
    }).generate(u, 16);
    assert.deepEqual(partial, merged);
    for (const bad of [
      "{not json",
      JSON.stringify({ top_p: 1.5 }),
      JSON.stringify({ temperature: 0 }),
      JSON.stringify({ top_k: 2.5 }),
    ]) {
      writeFileSync(join(dir, GENERATION_CONFIG_FILE), bad);
      assert.throws(
        () => loadModelBundle(dir),
        (e: unknown) =>
          e instanceof ModelBundleError && e.code === "E_MODEL_CORRUPT" && /generation_config\.json/.test(e.message),
        bad,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
