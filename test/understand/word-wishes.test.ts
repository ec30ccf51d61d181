import { test } from "node:test";
import assert from "node:assert/strict";
import { parseWordWishes } from "../../src/understand/word-wishes.js";
import { parseConstraints } from "../../src/understand/constraints.js";
import { applyConstraints, containsExcluded } from "../../src/generate/lexical.js";
import { suggestDetailed } from "../../src/generate/pipeline.js";
import { resolveGenerators } from "../../src/generate/index.js";
import type { Candidate, Understanding } from "../../src/core/types.js";

const wishes = (t: string): { include: string[]; exclude: string[] } => {
  const w = parseWordWishes(t);
  return { include: w.include, exclude: w.exclude };
};

/** Texts that state no word wish at all. */
const noWishes = (texts: string[]): void => {
  for (const text of texts) assert.deepEqual(wishes(text), { include: [], exclude: [] }, text);
};

test("a word the text asks to avoid is excluded, never required", () => {
  assert.deepEqual(wishes("Tutoring app, nothing with 'tutor' in it please."), { include: [], exclude: ["tutor"] });
  assert.deepEqual(wishes("It must not contain 'mama', everyone uses it."), { include: [], exclude: ["mama"] });
  assert.deepEqual(wishes("Please avoid 'eco', 'green' or 'leaf'."), {
    include: [],
    exclude: ["eco", "green", "leaf"],
  });
  assert.deepEqual(wishes("Cannot include the word 'loan' for legal reasons."), { include: [], exclude: ["loan"] });
  assert.deepEqual(wishes("un nom court, sans 'vin' ni 'cave'"), { include: [], exclude: ["vin", "cave"] });
  assert.deepEqual(wishes("que no lleve la palabra 'taller'"), { include: [], exclude: ["taller"] });
  assert.deepEqual(wishes("ein Name, der das Wort 'Werk' nicht enthält"), { include: [], exclude: ["werk"] });
  assert.deepEqual(wishes("non deve contenere la parola 'forno'"), { include: [], exclude: ["forno"] });
  // Unquoted lists closed by "in it" / "in the name".
  assert.deepEqual(wishes("Short, and nothing with rent or lease in it."), { include: [], exclude: ["rent", "lease"] });
  assert.deepEqual(wishes("Avoid dog and pup in the name."), { include: [], exclude: ["dog", "pup"] });
  assert.deepEqual(wishes("It doesn't have HR or staff in it."), { include: [], exclude: ["hr", "staff"] });
});

test("a word the text asks to keep is required; alternatives require the first", () => {
  assert.deepEqual(wishes("Cider maker, must keep 'Pomona' somewhere in the name."), {
    include: ["pomona"],
    exclude: [],
  });
  assert.deepEqual(wishes("Keep the word Harbour in it if possible."), { include: ["harbour"], exclude: [] });
  assert.deepEqual(wishes("Wir suchen einen Namen mit dem Wort Quelle."), { include: ["quelle"], exclude: [] });
  assert.deepEqual(wishes("Tem que ter a palavra Sol, sem hífen."), { include: ["sol"], exclude: [] });
  assert.deepEqual(wishes("avec le mot « lune » dedans"), { include: ["lune"], exclude: [] });
  assert.deepEqual(wishes("A name with 'Dock' or 'Quay' in it."), { include: ["dock"], exclude: [] });
  // No hyphens earlier in the sentence does not negate a later inclusion.
  assert.deepEqual(wishes("No hyphens, and it must include 'nest'."), { include: ["nest"], exclude: [] });
});

test("quotes without a wish, plural 'words' and name features are no word wishes", () => {
  noWishes([
    "A nod to 'lex' is welcome but not required.",
    "We export images with the 'virtually staged' watermark.",
    "no made-up words, and we need the .com",
    "one word, and not pharma-sounding",
    "senza parole inglesi",
    "no digits or hyphens in the name, please",
    "keep a Portuguese word in it",
  ]);
});

test("the wished words do not become keywords, and options add to the text's exclusions", () => {
  const p = parseConstraints("Yoga studio in Lisbon, nothing with 'zen' in it", { exclude: ["om"] });
  assert.deepEqual(p.constraints.exclude, ["om", "zen"]);
  assert.ok(!/zen/.test(p.rest), p.rest);
});

