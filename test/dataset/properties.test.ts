import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LANGUAGES } from "../../src/core/types.js";
import { NearDuplicateIndex, normalise } from "../../src/dataset/index.js";
import { INDUSTRIES } from "../../src/taxonomy/index.js";
import { Rng } from "../../src/core/random.js";
import { nounPhrase, type Case, type Det } from "../../src/dataset/grammar.js";
import { makeMessy } from "../../src/dataset/messy.js";
import { PACKS } from "../../src/dataset/lang/index.js";

const DETS: Det[] = ["indef", "def", "my", "our", "none"];
const CASES: Case[] = ["nom", "acc", "dat"];

test("every industry's noun phrase is well formed in every language, determiner, case and adjective", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: INDUSTRIES.length - 1 }),
      fc.constantFrom(...LANGUAGES),
      fc.constantFrom(...DETS),
      fc.constantFrom(...CASES),
      fc.integer({ min: -1, max: 9 }),
      (i, lang, det, c, adjIndex) => {
        const pack = PACKS.find((p) => p.lang === lang)!;
        const adj = adjIndex >= 0 ? pack.adjectives[adjIndex % pack.adjectives.length] : null;
        const noun = INDUSTRIES[i].noun[lang];
        const np = nounPhrase(lang, noun, adj, det, c);
        assert.ok(np.length > 0 && !/\s{2}/.test(np) && np === np.trim(), np);
        const head = noun.text.split(" ").at(-1)!.toLowerCase();
        assert.ok(np.toLowerCase().includes(head.replace(/^[a-zäöüß]+-/, "")) || lang === "de", `${np} lacks ${head}`);
        if (det === "none" && !adj && lang !== "de") assert.equal(np.toLowerCase(), noun.text.toLowerCase());
      },
    ),
    { numRuns: 3000 },
  );
});

test("messiness keeps quoted words, TLDs and numbers, and never throws on any input", () => {
  const word = fc.stringMatching(/^[a-záéíóúäöüñç]{1,10}$/);
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 20 }),
      fc.constantFrom("io", "com.br", "coffee"),
      fc.integer({ min: 5, max: 14 }),
      fc.stringMatching(/^[a-z]{3,8}$/),
      fc.nat(),
      (words, tld, n, must, seed) => {
        const text = `${words.join(" ")} solo .${tld}, max ${n} letras y con "${must}".`;
        const m = makeMessy(new Rng(seed), text, "retail", "es", 1);
        const low = m.text.toLowerCase();
        assert.ok(low.includes(`.${tld}`) && low.includes(String(n)) && low.includes(must), `${text} -> ${m.text}`);
      },
    ),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.nat(), (s, seed) => {
      const m = makeMessy(new Rng(seed), s, "software", "de", 1);
      assert.equal(typeof m.text, "string");
    }),
    { numRuns: 500 },
  );
});

test("normalise is idempotent and every text is its own exact duplicate", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (s) => {
      assert.equal(normalise(normalise(s)), normalise(s));
      const idx = new NearDuplicateIndex();
      idx.add(s, 0);
      assert.equal(idx.find(s)?.kind, "exact");
    }),
    { numRuns: 400 },
  );
});

test("the PRNG is deterministic and int() stays in range", () => {
  fc.assert(
    fc.property(fc.nat(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 100 }), (seed, lo, span) => {
      const a = new Rng(seed);
      const b = new Rng(seed);
      for (let k = 0; k < 20; k++) {
        const x = a.int(lo, lo + span);
        assert.equal(x, b.int(lo, lo + span));
        assert.ok(x >= lo && x <= lo + span && Number.isInteger(x));
      }
    }),
  );
});
