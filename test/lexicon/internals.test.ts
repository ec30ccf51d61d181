import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CompactWordSet, FNV_OFFSET, PREFIX_LEN, fnvStep } from "../../src/lexicon/hashset.js";
import { PagedWordSet } from "../../src/lexicon/paged.js";
import { parseAffix, parseHunspellDic } from "../../src/lexicon/sources.js";
import { chooseAlphabet, makeAlphabet, trainTrigramKN } from "../../src/lexicon/phonotactics-train.js";
import { createModel, decodeModel, encodeModel, phonotacticStats } from "../../src/lexicon/phonotactics.js";
import { fold, transliterateGerman } from "../../src/lexicon/fold.js";
import { LexiconDataError } from "../../src/lexicon/errors.js";

test("fold removes accents and expands ß/æ/œ; German transliteration uses ae/oe/ue", () => {
  assert.equal(fold("café"), "cafe");
  assert.equal(fold("straße"), "strasse");
  assert.equal(fold("cœur"), "coeur");
  assert.equal(fold("plain"), "plain");
  assert.equal(transliterateGerman("bäckerei müller straße"), "baeckerei mueller strasse");
});

test("CompactWordSet finds its words, misses others, keeps ranks, survives a round trip", () => {
  const words = ["brew", "bean", "café", "über", "a"];
  const set = CompactWordSet.build(words, new Map([["bean", 7]]));
  for (const w of words) assert.ok(set.find(w) >= 0, w);
  assert.equal(set.find("brewbean"), -1);
  assert.equal(set.find("bre"), -1);
  assert.equal(set.rankOf(set.find("bean")), 7);
  assert.equal(set.rankOf(set.find("brew")), -1);
  assert.equal(set.find("xbrewx", 1, 5), set.find("brew"), "substring look-up without allocation");
  const copy = CompactWordSet.fromBuffer(set.toBuffer("k1"), "k1");
  assert.ok(copy);
  for (const w of words) assert.equal(copy.wordAt(copy.find(w)), w);
  assert.equal(copy.maxLength, 4);
});

test("CompactWordSet prefix filter never rules out a longer entry", () => {
  const words = ["brewery", "brew", "beanstalk", "cafeteria", "ab"];
  const set = CompactWordSet.build(words);
  const h4 = (s: string) => {
    let h = FNV_OFFSET;
    for (let i = 0; i < PREFIX_LEN; i++) h = fnvStep(h, s.charCodeAt(i));
    return h;
  };
  for (const w of words) if (w.length > PREFIX_LEN) assert.ok(set.mayExtend(h4(w)), w);
  // A round trip keeps the filter.
  const copy = CompactWordSet.fromBuffer(set.toBuffer("k"), "k")!;
  for (const w of words) if (w.length > PREFIX_LEN) assert.ok(copy.mayExtend(h4(w)), w);
  assert.equal(set.mayExtend(h4("xqzv")), false);
});

test("CompactWordSet.fromBuffer rejects wrong keys, truncation and corrupted tables", () => {
  const buf = CompactWordSet.build(["alpha", "beta", "gamma"]).toBuffer("key");
  assert.equal(CompactWordSet.fromBuffer(buf, "other"), undefined);
  assert.equal(CompactWordSet.fromBuffer(buf.subarray(0, buf.length - 4), "key"), undefined);
  assert.equal(CompactWordSet.fromBuffer(new Uint8Array(10), "key"), undefined);
  const bad = Buffer.from(buf);
  bad.writeUInt32LE(0x7fffffff, 8); // n
  assert.equal(CompactWordSet.fromBuffer(bad, "key"), undefined);
});

test("property: CompactWordSet membership equals Set membership", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 50 }),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }),
      (words, probes) => {
        const set = CompactWordSet.build(words);
        const ref = new Set(words);
        for (const p of [...words, ...probes]) assert.equal(set.find(p) >= 0, ref.has(p));
      },
    ),
    { numRuns: 200 },
  );
});

