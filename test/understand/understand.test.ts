import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  understand,
  detectLanguage,
  parseConstraints,
  normalizeDescription,
  findLocation,
  extractKeywords,
} from "../../src/understand/index.js";
import { InputError } from "../../src/core/errors.js";

/** The place the understanding reads in a text, as "name/country". */
const at = (t: string): string | undefined => {
  const l = understand(t).location;
  return l ? `${l.name}/${l.country}` : undefined;
};
/** The country of the place the understanding reads in a text. */
const country = (t: string): string | undefined => understand(t).location?.country;

test("detects the six supported languages on ordinary descriptions", () => {
  const cases: [string, string][] = [
    ["organic coffee shop in downtown area", "en"],
    ["Panadería artesanal en el centro de Madrid con pan de masa madre", "es"],
    ["Boulangerie bio de quartier à Lyon, pains au levain", "fr"],
    ["Nachhaltiger Fahrradladen in Berlin mit Reparaturservice", "de"],
    ["loja de roupas infantis em Lisboa com preços justos", "pt"],
    ["gelateria artigianale nel centro di Bologna con gusti stagionali", "it"],
    // Italian written with the prepositions it shares with Portuguese ("a", "da"), once read as Portuguese.
    ["Piadineria a Rimini aperta fino a tardi, impasto con strutto o vegano, anche da asporto.", "it"],
    // French with "en" and "à", once read as Spanish.
    ["Miel brut de nos ruches en Montérégie, récolté à la main et vendu à la ferme ou en ligne.", "fr"],
  ];
  for (const [text, lang] of cases) assert.equal(detectLanguage(text), lang, text);
});

test("keywords drop stop words and keep the business words, lemmatised", () => {
  const u = understand("We run organic coffee shops in the downtown area");
  const lemmas = u.keywords.map((k) => k.lemma);
  assert.ok(lemmas.includes("coffee"));
  assert.ok(lemmas.includes("shop"), "plural 'shops' lemmatised to 'shop'");
  for (const stop of ["we", "the", "in", "run"]) assert.ok(!lemmas.includes(stop), stop);
  for (const k of u.keywords) assert.ok(k.weight > 0 && k.weight <= 1);
});

test("a gerund that modifies a noun weighs as a noun and keeps its form; one that acts stays a verb", () => {
  const kw = (text: string, word: string) => understand(text).keywords.find((k) => k.word === word);
  const climbing = kw("marketplace for used climbing gear", "climbing");
  assert.equal(climbing?.pos, "NOUN");
  assert.equal(climbing?.lemma, "climbing");
  assert.equal(kw("dog walking tours in Bristol", "walking")?.pos, "NOUN");
  // A verb with its object, after a preposition or a subject: unchanged.
  assert.notEqual(kw("an app for booking tables at small restaurants", "booking")?.pos, "NOUN");
  assert.notEqual(kw("we started making candles at home", "making")?.pos, "NOUN");
});

