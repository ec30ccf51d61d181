import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { BRAND_SECTORS, checkName, restrictionLevel } from "../../src/safety/index.js";

const kinds = (label: string, opts?: { trademarks?: "drop" | "mark" }) =>
  checkName(label, opts).flags.map((f) => f.kind);

test("obscene words across word joins are flagged (the issue's examples)", () => {
  for (const label of ["therapistfinder", "expertsexchange", "penisland", "whorehouse", "sexshop", "pornhubclone"]) {
    const v = checkName(label);
    assert.equal(v.ok, false, label);
    assert.ok(kinds(label).includes("obscene"), `${label}: ${JSON.stringify(v.flags)}`);
  }
});

test("innocent words that contain a vulgar string pass (Scunthorpe problem)", () => {
  for (const label of [
    "scunthorpe",
    "therapist",
    "cocktailbar",
    "peacockfarm",
    "grapejuice",
    "analyticsfirm",
    "sussexhomes",
    "shiitakefarm",
    "cumulusdata",
    "documentsafe",
    "computadora",
    "verificacasa",
    "technique",
    "sextant",
    "raccoonrescue",
    "spicemarket",
    "dickensbooks",
  ]) {
    const v = checkName(label);
    assert.ok(!v.flags.some((f) => f.kind === "obscene" || f.kind === "slur"), `${label}: ${JSON.stringify(v.flags)}`);
  }
});

test("obscene terms in every supported language", () => {
  for (const label of [
    "fuckfast",
    "mierdashop",
    "putainbar",
    "scheissehaus",
    "caralhoshop",
    "cazzoclub",
    "merdacafe",
    // A judge of round v45 caught French "conne" across the joins of names the generator had made.
    "bunconne",
    // The crafted generator made "clitty" (CLI + -ty) for a command-line tool.
    "clitty",
  ]) {
    assert.ok(kinds(label).includes("obscene"), label);
  }
  assert.ok(!kinds("connexion").includes("obscene"));
  assert.ok(!kinds("clitheroe").includes("obscene") && !kinds("eclipse").includes("obscene"));
});

test("slurs and names that mock a protected group are flagged", () => {
  for (const label of ["niggerjokes", "faggotshop", "stupidwomen", "hatejews", "muslimsout", "fuerainmigrantes"]) {
    assert.ok(kinds(label).includes("slur"), `${label}: ${JSON.stringify(checkName(label).flags)}`);
  }
  for (const label of ["womenshealth", "jewishdeli", "muslimfashion", "gaybar", "womendumbbells"]) {
    assert.ok(!kinds(label).includes("slur"), label);
  }
});

test("trademarks: exact, contained, typosquat and near matches", () => {
  const cases: [string, RegExp][] = [
    ["google", /is the brand Google/],
    ["paypal", /is the brand Paypal/],
    ["gooogle", /typosquat of Google/],
    ["paypa1", /typosquat of Paypal/],
    ["micros0ft", /typosquat of Microsoft/],
    ["rnicrosoft", /typosquat of Microsoft/],
    ["googleshop", /contains the brand Google/],
    ["paypa1login", /typosquat of Paypal/],
    ["googel", /near match of Google/],
    ["netflixfan", /contains the brand Netflix/],
    ["kubernetescloud", /contains the brand Kubernetes/],
    // Brands blind judges found inside the product's names (rounds v42-v44).
    ["zumbafit", /contains the brand Zumba/],
    ["appscodehub", /contains the brand AppsCode/],
    // ... and in rounds v57-v61 (Shopsmith came from a concept list for "shop" and reached every shop's names).
    ["shopsmith", /is the brand Shopsmith/],
    ["tradeledger", /is the brand Trade Ledger/],
    // ... and in round v72 (FleetWise for a fleet tracker, Tallyman for a debt collector).
    ["fleetwise", /is the brand FleetWise/],
    ["tallymanhub", /contains the brand Tallyman/],
  ];
  for (const [label, re] of cases) {
    const v = checkName(label);
    const tm = v.flags.find((f) => f.kind === "trademark");
    assert.ok(tm, `${label}: no trademark flag`);
    assert.match(tm.detail, re, label);
    assert.equal(v.ok, false);
  }
  for (const label of [
    "applefarm",
    "brewbean",
    "sunnybakery",
    "orangegrove",
    "shellfishshack",
    "targetpractice",
    "greenleaf",
  ]) {
    assert.ok(!kinds(label).includes("trademark"), `${label}: ${JSON.stringify(checkName(label).flags)}`);
  }
});

