import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createModel, createTrainer, type ModelConfig } from "../../src/engine/index.js";
import { loadCheckpoint, readModelFile, saveModelSafetensors } from "../../src/formats/index.js";
import { trainTokenizer } from "../../src/tokenizer/index.js";
import { understand } from "../../src/understand/index.js";
import {
  copyPieces,
  copyToken,
  promptLayout,
  labelOf,
  nameMask,
  nameTables,
  withSlots,
} from "../../src/generate/neural/index.js";
import {
  encodeExample,
  encodePrompt,
  epochBatches,
  promptWords,
  modelSpecials,
  openRun,
  packDocuments,
  readMetrics,
  runLoop,
  textDocument,
  namesDocument,
  CHECKPOINT_FILE,
  TrainError,
  type EncodedExample,
} from "../../src/train/index.js";

const TEXTS = [
  "organic coffee shop in the downtown area",
  "bakery with fresh bread",
  "dog grooming salon",
  "yoga studio for beginners",
];
const tok = trainTokenizer([...TEXTS, "brewbean roastly breadly pawsome zenflow"], {
  vocabSize: modelSpecials([]).length + 256 + 40,
  specials: modelSpecials([]),
});

test("prompt: language, hints, the request's root words, <sep>; answer names with TLD tokens and <eos>, loss only on the answer", () => {
  const u = understand("Organic coffee shop, no hyphens, .io");
  const p = encodePrompt(tok, u);
  assert.equal(p[0], tok.specialId("<bos>"));
  assert.equal(p[1], tok.specialId(`<lang:${u.language}>`));
  assert.ok(p.includes(tok.specialId("<nohyphens>")));
  assert.ok(p.includes(tok.specialId("<tld:io>")));
  assert.equal(p[p.length - 1], tok.specialId("<sep>"));
  // The request's concepts, strongest first, then their curated associations, each encoded as it would be
  // at the start of a label.
  const words = promptWords(u);
  assert.ok(words.includes("coffee") && words.includes("organic"), words.join(","));
  assert.ok(words.indexOf("coffee") < words.indexOf("bean"), `associations follow the concepts: ${words.join(",")}`);
  assert.equal(promptWords(understand("An AI copilot for tax accountants"))[0], "ai", "a text about AI leads with it");
  assert.ok(
    !promptWords(understand("KYC review agent for banks"), 3).includes("pressor"),
    "format 3 offers no WordNet drift",
  );
  const contains = (hay: number[], needle: number[]) => hay.some((_, i) => needle.every((x, j) => hay[i + j] === x));
  assert.ok(contains(p, [...tok.encode("coffee"), ...tok.encode(",")]) || contains(p, tok.encode("coffee")));
  assert.ok(!contains(p, tok.encode(" in the")), "function words of the description are not in the prompt");
  const ex = encodeExample(tok, u, [
    { label: "brewbean", tld: "io" },
    { label: "Bad_Label", tld: "io" },
    { label: "roastly", tld: "com" },
  ])!;
  assert.equal(ex.lossFrom, p.length);
  const answer = tok.decode(ex.tokens.slice(ex.lossFrom));
  assert.equal(answer, "brewbean<tld:io><sep>roastly<tld:com><eos>"); // the invalid label is skipped
  assert.equal(encodeExample(tok, u, [{ label: "x_y", tld: "com" }]), null);
});

test("prompt format 4: a slot token before each prompt word; a prompt word inside a target name is written as its slot", () => {
  const u = understand("Organic coffee shop");
  const { ids, words } = promptLayout(tok, u, 4);
  assert.ok(words.length >= 2 && words.includes("coffee"), words.join(","));
  const slot = (w: string) => tok.specialId(copyToken(words.indexOf(w) + 1));
  const at = ids.indexOf(slot("coffee"));
  assert.ok(at > 0, "the word's slot token is in the prompt");
  assert.deepEqual(
    ids.slice(at + 1, at + 1 + tok.encode("coffee").length),
    tok.encode("coffee"),
    "the word follows its slot",
  );
  // Longest word first, left to right, adjacent copies kept apart; short words are spelled.
  assert.deepEqual(copyPieces("breadbakery", ["bakery", "bread"]), [2, 1]);
  assert.deepEqual(copyPieces("thebreadhub", ["bread", "he"]), ["the", 1, "hub"]);
  assert.deepEqual(copyPieces("beanbean", ["bean"]), [1, 1]);
  assert.deepEqual(copyPieces("zenflow", ["coffee"]), ["zenflow"]);
  const ex = encodeExample(tok, u, [{ label: "coffeely", tld: "com" }], 4)!;
  const answer = ex.tokens.slice(ex.lossFrom);
  assert.equal(answer[0], slot("coffee"));
  assert.equal(tok.decode(answer.slice(1)), "ly<tld:com><eos>");
  // Decoding: the slot spells its word under the mask, so a copied word is one step and counts its letters.
  const tables = withSlots(
    nameTables(tok),
    words.map((_, i) => tok.specialId(copyToken(i + 1))),
    words,
  );
  assert.equal(labelOf(tables, [slot("coffee"), ...tok.encode("ly")]), "coffeely");
  const mask = nameMask(tables, {
    minLength: 2,
    maxLength: 7,
    allowDigits: false,
    allowHyphens: false,
    tldIds: [tok.specialId("<tld:com>")],
    maxLabelTokens: 10,
  });
  const logits = new Float32Array(tok.vocabSize).fill(0);
  mask({ generated: [], sequence: 0 }, logits);
  assert.equal(logits[slot("coffee")], 0, "a six-letter word fits a seven-letter label");
  logits.fill(0);
  const ab = tok.encode("ab");
  assert.equal(labelOf(tables, ab), "ab");
  mask({ generated: ab, sequence: 0 }, logits);
  assert.equal(logits[slot("coffee")], -Infinity, "no room for the word after two letters");
  assert.throws(() =>
    promptLayout(trainTokenizer(TEXTS, { vocabSize: 300, specials: ["<pad>", "<bos>", "<eos>", "<sep>"] }), u, 4),
  );
});

