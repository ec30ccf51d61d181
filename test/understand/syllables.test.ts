import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConstraints } from "../../src/understand/constraints.js";
import { understand } from "../../src/understand/index.js";
import { nameSyllables } from "../../src/generate/pipeline.js";
import { resolveGenerators, suggestDetailed } from "../../src/index.js";

test("a syllable limit is read in the six languages, and its words are no keywords", () => {
  const cases: [string, number | undefined][] = [
    ["We'd like a name of two syllables at most, a bit playful", 2],
    ["A calm, two-syllable name, no hyphens", 2],
    ["One or two syllables preferred; a .ch is mandatory.", 2],
    ["Max 2 syllables if we can manage it.", 2],
    ["Für den Relaunch maximal zwei Silben, ohne Umlaute", 2],
    ["Court, deux syllabes idéalement.", 2],
    ["que no pase de dos sílabas si puede ser", 2],
    ["nome breve, massimo tre sillabe", 3],
    ["at least three syllables please", undefined],
    ["three syllables or more, it should sound grand", undefined],
    ["adapts to the syllabus (GCSE, IB, AP)", undefined],
  ];
  for (const [text, want] of cases) assert.equal(parseConstraints(text).constraints.maxSyllables, want, text);
  const u = understand("Maklerbüro für Ferienimmobilien am Tegernsee, bitte höchstens zwei Silben.");
  assert.equal(u.constraints.maxSyllables, 2);
  assert.ok(!u.keywords.some((k) => k.word.startsWith("silbe")), "the unit is not a keyword");
});

test("syllables are counted per piece, a silent final e not counted in English", () => {
  assert.equal(nameSyllables("keyframe", ["key", "frame"], "en"), 2);
  assert.equal(nameSyllables("citecheck", ["cite", "check"], "en"), 2);
  assert.equal(nameSyllables("lessonsmith", [], "en"), 3);
  assert.equal(nameSyllables("tally", [], "en"), 2);
  // Italian and Spanish say the final e.
  assert.equal(nameSyllables("fonte", [], "it"), 2);
});

test("the shown names keep to the request's syllable limit when enough names do", async () => {
  const studio = "Illustrators and animators in Bristol setting up a proper studio, a bit playful.";
  const shown = async (text: string): Promise<number[]> => {
    const res = await suggestDetailed(text, { count: 5, generators: resolveGenerators("crafted") });
    assert.equal(res.status, "success");
    return res.status === "success" ? res.suggestions.map((s) => nameSyllables(s.domain.split(".")[0]!, [], "en")) : [];
  };
  const limited = await shown(`${studio} A name of two syllables at most.`);
  const free = await shown(studio);
  assert.equal(limited.length, 5);
  // Counted from the label alone a compound may read one syllable long ("cite|check" as ci-te-check).
  assert.ok(
    limited.every((n) => n <= 3),
    `syllables ${limited.join(", ")}`,
  );
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(mean(limited) < mean(free), `limited ${limited.join(", ")} vs free ${free.join(", ")}`);
});
