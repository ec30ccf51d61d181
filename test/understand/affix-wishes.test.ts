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