test("documents pack into windows of T+1 tokens; the order depends only on the seed", () => {
  const docs = [
    ...TEXTS.map((t) => textDocument(tok, t)),
    namesDocument(tok, [{ label: "brewbean", tld: "com", score: 9 }])!,
  ];
  const a = packDocuments(docs, 8, 1);
  assert.ok(a.length > 0 && a.every((w) => w.tokens.length === 9 && w.lossFrom === 1));
  assert.deepEqual(packDocuments(docs, 8, 1), a);
});

test("epoch batches cover every example once and repeat for the same seed", () => {
  const lengths = Array.from({ length: 103 }, (_, i) => (i * 37) % 50);
  const b = epochBatches(lengths, 8, 3, 0);
  assert.deepEqual(
    [...b.flat()].sort((x, y) => x - y),
    lengths.map((_, i) => i),
  );
  assert.deepEqual(epochBatches(lengths, 8, 3, 0), b);
  assert.notDeepEqual(epochBatches(lengths, 8, 3, 1), b);
});

const tiny: ModelConfig = {
  vocabSize: tok.vocabSize,
  dim: 32,
  nLayers: 1,
  nHeads: 2,
  nKvHeads: 2,
  ffnDim: 64,
  contextLength: 64,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};

function examples(): EncodedExample[] {
  return TEXTS.map((t, i) =>
    encodeExample(tok, understand(t), [{ label: ["brewbean", "breadly", "pawsome", "zenflow"][i]!, tld: "com" }])!,
  );
}

test("the loop lowers the loss, keeps the best weights, and a resumed run ends where an uninterrupted one does", () => {
  const root = mkdtempSync(join(tmpdir(), "nw-train-"));
  try {
    const schedule = { lr: 1e-2, minLr: 1e-3, warmupSteps: 2, totalSteps: 24 };
    const common = {
      train: examples(),
      val: examples(),
      pad: tok.specialId("<pad>"),
      batchSize: 2,
      totalSteps: 24,
      evalEvery: 8,
      checkpointEverySec: 1e9,
      patience: 0,
      seed: 5,
      bestFile: "model.safetensors",
      maxT: 64,
      log: () => {},
    };
    // Uninterrupted.
    const runA = openRun(root, "a", { x: 1 });
    const ta = createTrainer(createModel(tiny, 7), { schedule, seed: 5 });
    const ra = runLoop({ ...common, run: runA, trainer: ta, snapshot: () => saveModelSafetensors(ta.model) });
    const vals = readMetrics(runA)
      .filter((m) => typeof m.val_loss === "number")
      .map((m) => m.val_loss as number);
    assert.ok(vals[vals.length - 1]! < vals[0]! * 0.8, `val loss fell: ${vals.join(", ")}`);
    assert.equal(ra.stoppedBy, "steps");
    // Interrupted after 0 s of wall time budget (stops after its first step), then resumed from the checkpoint.
    const runB = openRun(root, "b", { x: 1 });
    const tb = createTrainer(createModel(tiny, 7), { schedule, seed: 5 });
    const first = runLoop({
      ...common,
      run: runB,
      trainer: tb,
      maxSeconds: 0,
      snapshot: () => saveModelSafetensors(tb.model),
    });
    assert.equal(first.stoppedBy, "time");
    assert.ok(first.steps < 24);
    const tb2 = loadCheckpoint(readModelFile(join(runB.dir, CHECKPOINT_FILE)));
    runLoop({ ...common, run: runB, trainer: tb2, snapshot: () => saveModelSafetensors(tb2.model) });
    assert.equal(tb2.opt.step, 24);
    let maxDiff = 0;
    for (let i = 0; i < ta.model.params.length; i++)
      maxDiff = Math.max(maxDiff, Math.abs(ta.model.params[i]! - tb2.model.params[i]!));
    assert.ok(maxDiff < 1e-6, `resumed weights differ by ${maxDiff}`);
    // Reopening a run with another config is refused.
    assert.throws(
      () => openRun(root, "a", { x: 2 }),
      (e: unknown) => e instanceof TrainError && e.code === "E_RUN_CONFIG",
    );
    assert.throws(
      () => openRun(root, "../x", { x: 2 }),
      (e: unknown) => e instanceof TrainError && e.code === "E_RUN_ID",
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