test("property: PagedWordSet answers from the file exactly as CompactWordSet does in memory", () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-paged-"));
  try {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeéßz"), minLength: 0, maxLength: 7 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (words, probes) => {
        const ranks = new Map(words.map((w, i) => [w, i % 3 === 0 ? i : -2]));
        const set = CompactWordSet.build(words, ranks);
        const file = join(dir, "set.bin");
        writeFileSync(file, set.toBuffer("key"));
        const paged = PagedWordSet.open(file, "key");
        assert.ok(paged);
        for (const w of [...words, ...probes]) {
          const e = set.find(w);
          assert.equal(paged.find(w), e, w);
          assert.equal(paged.rankOf(e), set.rankOf(e), w);
        }
        paged.close();
        assert.equal(paged.find(words[0] ?? "a"), -1, "a closed set answers absent");
        assert.equal(PagedWordSet.open(file, "other key"), undefined);
      }),
      { numRuns: 60 },
    );
    writeFileSync(join(dir, "short.bin"), Buffer.from("NWLX"));
    assert.equal(PagedWordSet.open(join(dir, "short.bin"), "key"), undefined);
    assert.equal(PagedWordSet.open(join(dir, "missing.bin"), "key"), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("parseHunspellDic reads stems, flags, comments and case rules; parseAffix expands short suffixes", () => {
  const aff = parseAffix("SET UTF-8\nSFX S Y 2\nSFX S 0 s [^s]\nSFX S o a o\nSFX L Y 1\nSFX L 0 mente/X o\n");
  const dic = "5\nbello/SL\ngato/S\nMadrid\nADN\nplan\tpo:noun\n";
  assert.deepEqual(parseHunspellDic(dic, false, aff), ["bello", "bellos", "bella", "gato", "gatos", "gata", "plan"]);
  // "mente" is 5 letters: longer than the expansion limit, so no "bellomente".
  const de = parseHunspellDic("3\n\tcomment line\nBäckerei/N\nABC\n", true);
  assert.deepEqual(de, ["bäckerei"]);
  const long = parseAffix("FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n");
  assert.deepEqual(parseHunspellDic("1\nchat/AaBb\n", false, long), ["chat", "chats"]);
});

test("Kneser-Ney trigram rows are probability distributions and favour seen sequences", () => {
  const words = ["banana", "bandana", "cabana", "nab", "ban"];
  const letters = chooseAlphabet(words);
  assert.equal(letters, "anbcd", "by frequency, ties alphabetical");
  const alpha = makeAlphabet(letters);
  const p = trainTrigramKN(words, alpha);
  const A = alpha.size;
  for (let ab = 0; ab < A * A; ab++) {
    let sum = 0;
    for (let c = 0; c < A; c++) {
      const v = p[ab * A + c];
      assert.ok(v > 0 && v < 1);
      sum += v;
    }
    assert.ok(Math.abs(sum - 1) < 1e-9, `row ${ab} sums to ${sum}`);
  }
  const idx = (a: string, b: string, c: string) =>
    (alpha.index(a.charCodeAt(0)) * A + alpha.index(b.charCodeAt(0))) * A + alpha.index(c.charCodeAt(0));
  assert.ok(p[idx("a", "n", "a")] > p[idx("a", "n", "c")]);
});

test("phonotactic model files round-trip and corrupt files are refused with an actionable message", () => {
  const alpha = makeAlphabet("ab");
  const p = trainTrigramKN(["ab", "ba", "abba"], alpha);
  const costs = Uint16Array.from(p, (v) => Math.round(-Math.log2(v) * 1024));
  const m = createModel("en", "ab", costs, 2, 1.5);
  const back = decodeModel("en", encodeModel(m));
  assert.equal(back.letters, "ab");
  assert.deepEqual([...back.costs], [...costs]);
  assert.ok(Math.abs(back.mid - 2) < 1e-6);
  assert.equal(phonotacticStats("abba", back).predictions, 5);
  assert.equal(phonotacticStats("12-34", back).predictions, 0);
  const broken = encodeModel(m).subarray(0, 30);
  assert.throws(
    () => decodeModel("en", broken),
    (e: unknown) =>
      e instanceof LexiconDataError && e.code === "LEXICON_DATA" && /corrupt.*build:lexicon/.test(e.message),
  );
});