test("constraints come from the text in several languages, and options win", () => {
  const en = parseConstraints(
    "short playful name for a bakery, no numbers, no hyphens, .io or .com, max 8 letters, must include 'bun'",
  ).constraints;
  assert.equal(en.maxLength, 8);
  assert.equal(en.allowDigits, false);
  assert.equal(en.allowHyphens, false);
  assert.deepEqual(en.tlds, ["io", "com"]);
  assert.deepEqual(en.mustInclude, ["bun"]);
  const es = parseConstraints("tienda de bicicletas sin guiones, máximo diez letras, que incluya 'rueda'").constraints;
  assert.equal(es.allowHyphens, false);
  assert.equal(es.maxLength, 10);
  assert.deepEqual(es.mustInclude, ["rueda"]);
  const fr = parseConstraints("Café à Paris, 10 lettres maximum, sans chiffres").constraints;
  assert.equal(fr.maxLength, 10);
  assert.equal(fr.allowDigits, false);
  // A limit said as "not exceed", with or without an article before the number (a blind judge caught a 13-letter
  // name for "non superare le 12 lettere").
  for (const [text, n] of [
    ["Il nome deve contenere la parola Etna e non superare le 12 lettere.", 12],
    ["un nom qui ne doit pas dépasser les 9 lettres", 9],
    ["the name must not exceed 8 characters", 8],
    ["que no supere... no superar las 10 letras", 10],
    ["o nome não pode ultrapassar 11 letras", 11],
    // German "up to" and "shorter than" ("kürzer als 9": 8 is the longest).
    ["Domain bis 8 Buchstaben, Endung .de", 8],
    ["der Name sollte kürzer als 9 Zeichen sein", 8],
    ["weniger als 10 Buchstaben, bitte", 9],
  ] as const)
    assert.equal(parseConstraints(text).constraints.maxLength, n, text);
  assert.equal(parseConstraints("We have 12 letters of recommendation").constraints.maxLength, undefined);
  const de = parseConstraints("Fahrradladen ohne Bindestriche, .de").constraints;
  assert.equal(de.allowHyphens, false);
  assert.deepEqual(de.tlds, ["de"]);
  const opt = parseConstraints("bakery, max 8 letters", { maxLength: 12, tlds: [".CO.UK"] }).constraints;
  assert.equal(opt.maxLength, 12);
  assert.deepEqual(opt.tlds, ["co.uk"]);
  assert.deepEqual(parseConstraints("a bakery with a .notatld ending").constraints.tlds, []);
});

test("an ending the text turns down is no wish for it; an ending merely near a negation still is", () => {
  const tlds = (t: string): string[] => parseConstraints(t).constraints.tlds;
  assert.deepEqual(tlds("Florist in Leeds, not .com please, .co.uk only"), ["co.uk"]);
  assert.deepEqual(tlds("We want .de, we are not paying a reseller for the .com."), ["de"]);
  assert.deepEqual(tlds("Pas de .com, on veut un .fr"), ["fr"]);
  assert.deepEqual(tlds("senza .com, meglio .it"), ["it"]);
  assert.deepEqual(tlds("any ending but .io"), []);
  // The negation governs something else, or no negation at all.
  assert.deepEqual(tlds("sem acento e sem cedilha no domínio .com.br"), ["com.br"]);
  assert.deepEqual(tlds("it should work on .no as well as .com"), ["no", "com"]);
  assert.deepEqual(tlds("No hyphens and .com only"), ["com"]);
  assert.deepEqual(tlds("Ideally .com but .io works too"), ["com", "io"]);
});

test("finds places and their country, preferring the most specific name", () => {
  assert.equal(findLocation("bagel shop in New York")?.country, "us");
  assert.equal(findLocation("Café in München")?.country, "de");
  assert.equal(findLocation("coffee shop in downtown area")?.country, undefined);
  assert.equal(findLocation("coffee shop in downtown area")?.name, "downtown");
  assert.equal(findLocation("a bakery"), null);
});

test("a listed name inside a longer town is that town; exonyms of New York are New York", () => {
  const pt = () => "pt" as const;
  assert.equal(findLocation("Restaurante típico em Ponte de Lima", pt)?.country, "pt");
  assert.equal(findLocation("Restaurante em Lima", () => "es" as const)?.country, "pe");
  assert.equal(findLocation("Pastelería en Nueva York para latinos", () => "es" as const)?.country, "us");
  assert.equal(findLocation("Padaria brasileira em Nova Iorque", pt)?.country, "us");
});

test("an Irish county is a place in Ireland (a Northern Irish one in the UK); Mayo the sauce and Clare the person are not", () => {
  assert.equal(findLocation("Funeral directors, Mayo and Roscommon, day or night.")?.country, "ie");
  assert.equal(findLocation("Fiddle and tin whistle lessons in Ballina, County Mayo")?.country, "ie");
  assert.equal(findLocation("Volunteer first responders across Leitrim and Longford")?.country, "ie");
  assert.equal(
    findLocation("Receta de salsa mayo casera", () => "es" as const),
    null,
  );
  assert.equal(findLocation("Clare bakes sourdough for the office"), null);
  // Northern Ireland's counties are in the United Kingdom.
  assert.equal(findLocation("Joinery across Antrim and Armagh")?.country, "gb");
});