test("trademarks are dropped by default and only marked with { trademarks: 'mark' }", () => {
  assert.equal(checkName("netflixfan").ok, false);
  const marked = checkName("netflixfan", { trademarks: "mark" });
  assert.equal(marked.ok, true);
  assert.ok(marked.flags.some((f) => f.kind === "trademark"));
  assert.throws(() => checkName("x", { trademarks: "keep" as "drop" }), { code: "SAFETY_INPUT" });
});

test("confusable and mixed-script IDNs are rejected; ordinary IDNs pass", () => {
  assert.deepEqual(kinds("pаypal").sort(), ["confusable", "mixed_script", "trademark"]); // Cyrillic а
  assert.ok(kinds("аррӏе").includes("confusable")); // all-Cyrillic "apple"
  assert.ok(kinds("bücherдом").includes("mixed_script"));
  for (const label of ["café", "münchen", "españa", "東京", "日本語かな", "ελλάδα", "москва"])
    assert.equal(checkName(label).ok, true, label);
  assert.equal(restrictionLevel("abc東京"), "highly_restrictive");
  assert.equal(restrictionLevel("pаypal"), "minimally_restrictive");
  assert.equal(restrictionLevel("café"), "single_script");
});

test("never throws on any label", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
      const v = checkName(s.toLowerCase());
      assert.equal(typeof v.ok, "boolean");
      for (const f of v.flags)
        assert.ok(["obscene", "slur", "trademark", "confusable", "mixed_script"].includes(f.kind));
    }),
    { numRuns: 300 },
  );
  assert.equal(checkName("").ok, false);
  checkName("a".repeat(1000));
});

test("a vulgar reading wholly inside a word the user required is the user's word; one crossing it still counts", () => {
  // "rebite" (pt: rivet) holds French "bite".
  assert.equal(checkName("rebiteforja").ok, false);
  assert.equal(checkName("rebiteforja", { requested: ["rebite"] }).ok, true);
  assert.equal(checkName("rebiteforja", { requested: ["Rebite"] }).ok, true);
  // The required word elsewhere in the label does not excuse a match outside it.
  assert.equal(checkName("rebitestudio", { requested: ["rebite"] }).ok, true);
  assert.equal(checkName("bitestudio", { requested: ["studio"] }).ok, false);
  assert.equal(checkName("bitestudio", { requested: ["rebite"] }).ok, false);
});

test("a word for children next to a sexualising word is flagged; children's businesses without one pass", () => {
  for (const label of ["tykegrooming", "kidgrooming", "teenescort", "girlsmassage", "kidsdating"]) {
    assert.equal(checkName(label).ok, false, label);
    assert.ok(kinds(label).includes("harmful"), `${label}: ${kinds(label).join()}`);
  }
  for (const label of ["kidstrip", "kidscuts", "petgrooming", "kinderhaus", "boyscouts", "babymassage", "teenstrip"])
    assert.equal(checkName(label).ok, true, `${label}: ${kinds(label).join()}`);
});

test("a violent act next to a person reads as a threat; 'kill' in ordinary words and phrases passes", () => {
  for (const label of ["killyourself", "killmydad", "stabthecops", "killthepresident", "strangleher", "killurself"]) {
    assert.equal(checkName(label).ok, false, label);
    assert.ok(kinds(label).includes("harmful"), `${label}: ${kinds(label).join()}`);
  }
  for (const label of ["killerdeals", "killjoy", "roadkill", "skillyou", "killingtime", "cestabottega", "erntetuer"])
    assert.equal(checkName(label).ok, true, `${label}: ${kinds(label).join()}`);
});

