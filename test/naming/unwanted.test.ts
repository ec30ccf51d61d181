import { test } from "node:test";
import assert from "node:assert/strict";
import { understand } from "../../src/understand/index.js";
import { unwantedWord } from "../../src/naming/index.js";

test("a name that says an unwanted word of the request's language is caught, whole words only", () => {
  const es = understand("Academia de inglés para adultos en Rosario, clases de conversación por la tarde.");
  // Spanish "ingle" (groin) stands whole before "acento"; "ingles" is the request's own word and harmless.
  assert.equal(unwantedWord("ingleacento", ["ingle", "acento"], es), "ingle");
  assert.equal(unwantedWord("inglesclub", ["ingles", "club"], es), undefined);
  const fr = understand("Institut de beauté à Lyon : soins du visage, épilation et massages.");
  assert.equal(unwantedWord("semaineaine", ["semaineaine"], fr), "aine");
});

test("English's list does not read an ordinary word of the request's language, nor the request's own words", () => {
  // French "pain" is bread.
  const fr = understand("Boulangerie de quartier à Nantes, pain au levain et viennoiseries le dimanche.");
  assert.equal(unwantedWord("painfournil", ["pain", "fournil"], fr), undefined);
  const en = understand("Physiotherapy for running injury recovery in Leeds.");
  assert.equal(unwantedWord("kneadinjury", ["knead", "injury"], en), undefined);
  const en2 = understand("Sports massage studio in Leeds for runners.");
  assert.equal(unwantedWord("kneadinjury", ["knead", "injury"], en2), "injury");
});

test("another company's brand standing whole in a name is caught, unless the request names it or its letters are a word", () => {
  const en = understand("Bookkeeping for landscape gardeners in Kent, with a monthly call.");
  // AWS (data/sources/naming-brands) stands whole beside "green".
  assert.equal(unwantedWord("greenaws", ["green", "aws"], en), "aws");
  // A label that is a word is never read as a brand plus a rest ("park|ing" is no ING).
  assert.equal(unwantedWord("parking", ["parking"], en), undefined);
  // The request's own brand is the business's to use.
  const cloud = understand("Consultancy that migrates small firms' servers to AWS and keeps the bills down.");
  assert.equal(unwantedWord("greenaws", ["green", "aws"], cloud), undefined);
});

test("a crisis service's name never holds a means of self-harm; the same word is ordinary elsewhere", async () => {
  const { crisisMeans } = await import("../../src/naming/index.js");
  const { suggest } = await import("../../src/index.js");
  const crisis = understand("suicide prevention hotline");
  assert.equal(crisisMeans("hotlineblade", crisis), "blade");
  assert.equal(crisisMeans("calmbridge", understand("Línea de crisis para prevenir el suicidio")), "bridge");
  assert.equal(crisisMeans("hotlinewise", crisis), undefined);
  assert.equal(crisisMeans("bristleandblade", understand("barber shop with straight razor shaves")), undefined);
  const r = await suggest("suicide prevention hotline", { count: 10 });
  for (const s of r.suggestions) assert.equal(crisisMeans(s.domain.split(".")[0]!, crisis), undefined, s.domain);
});

test("a business for children never gets a name holding a drink, a bet or a smoke; a pub may", async () => {
  const { adultWordForChildren } = await import("../../src/naming/index.js");
  assert.equal(adultWordForChildren("youthbier", understand("youth soccer league")), "bier");
  assert.equal(adultWordForChildren("tinycasino", understand("Guardería infantil en Sevilla")), "casino");
  assert.equal(adultWordForChildren("youthtide", understand("youth soccer league")), undefined);
  assert.equal(adultWordForChildren("hopbier", understand("craft beer pub in Leeds")), undefined);
});
