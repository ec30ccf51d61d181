import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  readHandWritten,
  readReferences,
  realisticItems,
  splitDomain,
  TEST_WRITERS,
  DEV_WRITERS,
  TRAINING_WRITERS,
  VALIDATION_WRITERS,
  TrainError,
} from "../../src/train/index.js";

test("splits are disjoint: no test or dev2 writer trains or validates, and reading one is refused", () => {
  assert.ok(DEV_WRITERS.length > 0 && !DEV_WRITERS.some((w) => TEST_WRITERS.includes(w)));
  for (const w of [...TEST_WRITERS, ...DEV_WRITERS]) {
    assert.ok(!TRAINING_WRITERS.includes(w) && !VALIDATION_WRITERS.includes(w), w);
    assert.throws(
      () => readHandWritten(process.cwd(), ["w1", w]),
      (e: unknown) => e instanceof TrainError && e.code === "E_TEST_SPLIT",
    );
    assert.throws(
      () => readReferences(process.cwd(), [w]),
      (e: unknown) => e instanceof TrainError,
    );
  }
  assert.ok(!TRAINING_WRITERS.some((w) => VALIDATION_WRITERS.includes(w)));
});

test("a domain splits at its first dot; labels that are not ASCII LDH are left out", () => {
  assert.deepEqual(splitDomain("BrewBean.com.br"), { label: "brewbean", tld: "com.br" });
  assert.deepEqual(splitDomain("pan-y-sal.es"), { label: "pan-y-sal", tld: "es" });
  assert.equal(splitDomain("mühlbach.de"), null);
  assert.equal(splitDomain("-bad.com"), null);
  assert.equal(splitDomain("nodot"), null);
  assert.equal(splitDomain(".com"), null);
});

test("training items join each description to its expert names; a bad line is named by file and line", () => {
  const root = mkdtempSync(join(tmpdir(), "nw-realistic-"));
  try {
    mkdirSync(join(root, "data", "sources", "descriptions"), { recursive: true });
    mkdirSync(join(root, "data", "sources", "references"), { recursive: true });
    const d = (id: string, text: string) =>
      JSON.stringify({ id, writer: "w1", text, lang: "en", source_type: "tagline", sector: "food_drink" });
    writeFileSync(
      join(root, "data/sources/descriptions/w1.jsonl"),
      [d("w1-0001", "a bakery"), d("w1-0002", "a barber")].join("\n"),
    );
    writeFileSync(
      join(root, "data/sources/references/e1-w1.jsonl"),
      JSON.stringify({ id: "w1-0001", expert: "e1", names: ["crumb.bakery", "über.de", "loafly.com"] }) + "\n",
    );
    const items = realisticItems(root, ["w1"], false);
    assert.equal(items.length, 1, "a description without references is not a training item");
    assert.equal(items[0]!.description, "a bakery");
    assert.deepEqual(
      items[0]!.names.map((n) => `${n.label}.${n.tld}`),
      ["crumb.bakery", "loafly.com"],
    );
    writeFileSync(join(root, "data/sources/references/e1-w1.jsonl"), '{"id":"w1-0001","names":"x"}\n');
    assert.throws(() => realisticItems(root, ["w1"], false), /e1-w1\.jsonl:1/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
