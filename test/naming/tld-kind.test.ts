import { test } from "node:test";
import assert from "node:assert/strict";
import {
  TLD_KINDS,
  decodeTldKind,
  encodeTldKind,
  placeFits,
  tldKind,
  tldKindProbabilities,
  tldKindShares,
  trainTldKind,
} from "../../src/naming/tld-kind.js";
import { understand } from "../../src/understand/index.js";
import { craftedCandidates } from "../../src/generate/index.js";
import { namingContext } from "../../src/naming/index.js";

const kindIndex = (k: (typeof TLD_KINDS)[number]): number => TLD_KINDS.indexOf(k);

test("TLD kinds: generic, place, technology, nonprofit, topical", () => {
  assert.equal(tldKind("com"), "com");
  assert.equal(tldKind("co"), "com");
  assert.equal(tldKind("de"), "place");
  assert.equal(tldKind("co.uk"), "place");
  assert.equal(tldKind("com.br"), "place");
  assert.equal(tldKind("nyc"), "place");
  assert.equal(tldKind("io"), "tech");
  assert.equal(tldKind(".AI"), "tech");
  assert.equal(tldKind("app"), "tech");
  assert.equal(tldKind("org"), "org");
  assert.equal(tldKind("org.uk"), "org");
  assert.equal(tldKind("coffee"), "topical");
  assert.equal(tldKind("studio"), "topical");
  assert.deepEqual(tldKindShares(["a.com", "b.app", "c.app", "d.co.uk"]), [0.25, 0.25, 0.5, 0, 0]);
});

test("a city or region TLD fits only a text that names its place", () => {
  assert.equal(placeFits("nyc", "Bagels in Brooklyn since 1990"), true);
  assert.equal(placeFits("nyc", "Ethiopian restaurant on the Danforth in Toronto"), false);
  assert.equal(placeFits("quebec", "Cabane à sucre près de Montréal"), true);
  assert.equal(placeFits("scot", "Tweed weavers from the Scottish Borders"), true);
  assert.equal(placeFits("com", "anything"), true);
});

test("training lowers the cross-entropy and learns which words call for which kind", () => {
  const texts: [string, (typeof TLD_KINDS)[number]][] = [];
  for (let i = 0; i < 40; i++) {
    texts.push([`cloud software api number ${i} for developers`, "tech"]);
    texts.push([`family bakery number ${i} with bread and cakes`, "com"]);
    texts.push([`volunteer charity number ${i} helping neighbours`, "org"]);
  }
  const examples = texts.map(([text, k]) => ({ text, y: TLD_KINDS.map((kind) => (kind === k ? 1 : 0)) }));
  const untrained = { bias: new Float32Array(TLD_KINDS.length), weights: new Float32Array(TLD_KINDS.length << 15) };
  const model = trainTldKind(examples, { epochs: 4 });
  const ce = (m: typeof model): number =>
    examples.reduce((a, e) => a - Math.log(tldKindProbabilities(e.text, m)[e.y.indexOf(1)]!), 0) / examples.length;
  assert.ok(ce(model) < 0.5 * ce(untrained), `cross-entropy ${ce(model)} vs ${ce(untrained)}`);
  const p = tldKindProbabilities("an api platform for software developers", model);
  assert.equal(p.indexOf(Math.max(...p)), kindIndex("tech"));
  // int8 round trip keeps the decision.
  const back = decodeTldKind(encodeTldKind(model, {}));
  const q = tldKindProbabilities("a charity of volunteers", back);
  assert.equal(q.indexOf(Math.max(...q)), kindIndex("org"));
  assert.throws(() => decodeTldKind({ ...encodeTldKind(model, {}), dim: 12 }), /TLD-kind model/);
});

test("the shipped model reads technology from the text, not from shared words", () => {
  const tech = tldKindProbabilities("Open-source API gateway for developers, with SDKs and a CLI.")[kindIndex("tech")]!;
  const bakery = tldKindProbabilities("Sourdough bakery in a small town, open since 2009.")[kindIndex("tech")]!;
  assert.ok(tech > 0.5, `tech ${tech}`);
  assert.ok(bakery < 0.2, `bakery ${bakery}`);
});

test("a bakery's names of two parts take no technology TLD, and no name a far-away city's", () => {
  for (const text of [
    "Sourdough from the Laurentians since 2009.",
    "Ethiopian restaurant on the Danforth with injera made fresh daily and vegetarian platters.",
    "Tasca familiar em Alfama com petiscos, fado às sextas e o melhor bacalhau à Brás da rua.",
  ]) {
    const u = understand(text);
    const top = craftedCandidates(u).slice(0, 10);
    assert.ok(top.length > 0);
    assert.notEqual(tldKind(namingContext(u).tlds[0]![0]), "tech", text);
    for (const c of top.filter((x) => x.parts.length > 1))
      assert.notEqual(tldKind(c.tld), "tech", `${text}: ${c.label}.${c.tld}`);
    for (const [t] of namingContext(u).tlds) assert.ok(placeFits(t, text), `${text}: .${t}`);
  }
  const api = understand("Open-source API gateway for developers, with SDKs and a CLI.");
  assert.equal(tldKind(namingContext(api).tlds[0]![0]), "tech");
});

test("a place name that is also a word counts only as the writer wrote it", () => {
  assert.equal(understand("Pastel de nata como o da avó.").location, null);
  assert.equal(understand("Pastel de nata como o da avó.").language, "pt");
  assert.equal(understand("Gelateria artigianale sul Lago di Como.").location?.country, "it");
  assert.equal(understand("gelateria artigianale a como").location?.country, undefined);
  assert.equal(understand("coffee shop in berlin").location?.country, "de");
});
