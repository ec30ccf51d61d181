import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBase64Snippets, normalizeText } from "../../src/safety/normalize.js";

test("each obfuscation is undone and reported", () => {
  const cases: [string, string, string][] = [
    ["zero_width", "co\u200Bca\u200Cine", "cocaine"],
    ["fullwidth", "ｐｏｒｎ", "porn"],
    ["homoglyph", "соcаinе", "cocaine"],
    ["homoglyph", "botпeτ", "botnet"],
    ["diacritics", "cocaína", "cocaina"],
    ["spaced", "p o r n", "porn"],
    ["spaced", "c.o.c.a.i.n.e", "cocaine"],
    ["spaced", "s-e-x", "sex"],
    ["leetspeak", "h4ck3r5", "hackers"],
    ["leetspeak", "$ex", "sex"],
    ["emoji", "🔫", "gun"],
    ["base64", Buffer.from("sell cocaine").toString("base64"), "sell cocaine"],
  ];
  for (const [kind, input, expected] of cases) {
    const n = normalizeText(input);
    assert.equal(n.text, expected, `${kind}: ${input}`);
    assert.ok(n.obfuscations.includes(kind as never), `${kind} not reported for ${input}: ${n.obfuscations.join()}`);
  }
  assert.equal(normalizeText("pooorrrnnn").squeezed, "porn");
});

test("ordinary text is left readable (no false leetspeak, no spurious joins)", () => {
  assert.equal(normalizeText("Open 24h, 3d printing and 5g phones").text, "open 24h 3d printing and 5g phones");
  assert.equal(normalizeText("P . u . t . a . s y mas").text, "putas y mas");
  assert.equal(normalizeText("Quelqu'un d'autre").text, "quelqu un d autre");
  assert.equal(normalizeText("Straße Café").text, "strasse cafe");
  assert.deepEqual(normalizeText("organic coffee shop").obfuscations, []);
});

test("base64: readable snippets decode, words and random ids do not", () => {
  assert.deepEqual(
    decodeBase64Snippets(`x ${Buffer.from("we sell guns").toString("base64")} y`).map((d) => d.text),
    ["we sell guns"],
  );
  assert.deepEqual(decodeBase64Snippets("internationalisation and responsibilities"), []);
  assert.deepEqual(decodeBase64Snippets("id a8F3kQ9zLm2PqR7tXv0YbN4c"), []);
});

test("input is bounded and lone surrogates do not break normalisation", () => {
  assert.ok(normalizeText("a ".repeat(10000)).text.length <= 4000);
  assert.equal(normalizeText("ab\uD800cd").text.length > 0, true);
});

test("script-aware: native scripts stay readable, lookalikes are read in the text's own script", () => {
  // Latin lookalikes inside Russian words go back to Cyrillic (the text is Cyrillic-dominant).
  const ru = normalizeText("caйт для экcкopт-ycлyг в Москве");
  assert.equal(ru.text, "саит для экскорт услуг в москве");
  assert.ok(ru.obfuscations.includes("homoglyph"));
  // Cyrillic lookalikes inside Latin words go to Latin.
  assert.equal(normalizeText("bоtnеt раrа аluguеl").text, "botnet para aluguel");
  // Arabic letters are never mapped to Latin lookalikes; Devanagari vowel signs are kept.
  assert.equal(normalizeText("عندي فريق يملك آلاف الأجهزة").text, "عندي فريق يملك آلاف الأجهزة");
  assert.equal(normalizeText("बंदूक बिना लाइसेंस").text, "बंदूक बिना लाइसेंस");
  assert.deepEqual(normalizeText("改装玩具工作室，能把气枪改成连发的那种").obfuscations, []);
  assert.deepEqual(normalizeText("Клуб знакомств, оплата за встречу").obfuscations, []);
  // Ordinary Serbian or Russian made only of letters that have Latin lookalikes stays Cyrillic; a word that mixes
  // the scripts in such a text is still a disguised Latin word.
  assert.equal(normalizeText("Убиј их све").text, "убиј их све");
  assert.equal(normalizeText("Маркетинговое агентство Growth Hackers").text, "маркетинговое агентство growth hackers");
  const mixed = normalizeText("Купить сосаіnе");
  assert.equal(mixed.text, "купить cocaine");
  assert.ok(mixed.obfuscations.includes("homoglyph"));
  // In a third script's text, an English word spelled in Cyrillic lookalikes is still read in Latin.
  assert.equal(normalizeText("दूसरों का व्हाट्सऐप पढ़ने वाला ѕру арр").text, "दूसरों का व्हाट्सऐप पढ़ने वाला spy app");
});

test("letters that do not decompose are spelled the same in either case", () => {
  assert.equal(normalizeText("ĐÀ NẴNG").text, normalizeText("đà nẵng").text);
  assert.equal(normalizeText("Đà Nẵng").text, "da nang");
  assert.equal(normalizeText("ØSTERBRO ŁÓDŹ ÆRØ ŒUVRE STRAẞE").text, "osterbro lodz aero oeuvre strasse");
});
