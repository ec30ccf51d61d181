import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAffixWishes } from "../../src/understand/affix-wishes.js";
import { parseConstraints } from "../../src/understand/constraints.js";
import { containsExcluded } from "../../src/generate/lexical.js";
import { suggestDetailed } from "../../src/generate/pipeline.js";
import { resolveGenerators } from "../../src/generate/index.js";

const excluded = (t: string): string[] => parseAffixWishes(t).exclude;

test("a start the text turns down is excluded at the start, in the six languages", () => {
  assert.deepEqual(excluded("Skin clinic in Graz, nothing starting with Derma"), ["derma-"]);
  assert.deepEqual(excluded("Bakery; the name should not begin with Bake"), ["bake-"]);
  assert.deepEqual(excluded("Hautarztpraxis in Linz, bitte nichts, was mit Derma beginnt"), ["derma-"]);
  assert.deepEqual(excluded("Clinique de dermatologie à Lyon, rien qui commence par Derma"), ["derma-"]);
  assert.deepEqual(excluded("Clínica dermatológica, nada que empiece por Derma"), ["derma-"]);
  assert.deepEqual(excluded("Loja de roupa, nenhum nome que comece com Moda"), ["moda-"]);
  assert.deepEqual(excluded("Negozio di moda, niente che inizi con Moda o Stile"), ["moda-", "stile-"]);
});

test("an ending the text turns down is excluded at the end", () => {
  assert.deepEqual(excluded("Payroll app; avoid names ending in -ly or -ify"), ["-ly", "-ify"]);
  assert.deepEqual(excluded("Studio di design, niente che finisca in -ly"), ["-ly"]);
  assert.deepEqual(excluded("Logiciel RH ; le nom ne doit pas finir par -ify"), ["-ify"]);
  assert.deepEqual(excluded("Software für Kanzleien, nichts, was auf -ly endet"), ["-ly"]);
});

test("a list stops where the next clause starts, and that clause is still read", () => {
  const c = parseConstraints("Invoice agents for freight firms. A name that doesn't end in -ai or -ly, max 8 letters.");
  assert.deepEqual(c.constraints.exclude, ["-ai", "-ly"]);
  assert.equal(c.constraints.maxLength, 8);
  assert.deepEqual(excluded("Avoid anything starting with Q or containing 'quantum'"), ["q-"]);
});

test("a business's own sentences about starting and ending state no wish", () => {
  for (const t of [
    "Agency: we don't start with templates, and projects end in a launch",
    "We never start with code; we start with people",
    "Tours that begin with breakfast and end in the old town",
    "Cursos que empiezan por lo básico y terminan en un proyecto real",
    "Kurse, die mit Grundlagen beginnen",
  ])
    assert.deepEqual(excluded(t), [], t);
});

test("a start or ending holds only at its place in the name", () => {
  assert.equal(containsExcluded("dermacare", ["derma-"]), true);
  assert.equal(containsExcluded("skinderma", ["derma-"]), false);
  assert.equal(containsExcluded("payrolly", ["-ly"]), true);
  assert.equal(containsExcluded("lylapay", ["-ly"]), false);
  assert.equal(containsExcluded("skinderma", ["derma"]), true);
});

test("the turned-down start leaves the keywords and the shown names", async () => {
  const text = "Payroll app for dental clinics, nothing starting with Payroll";
  assert.ok(parseConstraints(text).constraints.exclude.includes("payroll-"));
  const r = await suggestDetailed(text, { generators: resolveGenerators("crafted") });
  if (r.status !== "success") return assert.fail("not a success");
  assert.ok(r.suggestions.length > 0);
  for (const s of r.suggestions) assert.ok(!s.domain.startsWith("payroll"), s.domain);
  const ly = await suggestDetailed("Payroll app for dental clinics; avoid names ending in -ly or -ify", {
    generators: resolveGenerators("crafted"),
  });
  if (ly.status !== "success") return assert.fail("not a success");
  for (const s of ly.suggestions) assert.ok(!/(?:ly|ify)\./.test(s.domain), s.domain);
});

test("a word with a letter outside ASCII is not cut at a glue word inside it", () => {
  // "Pão": with an ASCII word edge the "o" after "ã" stood alone and was read as "or", leaving "pã-".
  assert.deepEqual(excluded("Padaria em Braga, nada que comece com Pão"), ["pão-"]);
  assert.deepEqual(excluded("Café in Köln, nichts, was mit Köy oder Öko beginnt"), ["köy-", "öko-"]);
});

const required = (t: string): string[] => parseAffixWishes(t).require;

test("a start the text asks for is required, in the six languages", () => {
  assert.deepEqual(required("Bakery in Leeds, the name should start with 'Crumb'"), ["crumb-"]);
  assert.deepEqual(required("Yoga studio in Austin, name must begin with Zen"), ["zen-"]);
  assert.deepEqual(required("Padaria artesanal em Lisboa, o nome deve começar com 'Pão'"), ["pão-"]);
  assert.deepEqual(required("Käserei im Allgäu, der Name soll mit Alp beginnen"), ["alp-"]);
  assert.deepEqual(required("Studio photo à Nantes, un nom qui commence par Lumi"), ["lumi-"]);
  assert.deepEqual(required("Heladería en Valencia, el nombre debe empezar por Gel o Hel"), ["gel-", "hel-"]);
  assert.deepEqual(excluded("Bakery in Leeds, the name should start with 'Crumb'"), []);
});

test("a business's own words about starting are no start asked for", () => {
  for (const t of [
    "Our brand starts with Quality and ends with a smile",
    "We start with templates and names come later",
    "Workshops that begin with breakfast",
    "Names starting with K are fine",
    "Il corso inizia con le basi",
  ])
    assert.deepEqual(required(t), [], t);
});

test("a start asked for is built with and holds for every shown name", async () => {
  const one = parseConstraints("Bakery in Leeds, the name should start with 'Crumb'").constraints;
  assert.deepEqual(one.startsWith, ["crumb"]);
  assert.ok(one.mustInclude.includes("crumb"));
  const two = parseConstraints("Heladería en Valencia, el nombre debe empezar por Gel o Hel").constraints;
  assert.deepEqual(two.startsWith, ["gel", "hel"]);
  assert.ok(!two.mustInclude.includes("gel") && !two.mustInclude.includes("hel"));
  assert.equal(parseConstraints("Bakery in Leeds").constraints.startsWith, undefined);
  for (const [text, start] of [
    ["Bakery in Leeds, the name should start with 'Crumb'", "crumb"],
    ["Yoga studio in Austin, name must begin with Zen", "zen"],
  ] as const) {
    const r = await suggestDetailed(text, { generators: resolveGenerators("crafted") });
    if (r.status !== "success") return assert.fail("not a success");
    assert.ok(r.suggestions.length > 0, text);
    for (const s of r.suggestions) assert.ok(s.domain.startsWith(start), `${text}: ${s.domain}`);
  }
});
