import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  dropsUmlaut,
  isWord,
  preloadLexicon,
  pronounceability,
  segment,
  termSet,
  wordFrequencyRank,
} from "../../src/lexicon/index.js";

test("isWord knows common words in all six languages, with accents folded", () => {
  preloadLexicon();
  const yes: [string, "en" | "es" | "fr" | "de" | "pt" | "it"][] = [
    ["coffee", "en"],
    ["bean", "en"],
    ["brewing", "en"],
    ["panadería", "es"],
    ["panaderia", "es"],
    ["bella", "es"],
    ["boulangerie", "fr"],
    ["café", "fr"],
    ["cafe", "fr"],
    ["kaffee", "de"],
    ["bäckerei", "de"],
    ["baeckerei", "de"],
    ["backerei", "de"],
    ["straße", "de"],
    ["strasse", "de"],
    ["padaria", "pt"],
    ["pão", "pt"],
    ["pao", "pt"],
    ["pizzeria", "it"],
    ["caffè", "it"],
    ["caffe", "it"],
    ["bella", "it"],
  ];
  for (const [w, l] of yes) assert.equal(isWord(w, l), true, `${w} (${l})`);
  for (const [w, l] of [
    ["xqzvkt", "en"],
    ["brewbean", "en"],
    ["qwrtz", "de"],
    ["zzzz", "es"],
    ["", "fr"],
  ] as const) {
    assert.equal(isWord(w, l), false, `${w} (${l})`);
  }
  assert.equal(isWord("Coffee", "en"), true, "case-insensitive");
  assert.equal(isWord("coffee", "und"), true, "und reads as English");
});

test("the trade-word supplement adds everyday words of commerce the dictionaries lack, not long compounds", () => {
  // data/sources/lexicon/trade-<lang>.txt: shop kinds, trades and products missing from Hunspell and the English list.
  for (const [word, lang] of [
    ["parrilla", "es"],
    ["piadineria", "it"],
    ["glaserei", "de"],
    ["laundromat", "en"],
  ] as const)
    assert.ok(isWord(word, lang), `${word} (${lang})`);
  // A supplement word over 11 letters stays out, so the segmenter still reads its parts.
  assert.equal(isWord("besenwirtschaft", "de"), false);
  assert.deepEqual(segment("besenwirtschaft", "de").words, ["besen", "wirtschaft"]);
});

test("wordFrequencyRank orders English words by SUBTLEX frequency and is honest elsewhere", () => {
  const the = wordFrequencyRank("the", "en");
  const coffee = wordFrequencyRank("coffee", "en");
  const brew = wordFrequencyRank("brew", "en");
  assert.ok(the !== undefined && coffee !== undefined && brew !== undefined);
  assert.ok(the < coffee && coffee < brew, `${the} < ${coffee} < ${brew}`);
  assert.equal(wordFrequencyRank("xqzvkt", "en"), undefined);
  assert.equal(wordFrequencyRank("café", "fr"), undefined, "no frequency data for French");
});

const SEGMENTS: [string, "en" | "es" | "fr" | "de" | "pt" | "it", string[]][] = [
  ["brewbean", "en", ["brew", "bean"]],
  ["getcoffeehq", "en", ["get", "coffee", "hq"]],
  ["bestcoffeeshopdowntown", "en", ["best", "coffee", "shop", "downtown"]],
  ["therapistfinder", "en", ["therapist", "finder"]],
  ["panaderiaelsol", "es", ["panaderia", "el", "sol"]],
  ["panyvino", "es", ["pan", "y", "vino"]],
  ["laboulangerie", "fr", ["la", "boulangerie"]],
  ["boulangeriedupont", "fr", ["boulangerie", "du", "pont"]],
  ["kaffeeladen", "de", ["kaffee", "laden"]],
  ["baeckereimueller", "de", ["baeckerei", "mueller"]],
  ["bäckereimüller", "de", ["bäckerei", "müller"]],
  ["pizzeriabella", "it", ["pizzeria", "bella"]],
  ["padariadoce", "pt", ["padaria", "doce"]],
];

test("segment splits concatenated labels into words in five languages", () => {
  for (const [label, lang, want] of SEGMENTS) {
    const s = segment(label, lang);
    assert.deepEqual(s.words, want, `${label} (${lang})`);
    assert.equal(s.coverage, 1, `${label} fully covered`);
  }
});

test("segment flags German words found only with an umlaut dropped", () => {
  const bare = segment("backerei", "de").parts[0];
  assert.equal(bare.kind, "word");
  assert.equal(bare.umlautDropped, true);
  assert.equal(segment("baeckerei", "de").parts[0].umlautDropped, undefined);
  assert.equal(segment("bäckerei", "de").parts[0].umlautDropped, undefined);
  assert.equal(segment("backe", "de").parts[0].umlautDropped, undefined, "a word in its own right");
  assert.equal(dropsUmlaut("backerei"), true);
  assert.equal(dropsUmlaut("baeckerei"), false);
  assert.equal(dropsUmlaut("korn"), false);
});