test("a town's possessive is no part of its name", () => {
  assert.equal(findLocation("Best taco truck on Fort Worth's north side")?.name, "fort worth");
  assert.equal(findLocation("Best taco truck on Fort Worth’s north side")?.country, "us");
});

test("a foreign country named as a market or a past is not where the business is; 'usa' the verb is no country", () => {
  const lang = (l: "es" | "it" | "pt" | "de" | "fr") => () => l;
  const at = (t: string, l: "es" | "it" | "pt" | "de" | "fr") => findLocation(t, lang(l))?.country;
  assert.equal(at("Marca de mezcal artesanal de Oaxaca que quiere entrar al mercado de Estados Unidos.", "es"), "mx");
  assert.equal(at("Siamo un'agenzia immobiliare di Trieste per chi si trasferisce dall'Austria.", "it"), "it");
  assert.equal(at("Somos uma construtora de Lisboa e vendemos a quem volta dos Estados Unidos.", "pt"), "pt");
  assert.equal(at("Kleines Label für Sneaker aus Portugal mit Sitz in Köln.", "de"), "de");
  assert.equal(at("Plataforma que usa IA para legendar vídeos de criadores.", "pt"), undefined);
  // A foreign country on its own, or a foreign town, is still the place.
  assert.equal(at("Tutorat en mathématiques à Laval, en personne ou en ligne.", "fr"), "ca");
  assert.equal(at("Profesor de español para hijos de emigrantes en Suiza.", "es"), "ch");
});

test("towns outside the curated list come from the city gazetteer when written as names", () => {
  const at = (t: string) => {
    const p = findLocation(t);
    return p ? `${p.name}/${p.country ?? "-"}` : null;
  };
  // After a locating word, or capitalised mid-sentence, a town of the large list counts.
  assert.equal(at("Estancia, caballos y silencio en Tandil."), "tandil/ar");
  assert.equal(at("Inmobiliaria familiar en Punta del Este, alquileres de temporada"), "punta del este/uy");
  assert.equal(at("No one eats alone in Thunder Bay."), "thunder bay/ca");
  assert.equal(at("Cabane à sucre familiale à Saint-Eustache, repas traditionnel"), "saint eustache/ca");
  // Everyday words that are also places: lower case, a street, a month or a longer name are not the town.
  assert.equal(at("Fuego lento, como en el campo."), null);
  assert.equal(at("Pizzeria a Como, sul lago"), "como/it");
  assert.equal(at("Same-day phone repair just off Grafton Street"), null);
  assert.equal(at("New bakery opening in March"), null);
  assert.equal(at("Nice people making bread"), null);
  // Towns the English word list knows as proper nouns only; "Ciudad" before a town; the end of a longer name.
  assert.equal(at("Free coding clubs so kids in Dubbo get the same start"), "dubbo/au");
  assert.equal(at("Préstamos para trabajadores de maquiladoras en Ciudad Juárez"), "juarez/mx");
  // Inside a longer capitalised name neither word is taken for a town (not "University", a US town).
  assert.equal(at("Student rooms near Coventry University, bills included"), null);
  assert.equal(at("A wedding photography duo. Keep the word Cove in it if possible."), null);
  // An all-lower-case text keeps its curated places ("cork" is the city here).
  assert.equal(at("dog grooming in cork"), "cork/ie");
  // A capital that starts the next sentence does not make the town part of a longer name.
  assert.equal(at("Independent estate agent in Whitstable. We sell fishermen's cottages."), "whitstable/gb");
  assert.equal(at("Geri o restaurante dos meus pais em Aveiro. As reservas chegavam por telefone."), "aveiro/pt");
});

