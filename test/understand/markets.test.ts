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

test("a city's or region's people name their country, in either gender and number", () => {
  assert.equal(marketCountry("Churrascaria gaúcha com rodízio e buffet", "pt"), "br");
  assert.equal(marketCountry("Tacos al estilo tapatío, tortas ahogadas", "es"), "mx");
  assert.equal(marketCountry("Arepas paisas y café de origen", "es"), "co");
  assert.equal(marketCountry("Cevichería limeña con leche de tigre", "es"), "pe");
  assert.equal(marketCountry("Heladería rosarina, helado artesanal por kilo", "es"), "ar");
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

test("Belgian, Swiss and Austrian texts get their country, and an exam board named after a town is no place", () => {
  const country = (t: string): string | undefined => businessCountry(understand(t));
  // Places the city gazetteer lacks, or that German's dictionary also lists.
  assert.equal(country("Sanitär aus Eupen, seit drei Generationen."), "be");
  assert.equal(country("Barbier à Ixelles pour rasage à l'ancienne, sans rendez-vous."), "be");
  assert.equal(country("Bergkäse von unserer Sennerei im Zillertal, vakuumiert verschickt."), "at");
  assert.equal(country("Hofladen am Stadtrand von Murten: Eier, Rüebli und Süssmost."), "ch");
  assert.equal(country("Kalligrafin aus Bozen: Urkunden und Einladungen, zweisprachig."), "it");
  // Institutions and words of one country.
  assert.equal(country("Gestion des notes de frais pour ASBL, avec export vers le comptable."), "be");
  assert.equal(country("Einsatzplanung für Spitex-Organisationen, direkt aufs Natel der Pflegenden."), "ch");
  assert.equal(country("Ihre Kassa. RKSV-sicher. Ab 19 Euro."), "at");
  // "exámenes Cambridge" is the exam board: the academy is in Zaragoza.
  assert.equal(country("Academia de inglés en Zaragoza, preparación de exámenes Cambridge."), "es");
  assert.equal(country("Bookshop in Cambridge selling old maps and prints."), "gb");
  // A Buenos Aires quarter that shares its name with a Sicilian town.
  assert.equal(country("Clases de yoga en Palermo Soho, podés venir con tu bebé."), "ar");
});

test("a town two countries share takes the country of a town listed next to it", () => {
  const country = (t: string): string | undefined => understand(t).location?.country;
  // The training descriptions where the largest namesake was wrong (w7, w13).
  assert.equal(country("Family-owned plumbing company serving Dayton, Kettering and Beavercreek since 1987."), "us");
  assert.equal(country("Hurricane shutters installed, Naples to Marco Island."), "us");
  assert.equal(country("Window cleaning in Lancaster and Morecambe, fortnightly rounds."), "gb");
  // Alone, the name keeps its usual reading; a town named elsewhere in the text (a station, a street) is no list.
  assert.equal(country("Pizzeria in Naples, wood oven since 1950."), "it");
  assert.equal(country("Bookkeeping in Lancaster for dairy farms."), "us");
  assert.equal(country("Clínica de fisioterapia no Porto, junto ao metro da Trindade."), "pt");
});
