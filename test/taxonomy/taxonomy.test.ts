import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { LANGUAGES } from "../../src/core/types.js";
import { INDUSTRIES, SECTORS, industryById, industriesInSector } from "../../src/taxonomy/index.js";

const require = createRequire(import.meta.url);
const IANA: ReadonlySet<string> = new Set(require("tlds") as string[]);

test("taxonomy has at least 150 industries with unique snake_case ids", () => {
  assert.ok(INDUSTRIES.length >= 150, `only ${INDUSTRIES.length} industries`);
  const ids = new Set(INDUSTRIES.map((i) => i.id));
  assert.equal(ids.size, INDUSTRIES.length, "duplicate industry id");
  for (const i of INDUSTRIES) assert.match(i.id, /^[a-z0-9]+(_[a-z0-9]+)*$/, i.id);
});

test("every industry belongs to a known sector and every sector has industries", () => {
  for (const i of INDUSTRIES) assert.ok(SECTORS.includes(i.sector), `${i.id}: unknown sector ${i.sector}`);
  for (const s of SECTORS) assert.ok(industriesInSector(s).length >= 3, `sector ${s} has fewer than 3 industries`);
  assert.ok(SECTORS.length >= 15);
});

test("every language has lower-case keywords and 8-20 vocabulary words", () => {
  for (const i of INDUSTRIES) {
    for (const lang of LANGUAGES) {
      const kw = i.keywords[lang];
      const voc = i.vocabulary[lang];
      assert.ok(Array.isArray(kw) && kw.length >= 3, `${i.id}/${lang}: fewer than 3 keywords`);
      assert.ok(
        Array.isArray(voc) && voc.length >= 8 && voc.length <= 20,
        `${i.id}/${lang}: ${voc?.length} vocabulary words`,
      );
      for (const w of [...kw, ...voc]) {
        assert.equal(w, w.toLocaleLowerCase(lang), `${i.id}/${lang}: "${w}" is not lower case`);
        assert.equal(w, w.trim(), `${i.id}/${lang}: "${w}" has surrounding space`);
        assert.ok(w.length > 0 && w.length <= 60, `${i.id}/${lang}: bad length "${w}"`);
      }
      assert.equal(i.noun[lang].text, kw[0], `${i.id}/${lang}: noun must be the first keyword`);
      if (lang !== "en") assert.ok(["m", "f", "n"].includes(i.noun[lang].gender));
      if (lang !== "de")
        assert.notEqual(
          i.noun[lang].gender === "n" && lang !== "en",
          true,
          `${i.id}/${lang}: neuter only exists in German`,
        );
    }
  }
});

test("vocabulary differs across languages (not copied from English)", () => {
  for (const i of INDUSTRIES) {
    const en = new Set(i.vocabulary.en);
    for (const lang of LANGUAGES) {
      if (lang === "en") continue;
      const shared = i.vocabulary[lang].filter((w) => en.has(w)).length;
      assert.ok(shared / i.vocabulary[lang].length < 0.75, `${i.id}/${lang}: vocabulary mostly English`);
    }
  }
});

test("every topical TLD exists in the IANA list (tlds package) and none repeats", () => {
  for (const i of INDUSTRIES) {
    assert.equal(new Set(i.tlds).size, i.tlds.length, `${i.id}: repeated TLD`);
    for (const t of i.tlds) assert.ok(IANA.has(t), `${i.id}: .${t} is not an IANA TLD`);
  }
});

test("hard-to-guess industries are covered", () => {
  for (const id of [
    "cannabis_dispensary",
    "funeral_home",
    "pest_control",
    "tattoo_parlour",
    "casino_hotel",
    "lingerie_boutique",
    "winery",
    "brewery",
    "pharmacy",
    "drug_rehab_clinic",
    "gun_safety_training",
    "sex_education_nonprofit",
    "penetration_testing",
  ]) {
    assert.ok(industryById(id), `missing ${id}`);
  }
  assert.equal(industryById("no_such_industry"), undefined);
});

test("software industries are flagged and include tech words", () => {
  assert.equal(industryById("saas")?.software, true);
  assert.equal(industryById("coffee_shop")?.software, undefined);
  assert.ok(INDUSTRIES.filter((i) => i.software).length >= 10);
});