test("a town's name shared across countries is read as the town of the text's language", () => {
  assert.equal(country("Designer de interiores em Lagos, especializada em casas de férias."), "pt");
  assert.equal(country("Tech hub in Lagos for first-time founders."), "ng");
  // "colonia" is a neighbourhood in Mexican Spanish, not Cologne.
  assert.equal(country("Cervecería artesanal en la colonia Roma. Doce grifos."), "mx");
});

test("'la région de X' names the area by its town even when a lexicon lists the word", () => {
  const u = understand("Pose de revêtement extérieur et de fenêtres dans la région de Joliette. Estimation gratuite.");
  assert.equal(u.location?.country, "ca");
});

test("where the customers come from is not where the business is", () => {
  assert.equal(
    at(
      "We run a small fleet of electric wooden boats on Lake Como. Guests are mostly couples and families from the US, UK and Germany, booking weeks ahead.",
    ),
    "como/it",
  );
  assert.equal(
    at("Eco-lodge on the Meuse near Dinant. Our guests will come mostly from the Netherlands, Flanders and Germany."),
    "dinant/be",
  );
  // A word for part of a town after its name continues no longer name.
  assert.equal(at("Family dental clinic in Pointe-Claire Village. Cleanings and crowns."), "pointe claire/ca");
  // Not a list of capitalised names right after "from": the place stays.
  assert.equal(at("Bakery serving customers from all over Yorkshire."), "yorkshire/gb");
  assert.equal(at("Bike hire from Amsterdam Centraal for tourists."), "amsterdam/nl");
});

test("the pilgrims' way to Santiago is in Spain, not Chile", () => {
  assert.equal(country("Albergue en el Camino de Santiago, en Sarria, con cena compartida."), "es");
  assert.equal(country("Luggage transfer for walkers on the Camino de Santiago."), "es");
  assert.equal(country("Pensión familiar en Santiago de Compostela, junto a la catedral."), "es");
  // Santiago alone stays the gazetteer's largest.
  assert.equal(country("Empanadas in Santiago, delivered hot."), "cl");
});

test("a region's or canton's adjective gives the country when the text names no place", () => {
  assert.equal(country("Steirischer Hofladen mit Kürbiskernöl und Apfelsaft, online bestellbar"), "at");
  assert.equal(country("steirisches Kürbiskernöl aus eigener Presse"), "at");
  assert.equal(country("Tiroler Speck und Bergkäse vom eigenen Hof"), "at");
  assert.equal(country("Zürcher Weinbau seit 1890"), "ch");
  assert.equal(country("Fromagerie genevoise, fromages affinés sur place"), "ch");
  assert.equal(country("Hofladen in Oberösterreich mit Most und Speck"), "at");
  // A dish or product travels: the town the text names is where the business is.
  assert.equal(country("Feinkostladen in Hamburg mit steirischem Kürbiskernöl"), "de");
  assert.equal(country("Restaurant in Berlin mit Kärntner Nudeln"), "de");
});

test("CABA and Capital Federal are Buenos Aires, whatever namesake the text also names", () => {
  assert.equal(country("Administración de alquileres en Palermo y Belgrano, CABA. Cobramos y pagamos expensas."), "ar");
  assert.equal(country("Cerrajería 24 horas en Capital Federal."), "ar");
  assert.equal(country("Pizzeria al taglio a Palermo, in Sicilia."), "it");
});

test("where the goods are sent is not where the business is", () => {
  assert.equal(at("Frigorífico em Concórdia que exporta para o Chile e o Japão."), "concordia/br");
  assert.equal(at("Olive oil pressed in Jaén; we ship to Germany and the Netherlands."), "jaen/es");
  assert.equal(at("Hand-bound notebooks. Ships to Canada, Australia and the UK."), undefined);
  assert.equal(at("Weingut in Würzburg, wir liefern nach Österreich."), "wurzburg/de");
  // Delivering names where the business is; a town after "to" that is no sending stays the place.
  assert.equal(at("Florist delivering in Manchester and Salford, same day."), "manchester/gb");
  assert.equal(at("Guided walks from the harbour to Dubrovnik old town."), "dubrovnik/hr");
});