test("segment reports partial coverage, digits and hyphens", () => {
  const x = segment("xqzvkt", "en");
  assert.deepEqual(x.words, ["xqzvkt"]);
  assert.equal(x.coverage, 0);
  assert.equal(x.wordCount, 0);
  const d = segment("shop24", "en");
  assert.deepEqual(
    d.parts.map((p) => p.kind),
    ["word", "digits"],
  );
  assert.ok(Math.abs(d.coverage - 4 / 6) < 1e-9);
  const h = segment("my-coffee-shop", "en");
  assert.deepEqual(h.words, ["my", "coffee", "shop"]);
  const z = segment("brewbeanz", "en");
  assert.deepEqual(z.words, ["brew", "bean", "z"]);
  assert.ok(z.coverage > 0.85 && z.coverage < 1);
  assert.equal(segment("", "en").coverage, 0);
});

test("segment recognises caller terms (the request's keywords) as pieces", () => {
  assert.notDeepEqual(segment("stacksaas", "en").words, ["stack", "saas"]);
  const s = segment("stacksaas", "en", { terms: termSet(["SaaS", "analytics"]) });
  assert.deepEqual(s.words, ["stack", "saas"]);
  assert.deepEqual(
    s.parts.map((p) => p.kind),
    ["word", "term"],
  );
  assert.equal(s.coverage, 1);
  assert.deepEqual(segment("cafébar", "fr", { terms: termSet(["café"]) }).words, ["café", "bar"]);
});

test("segment's remembered answers are kept apart by language and by term set", () => {
  const withSaas = segment("stacksaas", "en", { terms: termSet(["saas"]) }).words;
  const withOther = segment("stacksaas", "en", { terms: termSet(["analytics"]) }).words;
  const plain = segment("stacksaas", "en").words;
  assert.deepEqual(withSaas, ["stack", "saas"]);
  assert.deepEqual(withOther, plain);
  assert.notDeepEqual(plain, withSaas);
  // The same label in two languages: each language's own dictionary first.
  assert.deepEqual(segment("brotkorb", "de").words, ["brot", "korb"]);
  assert.notDeepEqual(segment("brotkorb", "en").parts, segment("brotkorb", "de").parts);
  // Asked again, the same answer.
  assert.deepEqual(segment("stacksaas", "en", { terms: termSet(["saas"]) }).words, withSaas);
});

test("segment prefers few, long, common words", () => {
  // "expertsexchange" must not become "expert sex change"; "brewbean" not "brew be an".
  assert.deepEqual(segment("expertsexchange", "en").words, ["experts", "exchange"]);
  assert.ok(segment("coffeeshop", "en").cost < segment("coffeexshop", "en").cost);
});

test("property: segmentation pieces rebuild the label (minus hyphens) and coverage is in [0,1]", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("en", "es", "fr", "de", "pt", "it", "und" as const),
      (label, lang) => {
        const s = segment(label, lang);
        assert.equal(s.words.join(""), label.replace(/-/g, ""));
        assert.ok(s.coverage >= 0 && s.coverage <= 1);
        assert.ok(Number.isFinite(s.cost));
      },
    ),
    { numRuns: 300 },
  );
});

test("pronounceability ranks real-looking words above consonant clusters in each language", () => {
  const cases: Record<string, { good: string[]; bad: string[] }> = {
    en: { good: ["brewbean", "spotify", "google", "nestle"], bad: ["xqzvkt", "bcdfgh", "sprtnk", "mxyzptlk"] },
    es: { good: ["cafeluna", "panaderia", "padaria", "zapato"], bad: ["xqzvkt", "kwrtsz", "bcdfgh", "sprtnk"] },
    fr: { good: ["boulangerie", "cafeluna", "maison", "fromage"], bad: ["xqzvkt", "kwrtsz", "bcdfgh", "sprtnk"] },
    de: { good: ["kaffeehaus", "baeckerei", "strasse", "brotzeit"], bad: ["xqzvkt", "aeiouae", "bcdfgh", "qwrtzp"] },
    pt: { good: ["padaria", "cafezinho", "saudade", "caneca"], bad: ["xqzvkt", "kwrtsz", "bcdfgh", "sprtnk"] },
    it: { good: ["pizzeria", "caffetteria", "gelato", "bella"], bad: ["xqzvkt", "kwrtsz", "bcdfgh", "sprtnk"] },
  };
  for (const [lang, { good, bad }] of Object.entries(cases)) {
    const l = lang as "en";
    for (const g of good) {
      const pg = pronounceability(g, l);
      assert.ok(pg >= 0.5, `${g} (${lang}) = ${pg}`);
      for (const b of bad) {
        const pb = pronounceability(b, l);
        assert.ok(pg > pb + 0.3, `${g} ${pg.toFixed(2)} > ${b} ${pb.toFixed(2)} (${lang})`);
      }
    }
  }
});

test("pronounceability is language-aware: a German word reads better in German than in Italian", () => {
  assert.ok(pronounceability("kaffeehaus", "de") > pronounceability("kaffeehaus", "it"));
  assert.ok(pronounceability("caffetteria", "it") > pronounceability("caffetteria", "de"));
});

test("property: pronounceability of any string is finite and in [0,1]", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 70, unit: "binary" }),
      fc.constantFrom("en", "es", "fr", "de", "pt", "it", "und" as const),
      (s, lang) => {
        const p = pronounceability(s, lang);
        assert.ok(Number.isFinite(p) && p >= 0 && p <= 1, `${JSON.stringify(s)} -> ${p}`);
      },
    ),
    { numRuns: 300 },
  );
});