test("a way of self-harm right before a reflexive is flagged; the same words apart or with others pass", () => {
  for (const label of ["hangyourself", "starveyourself", "drownyourself", "hanghimself"]) {
    assert.equal(checkName(label).ok, false, label);
    assert.ok(kinds(label).includes("harmful"), `${label}: ${kinds(label).join()}`);
  }
  for (const label of ["hangwithme", "hangoutspot", "hangitmyself", "starvingartist", "doityourself", "treatyourself"])
    assert.equal(checkName(label).ok, true, `${label}: ${kinds(label).join()}`);
});

test("names that read as harmful in some segmentation are flagged; innocent words that contain the string pass", () => {
  for (const label of ["banksunk", "deathbread", "cancerchest", "needharm", "bondageresource", "poisonivyshop"]) {
    const v = checkName(label);
    assert.equal(v.ok, false, label);
    assert.ok(kinds(label).includes("harmful"), `${label}: ${kinds(label).join()}`);
    // The detail names the rule, never the word.
    assert.ok(!/death|cancer|harm\b|bondage|sunk|poison/.test(v.flags[0].detail.replace(/\(death, disease/, "")));
  }
  for (const label of [
    "charmbeauty",
    "pharmacyplus",
    "harmonyhall",
    "nontoxicclean",
    "sunkissedspa",
    "bondstreet",
    "harmlesspets",
    "dharmayoga",
    "bathbombs",
    "killerdeals",
  ])
    assert.ok(!kinds(label).includes("harmful"), `${label}: ${kinds(label).join()}`);
  // A word the user asked for is the user's word ("cancer" for a cancer-support charity).
  assert.equal(checkName("cancercompanions", { requested: ["cancer"] }).ok, true);
});

test("vulgar words of the other supported languages are caught across word joins; words that contain them pass", () => {
  // "tetasoven" was a top-5 name for "bakery": a neighbour's name ("Teta", grandmother) that reads as "tetas oven".
  for (const label of ["tetasoven", "mamadashop", "kackeshop", "tettecafe", "chochocafe"])
    assert.ok(kinds(label).includes("obscene"), `${label}: ${kinds(label).join()}`);
  for (const label of ["tetera", "cacaobean", "culture", "arsenal", "crapaud", "piscina", "penelope", "zorrito"])
    assert.ok(!kinds(label).includes("obscene"), `${label}: ${kinds(label).join()}`);
});

test("a brand's ordinary word is flagged in the brand's trade only, and not where the business uses it for what it means", () => {
  const software = { sectors: ["software"], country: "us", lang: "en" };
  const zoom = checkName("zoomdesk", { context: software, parts: ["zoom", "desk"] });
  assert.equal(zoom.ok, false, JSON.stringify(zoom.flags));
  assert.ok(zoom.flags.some((f) => f.kind === "trademark" && f.detail.includes("Zoom")));
  // The same word for a camera shop, or with no business known, is an honest word.
  assert.equal(
    checkName("zoomdesk", { context: { ...software, sectors: ["retail"] }, parts: ["zoom", "desk"] }).ok,
    true,
  );
  assert.equal(checkName("zoomdesk").ok, true);
  // "mark" keeps the name and reports the flag.
  const marked = checkName("zoomdesk", { context: software, parts: ["zoom", "desk"], trademarks: "mark" });
  assert.equal(marked.ok, true);
  assert.ok(marked.flags.some((f) => f.kind === "trademark"));
  // The business's own words: a kayak tour's "kayak" is a kayak.
  const tours = { sectors: ["travel_hospitality"], country: "ca", lang: "en" };
  assert.equal(checkName("shorekayak", { context: tours, parts: ["shore", "kayak"] }).ok, false);
  assert.equal(
    checkName("shorekayak", { context: { ...tours, words: ["kayak", "tours"] }, parts: ["shore", "kayak"] }).ok,
    true,
  );
  assert.equal(
    checkName("shorekayak", { context: { ...tours, tradeWords: ["kayaks"] }, parts: ["shore", "kayak"] }).ok,
    true,
  );
  // Only as a whole word of the name: "zoom" inside "zoomorph" is not the brand.
  assert.equal(checkName("zoomorphic", { context: software, parts: ["zoomorphic"] }).ok, true);
  // A national brand counts in its country only.
  const jp = { sectors: ["software"], lang: "en" };
  assert.equal(checkName("linechat", { context: { ...jp, country: "jp" }, parts: ["line", "chat"] }).ok, false);
  assert.equal(checkName("linechat", { context: { ...jp, country: "de" }, parts: ["line", "chat"] }).ok, true);
});

test("every brand and regional word in the built context file flags in its own context and not outside it", async () => {
  const { readFileSync } = await import("node:fs");
  const { builtPath } = await import("../../src/core/index.js");
  const file = JSON.parse(readFileSync(builtPath("safety", "name-context.json"), "utf8")) as {
    brands: { label: string; sectors: string[]; countries: string[] }[];
    regional: { term: string; countries: string[]; lang: string; wholeWord: boolean }[];
  };
  assert.ok(file.brands.length >= 300 && file.regional.length >= 100, "both lists are present");
  const missed: string[] = [];
  for (const b of file.brands) {
    const country = b.countries[0] ?? "us";
    const label = `${b.label}zq`;
    const parts = [b.label, "zq"];
    if (checkName(label, { context: { sectors: b.sectors, country }, parts, trademarks: "mark" }).flags.length === 0)
      missed.push(b.label);
    const other = BRAND_SECTORS.find((s) => !b.sectors.includes(s))!;
    const marks = (v: { flags: { kind: string }[] }) => v.flags.filter((f) => f.kind === "trademark");
    const elsewhere = checkName(label, { context: { sectors: [other], country }, parts, trademarks: "mark" });
    assert.deepEqual(marks(elsewhere), marks(checkName(label, { trademarks: "mark" })), `${b.label} outside its trade`);
  }
  for (const t of file.regional) {
    const label = `${t.term}zq`;
    const parts = [t.term, "zq"];
    const where = t.countries.length > 0 ? { country: t.countries[0] } : { lang: t.lang };
    if (checkName(label, { context: where, parts }).ok) missed.push(t.term);
  }
  assert.deepEqual(missed, []);
});

test("a word that reads badly in one country is flagged there, or in its language's largest markets when the country is unknown", async () => {
  const seafood = (country: string | undefined, lang: string) => ({ sectors: ["food_drink"], country, lang });
  const label = "conchamar";
  const parts = ["concha", "mar"];
  // "concha" is a shell in Spain and Mexico, vulgar in Argentina.
  assert.equal(checkName(label, { context: seafood("ar", "es"), parts }).ok, false);
  assert.equal(checkName(label, { context: seafood("es", "es"), parts }).ok, true);
  assert.equal(checkName(label, { context: seafood(undefined, "es"), parts }).ok, true);
  // A word the description itself uses is the business's own word; the trade's vocabulary does not excuse it.
  const own = { ...seafood("ar", "es"), words: ["conchas", "frescas"] };
  assert.equal(checkName(label, { context: own, parts }).ok, true);
  assert.equal(checkName(label, { context: { ...seafood("ar", "es"), tradeWords: ["concha"] }, parts }).ok, false);
  // The detail names the kind and language, never the word.
  for (const f of checkName(label, { context: seafood("ar", "es"), parts }).flags)
    assert.ok(!f.detail.includes("concha"));
  // With no country, a word that reads badly in Mexico counts for a Spanish text, not for a German one.
  const { readFileSync } = await import("node:fs");
  const { builtPath } = await import("../../src/core/index.js");
  const file = JSON.parse(readFileSync(builtPath("safety", "name-context.json"), "utf8")) as {
    regional: { term: string; countries: string[] }[];
  };
  const mx = file.regional.find((t) => t.countries.includes("mx") && !t.countries.includes("de"));
  assert.ok(mx, "a word that reads badly in Mexico");
  const p = [mx.term, "zq"];
  assert.equal(checkName(`${mx.term}zq`, { context: seafood(undefined, "es"), parts: p }).ok, false);
  assert.equal(checkName(`${mx.term}zq`, { context: seafood(undefined, "de"), parts: p }).ok, true);
});