test("a state's abbreviation after a town names its country; an Indian state names India", () => {
  assert.equal(at("Paint-your-own pottery studio in Cambridge, MA. Walk in, pick a mug."), "cambridge/us");
  assert.equal(at("We're a small builder in Naples, FL, doing custom elevated homes."), "naples/us");
  assert.equal(at("Yoga in Burlington, VT with a gentle Sunday class."), "burlington/us");
  // Not after the town: "AL" here is a Portuguese licence.
  assert.equal(
    at("Property management in Lisbon for foreign owners: rent collection, AL licences, condo fees."),
    "lisbon/pt",
  );
  assert.equal(at("Freelance wedding videographer based in Kochi, shooting ceremonies across Kerala."), "kerala/in");
});

test("a German '-ung' noun is kept whole, never cut into a word that ends it ('Anbindung' is no 'dung')", () => {
  const words = (t: string) => understand(t).keywords.map((k) => k.word);
  assert.ok(!words("ePA-Anbindung für Physiopraxen, ohne eigenen Konnektor.").includes("dung"));
  assert.ok(!words("Lieferung direkt ins Hotel, Skiverleih in Lech.").includes("rung"));
  // Compounds that are not "-ung" nouns are still cut.
  assert.deepEqual(
    words("Steuerberatung für Ärzte").filter((w) => w === "steuer" || w === "beratung"),
    ["steuer", "beratung"],
  );
});

test("bad input is an InputError with an actionable message", () => {
  assert.throws(() => normalizeDescription(""), InputError);
  assert.throws(() => normalizeDescription("   \u200b  "), InputError);
  assert.throws(() => normalizeDescription("x".repeat(2001)), /limit is 2000/);
  assert.throws(() => normalizeDescription("abc\u0000def"), /binary/);
  assert.throws(() => normalizeDescription(42), InputError);
  assert.equal(normalizeDescription("  ｃｏｆｆｅｅ\u200b shop \n"), "coffee shop");
});

