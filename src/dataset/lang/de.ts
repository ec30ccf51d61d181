/** German: Germany, Austria, German-speaking Switzerland. Cases are chosen per frame (a/aAcc/aDat). */
import { sentenceCase as cap } from "../grammar.js";
import { at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({
  name,
  loc,
  country,
  countryName,
  cctld,
});

export const DE: LanguagePack = {
  lang: "de",
  places: [
    P("Berlin", "in Berlin", "de", "in Deutschland", "de"),
    P("Hamburg", "in Hamburg", "de", "in Deutschland", "de"),
    P("München", "in München", "de", "in Deutschland", "de"),
    P("Köln", "in Köln", "de", "in Deutschland", "de"),
    P("Frankfurt", "in Frankfurt am Main", "de", "in Deutschland", "de"),
    P("Leipzig", "in Leipzig", "de", "in Deutschland", "de"),
    P("Dresden", "in Dresden", "de", "in Deutschland", "de"),
    P("Stuttgart", "in Stuttgart", "de", "in Deutschland", "de"),
    P("Düsseldorf", "in Düsseldorf", "de", "in Deutschland", "de"),
    P("Freiburg", "in Freiburg", "de", "in Deutschland", "de"),
    P("Kreuzberg", "in Kreuzberg", "de", "in Deutschland", "de"),
    P("Münster", "in Münster", "de", "in Deutschland", "de"),
    P("Wien", "in Wien", "at", "in Österreich", "at"),
    P("Graz", "in Graz", "at", "in Österreich", "at"),
    P("Salzburg", "in Salzburg", "at", "in Österreich", "at"),
    P("Zürich", "in Zürich", "ch", "in der Schweiz", "ch"),
    P("Basel", "in Basel", "ch", "in der Schweiz", "ch"),
    P("Bern", "in Bern", "ch", "in der Schweiz", "ch"),
  ],
  adjectives: [
    { m: "klein", f: "klein" },
    { m: "neu", f: "neu" },
    { m: "familiengeführt", f: "familiengeführt" },
    { m: "unabhängig", f: "unabhängig" },
    { m: "modern", f: "modern" },
    { m: "lokal", f: "lokal" },
    { m: "nachhaltig", f: "nachhaltig" },
    { m: "hochwertig", f: "hochwertig" },
    { m: "günstig", f: "günstig" },
    { m: "jung", f: "jung" },
  ],
  audiences: [
    "junge Familien",
    "Studierende",
    "gestresste Berufstätige",
    "Touristen",
    "Leute im Homeoffice",
    "Rentner",
    "kleine Unternehmen",
    "frischgebackene Eltern",
    "Sportler",
    "Hundebesitzer",
    "Hausbesitzer",
    "Startups",
    "Jugendliche",
    "Frauen über 40",
    "Expats",
    "Backpacker",
    "anspruchsvolle Kunden",
    "die Nachbarschaft",
    "Selbstständige",
    "umweltbewusste Menschen",
    "die Gen Z",
    "Senioren",
  ],
  values: [
    "Nachhaltigkeit",
    "Qualität",
    "Fairness",
    "Handwerk",
    "Schnelligkeit",
    "Transparenz",
    "Gemeinschaft",
    "Datenschutz",
    "Tradition",
    "Innovation",
    "Vielfalt",
    "Regionalität",
    "Kundennähe",
    "Verlässlichkeit",
  ],
  vibes: [
    "warm",
    "modern",
    "elegant",
    "vertrauenswürdig",
    "mutig",
    "ruhig",
    "hochwertig",
    "freundlich",
    "minimalistisch",
    "klassisch",
    "frisch",
    "bodenständig",
    "technisch",
    "schlicht",
  ],
  whens: [
    "im Frühjahr",
    "diesen Sommer",
    "im Herbst",
    "nächsten Monat",
    "Anfang nächsten Jahres",
    "in ein paar Wochen",
  ],
  families: [
    {
      id: "de.wir_sind",
      kind: "opener",
      frames: [
        (s) => `Wir sind ${s.a}${at(s)}.`,
        (s) => `Wir betreiben ${s.aAcc}${at(s)}.`,
        (s) => `Seit ${s.years} Jahren führen wir ${s.aAcc}${at(s)}.`,
      ],
    },
    {
      id: "de.eroeffnung",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Ich eröffne ${s.when} ${s.aAcc}${at(s)}.`,
        (s) => `Wir machen bald ${s.aAcc}${at(s)} auf und haben noch keinen Namen.`,
        (s) => `${cap(s.when)} eröffne ich ${s.aAcc}${at(s)}.`,
      ],
    },
    {
      id: "de.suche_namen",
      kind: "opener",
      frames: [
        (s) => `Ich suche einen Domainnamen für ${s.myAcc}${at(s)}.`,
        (s) => `Suche Namen für ${s.aAcc}${at(s)}.`,
        (s) => `Wir brauchen einen griffigen Namen für ${s.ourAcc}.`,
      ],
    },
    {
      id: "de.hilfe",
      kind: "opener",
      frames: [
        (s) => `Könnt ihr mir Domainnamen für ${s.aAcc}${at(s)} vorschlagen?`,
        (s) => `Hilf mir bitte, einen Namen für ${s.aAcc} zu finden.`,
        (s) => `Habt ihr Namensideen für ${s.myAcc}?`,
      ],
    },
    {
      id: "de.zielgruppe",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)} für ${s.aud}.`,
        (s) => `Wir starten ${s.aAcc} für ${s.aud}${at(s)}.`,
        (s) => `Wir gründen ${s.aAcc} speziell für ${s.aud}.`,
      ],
    },
    {
      id: "de.geschichte",
      kind: "opener",
      frames: [
        (s) => `Meine Partnerin und ich führen seit ${s.years} Jahren ${s.aAcc}${at(s)}.`,
        (s) =>
          `Nach ${s.years} Jahren als Angestellte mache ich mich endlich selbstständig, und zwar mit ${s.aDat}${at(s)}.`,
        (s) => `Ich war Lehrerin und gründe jetzt ${s.aAcc}${at(s)}.`,
      ],
    },
    {
      id: "de.pitch",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)}${at(s)}, spezialisiert auf ${s.kw[0]}.`,
        (s) => `${cap(s.a)} mit Fokus auf ${s.kw[0]} und ${s.kw[1]}.`,
        (s) => `${cap(s.a)}${at(s)} – bekannt für ${s.kw[0]}.`,
      ],
    },
    {
      id: "de.rebranding",
      kind: "opener",
      frames: [
        (s) => `Wir benennen ${s.ourAcc} um und brauchen eine neue Domain.`,
        (s) => `${cap(s.our)}${at(s)} braucht einen neuen Namen, der alte wirkt angestaubt.`,
      ],
    },
    {
      id: "de.frage",
      kind: "opener",
      frames: [
        (s) => `Welche Domain passt zu ${s.aDat}${at(s)}?`,
        (s) => `Namensideen für ${s.aAcc}?`,
        (s) => `Wie würdet ihr ${s.aAcc}${at(s)} nennen?`,
      ],
    },
    {
      id: "de.formell",
      kind: "opener",
      frames: [
        (s) => `Unser Unternehmen, ${s.a}${s.loc ? " mit Sitz " + s.loc : ""}, sucht einen passenden Domainnamen.`,
        (s) => `Wir bitten um Vorschläge für Domainnamen für ${s.aAcc}${at(s)}.`,
      ],
    },
    {
      id: "de.expansion",
      kind: "opener",
      frames: [
        (s) =>
          s.city
            ? `Wir sind ${s.a} ${s.loc} und wollen jetzt überall ${s.country} wachsen.`
            : `Wir sind ${s.a} und wollen jetzt online wachsen.`,
        (s) =>
          s.city
            ? `Wir wollen ${s.ourAcc} über ${s.city} hinaus bekannt machen.`
            : `Wir wollen ${s.ourAcc} bundesweit bekannt machen.`,
      ],
    },
    {
      id: "de.idee",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Geschäftsidee: ${s.bare} für ${s.aud}.`,
        (s) => `Ich habe eine Idee: ${s.a} für ${s.aud}${at(s)}.`,
      ],
    },
    {
      id: "de.locker",
      kind: "opener",
      frames: [
        (s) => `hi, hab ${s.aAcc}${at(s)} und brauch ne domain`,
        (s) => `Hallo zusammen, ich mache ${s.aAcc}${at(s)} auf – habt ihr Namensideen?`,
        (s) => `Moin! Suche nen Namen für ${s.myAcc}.`,
      ],
    },
    {
      id: "de.stichworte",
      kind: "minimal",
      frames: [
        (s) => `${s.bare} ${s.city || s.kw[0]}`,
        (s) => `${s.kw[0]} ${s.city || "online"}`,
        (s) => `${s.bare} für ${s.aud}`,
        (s) => `${s.a}${at(s)}`,
      ],
    },
    { id: "de.liste", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `Wir bieten ${s.kw[0]} und ${s.kw[1]} an.`,
      (s) => `Vor allem ${s.kw[0]}, aber auch ${s.kw[1]}.`,
      (s) => `Unser Schwerpunkt: ${s.kw[0]}.`,
      (s) => `Leistungen: ${s.kw[0]}, ${s.kw[1]} und ${s.kw[2]}.`,
    ],
    audience: [
      (s) => `Zielgruppe: ${s.aud}.`,
      (s) => `Gedacht ist das Ganze für ${s.aud}.`,
      (s) => `Wir wenden uns vor allem an ${s.aud}.`,
    ],
    size: [
      () => `Im Moment bin ich allein.`,
      () => `Wir sind ein Familienbetrieb.`,
      (s) => `Wir sind ein Team von ${s.team} Leuten.`,
      (s) => `Wir haben schon ${s.branches} Filialen.`,
      () => `Später soll daraus ein Franchise werden.`,
      () => `Wir haben gerade eine kleine Seed-Runde abgeschlossen.`,
    ],
    values: [
      (s) => `Uns ist ${s.value} sehr wichtig.`,
      (s) => `Bei uns dreht sich alles um ${s.value}.`,
      (s) => `Wir setzen auf ${s.value}.`,
    ],
    vibe: [
      (s) => `Der Name soll ${s.vibe[0]} und ${s.vibe[1]} klingen.`,
      (s) => `Gern ${s.vibe[0]}, vielleicht etwas ${s.vibe[1]}.`,
      (s) => `Stil: ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Bloß nichts Generisches – es soll ${s.vibe[0]} wirken.`,
    ],
    history: [
      (s) => `Uns gibt es seit ${s.years} Jahren.`,
      (s) => `Angefangen hat alles ${s.year} als Nebenprojekt.`,
      (s) => `Mein Opa hat den Betrieb ${s.year} gegründet.`,
    ],
    online: [
      () => `Wir wollen online durchstarten und brauchen eine Website.`,
      () => `Kunden sollen online buchen können.`,
      () => `Der Großteil des Umsatzes soll online laufen.`,
      () => `Wir brauchen eine Domain für die neue Website.`,
    ],
  },
  constraints: {
    short: ["kurz", "ein kurzer Name", "kurz und knackig"],
    maxLength: [
      (n) => `maximal ${n} Buchstaben`,
      (n) => `nicht länger als ${n} Zeichen`,
      (n) => `höchstens ${n} Zeichen`,
    ],
    noDigits: ["keine Zahlen", "ohne Ziffern", "bitte keine Zahlen"],
    noHyphens: ["keine Bindestriche", "ohne Bindestrich", "bitte ohne Bindestriche"],
    tld: [(t) => `nur ${t}`, (t) => `muss auf ${t} enden`, (t) => `unbedingt ${t}`],
    mustInclude: [(w) => `mit dem Wort „${w}“`, (w) => `soll "${w}" enthalten`, (w) => `muss '${w}' enthalten`],
    playful: ["verspielt", "locker und witzig", "gern etwas frech"],
    professional: ["professionell", "seriös und professionell", "soll nach Konzern klingen"],
    leads: ["Anforderungen: ", "Bedingungen: ", "Wichtig: ", "Bitte beachten: "],
    or: "oder",
  },
  listLabels: {
    business: ["Branche", "Art", "Was"],
    location: ["Ort", "Wo", "Stadt"],
    audience: ["Zielgruppe", "Kunden", "Für wen"],
    offer: ["Produkte", "Leistungen", "Angebot"],
    vibe: ["Stil", "Ton", "Wirkung"],
    constraints: ["Anforderungen", "Regeln", "Muss"],
  },
  closers: ["Danke!", "Vielen Dank im Voraus.", "Freue mich über Ideen!", "Viele Grüße"],
};