test("length limits: 'under 9' allows 8, ranges set both ends", () => {
  assert.equal(parseConstraints("a name under 9 letters").constraints.maxLength, 8);
  assert.equal(parseConstraints("nothing longer than 8 letters").constraints.maxLength, 8);
  assert.equal(parseConstraints("12 letters at most").constraints.maxLength, 12);
  const r = parseConstraints("ideally 5 to 8 letters").constraints;
  assert.equal(r.maxLength, 8);
  assert.equal(r.minLength, 5);
  assert.equal(parseConstraints("entre 6 et 10 lettres").constraints.maxLength, 10);
});

test("excluded words: substrings, but two-letter words only at either end", () => {
  assert.ok(containsExcluded("aquaflow", ["aqua"]));
  assert.ok(containsExcluded("ledgerai", ["ai"]));
  assert.ok(!containsExcluded("dailyledger", ["ai"]));
  assert.ok(containsExcluded("Café-Stübchen", ["cafe"]));
  const u = {
    constraints: { ...parseConstraints("x").constraints, exclude: ["aqua"] },
    brands: [],
  } as unknown as Understanding;
  const c = (label: string): Candidate => ({ label, tld: "com", source: "lexical", method: "test", parts: [label] });
  assert.deepEqual(
    applyConstraints([c("aquaflow"), c("tidewise")], u).map((x) => x.label),
    ["tidewise"],
  );
});

test("suggestions honour a word to avoid and a word to keep (default generator)", async () => {
  const generators = resolveGenerators("crafted");
  const avoid = await suggestDetailed("Water-leak detection for utilities. Please avoid 'aqua' and 'hydro'.", {
    generators,
  });
  assert.equal(avoid.status, "success");
  if (avoid.status !== "success") return;
  assert.ok(avoid.suggestions.length >= 5);
  for (const s of avoid.suggestions) assert.ok(!/aqua|hydro/.test(s.domain), s.domain);
  const keep = await suggestDetailed("Family cider press in Somerset, must keep 'Orchard' in the name.", {
    generators,
  });
  assert.equal(keep.status, "success");
  if (keep.status !== "success") return;
  assert.ok(keep.suggestions.length >= 5, `${keep.suggestions.length} names`);
  for (const s of keep.suggestions) assert.ok(s.domain.includes("orchard"), s.domain);
});

test("an exception is a word to avoid: 'anything but the word X', 'except X'; a plain 'but' joins clauses", () => {
  assert.deepEqual(parseWordWishes("Anything but the word Care, please; every competitor has it.").exclude, ["care"]);
  assert.deepEqual(parseWordWishes("Any name except 'Safe' works for us.").exclude, ["safe"]);
  const fx = parseWordWishes("Payouts paid in dollars but spending in euros; please include 'pay' in the name.");
  assert.deepEqual(fx.exclude, []);
  assert.deepEqual(fx.include, ["pay"]);
});

test("a negation further back governs a later 'containing' in the same clause, not one past a comma or 'and'", () => {
  assert.deepEqual(wishes("We'd avoid anything beginning with Z or containing 'nova', please."), {
    include: [],
    exclude: ["nova"],
  });
  assert.deepEqual(wishes("Nada de nombres graciosos con 'pan', por favor."), { include: [], exclude: ["pan"] });
  assert.deepEqual(wishes("Steer clear of names with 'eco' or 'green' in them."), {
    include: [],
    exclude: ["eco", "green"],
  });
  // A clause of its own after "and" or a comma keeps its inclusion.
  assert.deepEqual(wishes("No puns at all and it should contain 'Birch'."), { include: ["birch"], exclude: [] });
  assert.deepEqual(wishes("Nothing too corporate, but it must contain 'oak'."), { include: ["oak"], exclude: [] });
});

