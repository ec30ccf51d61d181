import { test } from "node:test";
import assert from "node:assert/strict";
import { isNonConcept, namingContext } from "../../src/naming/index.js";
import { understand } from "../../src/understand/index.js";

test("quantity words, adverbs and verb forms are on their language's list; trades are not", () => {
  for (const [w, lang] of [
    ["piccoli", "it"],
    ["mayoría", "es"],
    ["mayoria", "es"],
    ["meist", "de"],
    ["petits", "fr"],
    ["tiny", "en"],
  ] as const)
    assert.ok(isNonConcept(w, lang), `${lang} ${w}`);
  for (const [w, lang] of [
    ["rettifica", "it"],
    ["maquilladora", "es"],
    ["schuhmacher", "de"],
    ["coffee", "en"],
    ["casa", "es"],
  ] as const)
    assert.ok(!isNonConcept(w, lang), `${lang} ${w}`);
  // A list belongs to its language: Italian "piccoli" is no English word to filter.
  assert.equal(isNonConcept("piccoli", "en"), false);
});

test("the naming context keeps the business's words and leaves such words out of the concepts", () => {
  const forms = (t: string) => namingContext(understand(t)).concepts.map((c) => c.form);
  const it = forms("Rettifica e tempra conto terzi a Sesto San Giovanni, piccoli e grandi lotti, consegne in 48 ore.");
  assert.ok(it.includes("rettifica"));
  assert.ok(!it.includes("piccoli") && !it.includes("grandi"), it.join(","));
  const es = forms(
    "Kinesiología y rehabilitación deportiva en Mendoza, atendemos por OSEP y la mayoría de las prepagas.",
  );
  assert.ok(!es.includes("mayoria") && !es.includes("mayoría"), es.join(","));
});

test("everyday and regional verb forms and spoken fillers are no concepts (voseo, Brazilian 'pra'); trade verbs stay", () => {
  const forms = (t: string) => namingContext(understand(t)).concepts.map((c) => c.form);
  const es = forms("Emití facturas electrónicas desde el celular en menos de un minuto; seguí tus cobros y listo.");
  assert.ok(!es.includes("emiti") && !es.includes("segui"), es.join(","));
  assert.ok(es.includes("factura") || es.includes("facturas"), es.join(","));
  const it = forms("Spediamo ora in tutta Italia le nostre confetture artigianali di albicocca.");
  assert.ok(!it.includes("spediamo"), it.join(","));
  for (const [w, lang] of [
    ["piden", "es"],
    ["pra", "pt"],
    ["spediamo", "it"],
    ["appelle", "fr"],
  ] as const)
    assert.ok(isNonConcept(w, lang), `${lang} ${w}`);
  // The verbs of a trade itself are what a repair shop or a cook does: not on the lists.
  for (const [w, lang] of [
    ["reparamos", "es"],
    ["cucinare", "it"],
    ["repariert", "de"],
  ] as const)
    assert.ok(!isNonConcept(w, lang), `${lang} ${w}`);
});

test("a word with marks is a stop word only as written: uñas (nails) is a concept, unas (some) is not", () => {
  const forms = (t: string): string[] => namingContext(understand(t)).concepts.map((c) => c.form);
  assert.ok(forms("Estudio de uñas en Zapopan, solo con cita previa, gel y acrílico").includes("unas"));
  assert.ok(!forms("Tenemos unas tortas buenísimas en Zapopan, tortas ahogadas").includes("unas"));
});
