import { test } from "node:test";
import assert from "node:assert/strict";
import { diversify, type ScoredCandidate } from "../../src/score/index.js";

function candidate(label: string, parts: string[], overall: number): ScoredCandidate {
  const sub = { relevance: 0, brandability: 0, pronounceability: 0, length: 0, readability: 0, tldFit: 0, safety: 0 };
  return {
    label,
    tld: "it",
    source: "crafted",
    method: "test",
    parts,
    domain: `${label}.it`,
    display: `${label}.it`,
    score: { overall, sub, reasons: [] },
  };
}

test("diversify never shows the same two parts in both orders", () => {
  const items = [
    candidate("parmatimbri", ["parma", "timbri"], 9),
    candidate("timbriparma", ["timbri", "parma"], 8.9),
    candidate("legnoparma", ["legno", "parma"], 6),
    candidate("incisiordine", ["incisi", "ordine"], 5),
  ];
  const labels = diversify(items, 3).map((c) => c.label);
  assert.deepEqual(labels, ["parmatimbri", "legnoparma", "incisiordine"]);
  // One-part names have no order to swap; equal single parts are left to the similarity term.
  const single = diversify([candidate("timbri", ["timbri"], 9), candidate("parma", ["parma"], 8)], 2);
  assert.equal(single.length, 2);
});

test("diversify shows one part in at most two names while names without it remain", () => {
  const items = [
    candidate("gestaofacil", ["gestao", "facil"], 9.5),
    candidate("gestaoclara", ["gestao", "clara"], 9.4),
    candidate("gestaocerto", ["gestao", "certo"], 9.3),
    candidate("gestaoleme", ["gestao", "leme"], 9.2),
    candidate("contasemdia", ["contas", "em", "dia"], 6),
    candidate("bolsoleve", ["bolso", "leve"], 5.9),
  ];
  const labels = diversify(items, 4).map((c) => c.label);
  assert.equal(labels.filter((l) => l.startsWith("gestao")).length, 2);
  assert.ok(labels.includes("contasemdia") && labels.includes("bolsoleve"));
  // With nothing else left, the cap gives way rather than shortening the list.
  assert.equal(diversify(items.slice(0, 4), 4).length, 4);
});