test("bare words ending a sentence after a negated 'with' or 'contain' are avoided; other endings are no wish", () => {
  assert.deepEqual(wishes("Short please. Avoid anything with tax or ledger."), {
    include: [],
    exclude: ["tax", "ledger"],
  });
  assert.deepEqual(wishes("Bitte nichts mit Sonne oder Strand."), { include: [], exclude: ["sonne", "strand"] });
  assert.deepEqual(wishes("The name must not include cash, loan or credit."), {
    include: [],
    exclude: ["cash", "loan", "credit"],
  });
  assert.deepEqual(wishes("Un nome breve, senza contenere Roma."), { include: [], exclude: ["roma"] });
  // Not a wish: something wished for, a negation that does not govern "with", a place, a domain's dot.
  noWishes([
    "Something with warmth.",
    "Evenings with family, not with spreadsheets.",
    "Your data never leaves with us.",
    "Formaggi della Val di Non con latte di fieno.",
    "Senza numeri, con dominio .it o .com.",
    "Nothing with too much jargon.",
  ]);
});

test("a wish stated after the word, in the subjunctive or with a modal, includes it; a plain fact does not", () => {
  assert.deepEqual(wishes("Ma mère tient à ce que le mot « verger » soit dedans."), {
    include: ["verger"],
    exclude: [],
  });
  assert.deepEqual(wishes("Queremos que 'Faro' aparezca en el nombre."), { include: ["faro"], exclude: [] });
  assert.deepEqual(wishes("Necesitan un nombre que tenga 'Tandil'."), { include: ["tandil"], exclude: [] });
  assert.deepEqual(wishes("'Orchard' has to be in the name."), { include: ["orchard"], exclude: [] });
  assert.deepEqual(wishes("Il ne faut pas que « bio » soit dans le nom."), { include: [], exclude: ["bio"] });
  assert.deepEqual(wishes("Our competitors all have 'care' in the name."), { include: [], exclude: [] });
});

test("two or three bare words joined by 'or' / 'and' after a plural noun take the cues' polarity", () => {
  assert.deepEqual(wishes("It must not use the words loan or lend, ever."), { include: [], exclude: ["loan", "lend"] });
  assert.deepEqual(wishes("Algo que evoque el mar sin las palabras ola ni playa."), {
    include: [],
    exclude: ["ola", "playa"],
  });
  assert.deepEqual(wishes("A name with the words sol and mar."), { include: ["sol", "mar"], exclude: [] });
  // One word after a plural is an adjective; lists with no cue, or not ending their clause, are no wish.
  noWishes([
    "senza parole inglesi, per favore",
    "Words like credit or bank are overused.",
    "with the words sol and mar please",
  ]);
});

test("wanting a word in the name, a kept proper name, a word offered with its variants, and German and Spanish keeps", () => {
  // A verb of wanting with the word followed by "in it" / "(somewhere) in the name"; a plain fact stays no wish.
  assert.deepEqual(wishes("We would like 'harvest' somewhere in the name."), { include: ["harvest"], exclude: [] });
  assert.deepEqual(wishes("The owners want the word Meadow in it, nothing twee."), {
    include: ["meadow"],
    exclude: [],
  });
  assert.deepEqual(wishes("The name needs 'pay' or 'fx' in it."), { include: ["pay"], exclude: [] });
  assert.deepEqual(wishes("Most of our rivals use 'care' in the name."), { include: [], exclude: [] });
  // A capitalised name after "name", and a single word after "keep the".
  assert.deepEqual(wishes("Rebrand for a bakery, keep the family name Novak in it, modern."), {
    include: ["novak"],
    exclude: [],
  });
  assert.deepEqual(wishes("We want to keep the Haddon in it."), { include: ["haddon"], exclude: [] });
  assert.deepEqual(wishes("Keep the name short and keep a French word in it."), { include: [], exclude: [] });
  // A bare word right after an inclusion verb, offered with its variants.
  assert.deepEqual(wishes("Client wants it to include loft or a close variant; .com preferred."), {
    include: ["loft"],
    exclude: [],
  });
  assert.deepEqual(wishes("Our services include catering and delivery."), { include: [], exclude: [] });
  // German modal with "drinbleiben"; Spanish "conserve".
  assert.deepEqual(wishes("Das Wort „Mühle“ soll drinbleiben."), { include: ["mühle"], exclude: [] });
  assert.deepEqual(wishes("Queremos un nombre que conserve la palabra 'Faro'."), { include: ["faro"], exclude: [] });
});