test("property: any text either yields an understanding or an InputError", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
      try {
        const u = understand(s);
        assert.ok(Array.isArray(u.keywords));
      } catch (e) {
        assert.ok(e instanceof InputError, String(e));
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

test("the framing of a request is not a keyword: greetings, asking, naming words, opening verbs", () => {
  const cases: Array<[string, string[], string]> = [
    ["Hola, necesito un dominio para una carnicería.", ["carnicería"], "butcher_shop"],
    [
      "Bonjour ! J'ai besoin d'idées de noms pour ma boulangerie, vous l'appelleriez comment ?",
      ["boulangerie"],
      "bakery",
    ],
    ["Hallo, wir eröffnen eine Metzgerei und brauchen Namen. Vorschläge?", ["metzgerei"], "butcher_shop"],
    ["Olá! Quero abrir uma padaria e preciso de ideias de nomes.", ["padaria"], "bakery"],
    ["Ciao ragazzi, vogliamo aprire una macelleria: mi aiutate a trovare un nome?", ["macelleria"], "butcher_shop"],
    ["Hi! I need name ideas for my bakery project.", ["bakery"], "bakery"],
  ];
  for (const [text, words, industry] of cases) {
    const u = understand(text);
    assert.deepEqual(
      u.keywords.map((k) => k.word),
      words,
      text,
    );
    assert.equal(u.industry?.id, industry, text);
  }
});

test("industry signals written with accents, apostrophes or hyphens meet the description's words", () => {
  // "carnicería" stems to "carnic", its diacritic-free spelling to "carniceri": the index must stem as written.
  assert.equal(understand("Una carnicería de barrio en Sevilla").industry?.id, "butcher_shop");
  assert.equal(understand("Um açougue de bairro em Recife").industry?.id, "butcher_shop");
  // Phrases are matched with apostrophes and hyphens as spaces, on both sides.
  assert.equal(understand("Une marque d'alimentation animale pour les jeunes parents").industry?.id, "pet_food");
  assert.equal(understand("Nous ouvrons un hôtel-casino à Monaco").industry?.id, "casino_hotel");
});

test("a German compound the keyword step splits still names its industry (whole word, else its head)", () => {
  const school = understand("Wir sind eine Sprachschule in Graz für Berufstätige.");
  assert.ok(
    school.keywords.some((k) => k.word === "schule"),
    "the compound is split for the names",
  );
  assert.equal(school.industry?.id, "language_school");
  assert.equal(understand("Eine kleine Familienmetzgerei im Allgäu.").industry?.id, "butcher_shop");
});

test("industry guess on the validation split: at least 94% right overall and 90% in every language", async () => {
  const { readSplit } = await import("../../src/dataset/index.js");
  const records = await readSplit("data/built/dataset", "val");
  const by = new Map<string, { n: number; ok: number }>();
  for (const r of records) {
    const e = by.get(r.language) ?? { n: 0, ok: 0 };
    e.n++;
    if (understand(r.business_description).industry?.id === r.industry) e.ok++;
    by.set(r.language, e);
  }
  let n = 0,
    ok = 0;
  for (const [lang, e] of by) {
    n += e.n;
    ok += e.ok;
    assert.ok(e.ok / e.n >= 0.9, `${lang}: ${((100 * e.ok) / e.n).toFixed(1)}%`);
  }
  assert.ok(ok / n >= 0.94, `overall ${((100 * ok) / n).toFixed(1)}%`);
});

test("terse English jargon is English: one to three words where no language has more evidence, acronyms no evidence", () => {
  for (const t of ["SaaS", "data API", "yoga studio", "hair salon", "KYC for banks", "EHR integrations"])
    assert.equal(detectLanguage(t), "en", t);
  // Words only another language has, or its letters, still decide.
  assert.equal(detectLanguage("panadería"), "es");
  assert.equal(detectLanguage("boulangerie"), "fr");
  assert.equal(detectLanguage("Bäckerei"), "de");
  assert.equal(detectLanguage("padaria artesanal"), "pt");
});

test("text written all in capitals keeps its dictionary evidence", () => {
  assert.equal(detectLanguage("ESCUELA DE SURF PARA JUBILADOS"), "es");
});

test("the first sentence's words weigh more than later sentences' (where naming experts build names from)", () => {
  const weight = (text: string, word: string): number =>
    extractKeywords(text, "en").find((k) => k.word === word)?.weight ?? 0;
  const text = "Family bakery in the old town. Parking behind the shop, coffee and cake all day.";
  assert.equal(weight(text, "bakery"), 1);
  assert.ok(weight(text, "parking") <= 0.45 && weight(text, "coffee") <= 0.45, text);
  // Outside English the sentence is found by its punctuation the same way.
  const es = extractKeywords("Panadería familiar en el casco antiguo. Aparcamiento detrás de la tienda.", "es");
  const w = (x: string): number => es.find((k) => k.word === x)?.weight ?? 0;
  assert.ok(w("panadería") > 2 * w("aparcamiento"), JSON.stringify(es));
});

test("German: a word the text writes lower case is no noun and weighs as a verb", () => {
  const kw = extractKeywords(
    "Kleine Kaffeerösterei in Münster, wir rösten jeden Dienstag und verschicken am Mittwoch.",
    "de",
  );
  const w = (x: string): number => kw.find((k) => k.word === x)?.weight ?? 0;
  assert.equal(kw.find((k) => k.word === "rösten")?.pos, "NOT_NOUN");
  assert.ok(w("rösten") < 0.6 * w("kaffeerösterei"), JSON.stringify(kw));
  // A text typed all in lower case says nothing by its capitals.
  assert.equal(extractKeywords("software für handwerker angebote", "de").filter((k) => k.pos === "NOT_NOUN").length, 0);
});

test("Spanish and Portuguese plurals come back to the singular the dictionary has", () => {
  const concepts = (text: string, lang: "es" | "pt"): string[] => extractKeywords(text, lang).map((k) => k.lemma);
  const es = concepts("Tapetes tejidos para restaurantes y hoteles", "es");
  for (const w of ["tapete", "restaurante", "hotel"]) assert.ok(es.includes(w), es.join(" "));
  const pt = concepts("Hotéis e restaurantes com animais locais", "pt");
  for (const w of ["hotel", "restaurante", "animal"]) assert.ok(pt.includes(w), pt.join(" "));
});

test("outside German a capitalised word in mid-sentence is a name and keeps its form", () => {
  const kw = extractKeywords("Eletricista em Penafiel e Paredes, instalações e certificados.", "pt");
  const paredes = kw.find((k) => k.word === "paredes");
  assert.equal(paredes?.lemma, "paredes");
  assert.equal(paredes?.pos, "PROPN");
  // "-ões" is not the consonant-final "-es" plural.
  assert.equal(kw.find((k) => k.word === "instalações")?.lemma, "instalação");
  // A title capitalises every word: no word is a name by its capital there.
  const title = extractKeywords("Panadería Artesanal Con Masa Madre Y Café De Especialidad", "es");
  assert.equal(title.filter((k) => k.pos === "PROPN").length, 0);
});

test("a German range is a range, and 'bis' with a time or a count is no length", () => {
  const range = parseConstraints("Name mit 6 bis 10 Buchstaben").constraints;
  assert.equal(range.minLength, 6);
  assert.equal(range.maxLength, 10);
  assert.equal(parseConstraints("Geöffnet bis 18 Uhr, Lieferung bis 8 Stück").constraints.maxLength, undefined);
});

test("a request's sign-off formulas are no keywords, and still tell the language", () => {
  const words = (t: string): string[] => understand(t).keywords.map((k) => k.word);
  for (const [text, lang, gone] of [
    ["Panadería en Sevilla, ideas de nombre, gracias", "es", ["gracias"]],
    ["Boulangerie à Lyon, merci d'avance", "fr", ["merci", "avance"]],
    ["Forno a Bologna, grazie mille", "it", ["grazie", "mille"]],
    ["Bäckerei in Köln, danke im Voraus", "de", ["danke", "voraus"]],
    ["Panadería en Sevilla, sin guiones por favor", "es", ["favor"]],
    ["Boulangerie à Lyon, pas de tiret s'il vous plaît", "fr", ["plaît"]],
  ] as const) {
    const u = understand(text);
    assert.equal(u.language, lang, text);
    for (const w of gone) assert.ok(!words(text).includes(w), `${text}: ${w}`);
  }
  // A name that happens to hold such a word is no formula.
  assert.ok(words("Restaurante Gracias Madre, cocina vegana").includes("madre"));
});

test("a town of a million people named without a locating word is the town, unless its name is an everyday word", () => {
  assert.equal(country("Dibiterie au Plateau, Dakar, grillades le soir"), "sn");
  assert.equal(country("Tailoring studio, Nairobi, bespoke suits"), "ke");
  assert.equal(country("Reading glasses, frames and lenses for kids"), undefined);
});

test("where newcomers arrive from is not where the business is", () => {
  assert.equal(
    country("Cuenta bancaria online para quienes acaban de llegar a Madrid desde Caracas, Bogotá o Lima, sin NIE"),
    "es",
  );
  assert.equal(country("Conta digital para quem chegou a Lisboa desde São Paulo"), "pt");
  assert.equal(country("Banking for newcomers who moved to Leeds from Lagos"), "gb");
  // "de" is left alone: here it is where the business is.
  assert.equal(country("Llegamos a toda la Comunidad de Madrid con reparto en 24h"), "es");
});
