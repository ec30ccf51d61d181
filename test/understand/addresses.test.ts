import { test } from "node:test";
import assert from "node:assert/strict";
import { withoutStreetAddresses } from "../../src/understand/addresses.js";
import { understand } from "../../src/understand/index.js";

test("street addresses are taken out in each language's written convention", () => {
  assert.equal(
    withoutStreetAddresses("Barber on Castle Street, Launceston", "en").replace(/\s+/g, " "),
    "Barber on , Launceston",
  );
  assert.doesNotMatch(withoutStreetAddresses("Phone repair on Queen St W, cracked screens", "en"), /Queen|St|W,/);
  assert.doesNotMatch(withoutStreetAddresses("Boulangerie rue de la Paix à Paris", "fr"), /Paix|rue/);
  assert.doesNotMatch(withoutStreetAddresses("Cafetería en la calle Mayor de Madrid", "es"), /Mayor/);
  assert.doesNotMatch(withoutStreetAddresses("Escola na Rua Augusta", "pt"), /Augusta/);
  assert.doesNotMatch(withoutStreetAddresses("Friseur in der Berliner Straße", "de"), /Berliner/);
  assert.doesNotMatch(withoutStreetAddresses("Bäckerei, Hauptstraße 5", "de"), /Haupt/);
});

test("what only looks like an address is kept", () => {
  const kept: [string, "en" | "pt" | "it" | "de" | "fr"][] = [
    ["A Better Way to run a street food market on a quiet road", "en"],
    ["We sync Google Drive and Dropbox for law firms", "en"],
    ["Cobrança via Pix para escolas", "pt"],
    ["Prenotazioni via WhatsApp per parrucchieri", "it"],
    ["Therapieplatz in Wochen, Marktplatz für Handwerker", "de"],
    ["Boulangerie de la rue, pain au levain", "fr"],
  ];
  for (const [text, lang] of kept) assert.equal(withoutStreetAddresses(text, lang), text, text);
  // Only the address's own span goes: the word stays where the text also uses it for the business.
  assert.match(withoutStreetAddresses("A farmers' market on Market Street", "en"), /farmers' market on\s+$/);
});

test("an address gives the request no naming concept", () => {
  const u = understand("Barber on Castle Street, Launceston, walk-ins only, hot towel shaves.");
  const words = u.keywords.map((k) => k.word);
  assert.ok(words.includes("barber"));
  assert.ok(!words.includes("castle") && !words.includes("street"), words.join(" "));
});
