import { test } from "node:test";
import assert from "node:assert/strict";
import { marketCountry } from "../../src/understand/markets.js";
import { understand } from "../../src/understand/index.js";
import { businessCountry } from "../../src/core/types.js";

test("the country a text addresses comes from its currency, institutions and language variety", () => {
  assert.equal(marketCountry("Walk-in brow studio, threading from £12 and lash lifts by appointment.", "en"), "gb");
  assert.equal(marketCountry("Maths and physics tutoring for GCSE and A-level, small groups.", "en"), "gb");
  assert.equal(marketCountry("Pague boletos, faça Pix e acompanhe seus gastos sem tarifa.", "pt"), "br");
  assert.equal(marketCountry("As contas da casa no telemóvel, com o NIF de cada um.", "pt"), "pt");
  assert.equal(marketCountry("Ahorrá en dólares sin cueva ni arbolito. Comprá dólar MEP en segundos.", "es"), "ar");
  assert.equal(marketCountry("¿Teneis un bar? Os ayudamos con el menú del día.", "es"), "es");
  assert.equal(marketCountry("Un cégep régional qui veut attirer des étudiants internationaux.", "fr"), "ca");
});

test("a marker counts only in its languages, once, and never alone when weak", () => {
  // "pix" is Brazil's payment system in Portuguese, pictures in English.
  assert.equal(marketCountry("Upload your pix and get a print by Friday.", "en"), null);
  // Accents carry the Argentine voseo: without them "compra" is the noun.
  assert.equal(marketCountry("La compra semanal, sin filas.", "es"), null);
  // One weak marker is not enough, nor is a tie; "real estate agents" are not British estate agents.
  assert.equal(marketCountry("Physio exercise plans for your neighbourhood.", "en"), null);
  assert.equal(marketCountry("Drone videos for real estate agents and tourism operators.", "en"), null);
  assert.equal(marketCountry("Organic coffee shop in the downtown area.", "en"), null);
});

test("a named place wins over markers; markers fill in when no place has a country", () => {
  const london = understand("Nail studio in Dalston, walk-ins welcome, gel from £25.");
  assert.equal(businessCountry(london), "gb");
  const berlin = understand("Vegan bakery in Berlin, cakes from £3 for British visitors.");
  assert.equal(berlin.location?.country, "de");
  assert.equal(berlin.market, undefined);
  assert.equal(businessCountry(berlin), "de");
  assert.equal(businessCountry(understand("Organic coffee shop in downtown area")), undefined);
});

test("a town two countries share is the one the text's markers point at", () => {
  // "Córdoba" is Spain's in the place list; with Argentine voseo it is Argentina's (a town of the gazetteer there).
  assert.equal(understand("Compartí el auto para ir a la facu en Córdoba").location?.country, "ar");
  assert.equal(understand("Peluquería en Córdoba capital, sacá turno por WhatsApp").location?.country, "ar");
  assert.equal(understand("Electricista autorizado en Córdoba capital para autoconsumo solar").location?.country, "es");
  // Markers never move a place to a country that has no town of that name.
  assert.equal(understand("Vegan bakery in Berlin, cakes from £3 for British visitors.").location?.country, "de");
});
