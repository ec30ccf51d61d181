import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sourcePath } from "../../src/core/index.js";
import { buildConceptTerms, conceptFeatures, conceptTermsPath } from "../../src/safety/concepts.js";
import { normalizeText } from "../../src/safety/normalize.js";
import { loadWriterRequests } from "../../src/safety/build/requests.js";

// The matcher walks tries; its contract is the rule concepts.json states, written here the slow, obvious
// way (one regular expression per concept, substrings for the scripts matched anywhere), so that any
// difference between the two on real requests is a bug in the fast one.
function referenceMatcher(): (text: string) => string[] {
  const anywhereScript =
    /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Thai}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Lao}]/u;
  const norm = (term: string) =>
    /[\p{sc=Cyrillic}\p{sc=Greek}]/u.test(term) ? normalizeText("ж " + term).text.slice(2) : normalizeText(term).text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const file = JSON.parse(readFileSync(sourcePath("safety", "concepts.json"), "utf8")) as {
    concepts: Record<string, string[]>;
  };
  const concepts = Object.entries(file.concepts).map(([id, terms]) => {
    const substrings: string[] = [];
    const alts: string[] = [];
    for (const term of terms) {
      const marked = term.endsWith("=");
      const n = norm(marked ? term.slice(0, -1) : term);
      if (n.length === 0) continue;
      if (anywhereScript.test(n) && !marked) substrings.push(n);
      else alts.push(marked || [...n].length <= 4 ? escape(n) + "(?![\\p{L}\\p{M}\\p{N}])" : escape(n));
    }
    const re = alts.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alts.join("|")})`, "u") : null;
    return { id, re, substrings };
  });
  return (text) => {
    const found = concepts
      .filter((c) => (c.re !== null && c.re.test(text)) || c.substrings.some((s) => text.includes(s)))
      .map((c) => c.id);
    const pairs: string[] = [];
    for (let i = 0; i < found.length; i++)
      for (let j = i + 1; j < found.length; j++) pairs.push(found[i] + "|" + found[j]);
    return [...found, ...pairs];
  };
}

test("the concept matcher finds exactly what the stated rule finds, on every labelled request", () => {
  const reference = referenceMatcher();
  const edge = [
    "cocaine",
    "xcocaine",
    "cocainex",
    "🙂cocaine🙂",
    "𝒜 heroin",
    "rat",
    "rats rather rat.",
    "бомба",
    "فروش بمب",
    "بمبئی",
    "可卡因",
    "",
    "kill",
    "killing9",
    "9killing",
  ];
  const texts = [...edge, ...loadWriterRequests().map((r) => r.text)];
  let withConcepts = 0;
  for (const raw of texts) {
    const t = normalizeText(raw);
    const expected = reference(t.text);
    assert.deepEqual(conceptFeatures(t), expected, raw);
    if (expected.length > 0) withConcepts++;
  }
  // The comparison is not vacuous: most labelled requests contain at least one concept word.
  assert.ok(withConcepts > texts.length / 2, `${withConcepts} of ${texts.length}`);
});

test("the built concept words are exactly what the source rebuilds (npm run build:safety-data)", () => {
  const built = JSON.parse(readFileSync(conceptTermsPath(), "utf8")) as unknown;
  assert.deepEqual(built, JSON.parse(JSON.stringify(buildConceptTerms())));
});
