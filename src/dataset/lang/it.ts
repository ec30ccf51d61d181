/** Italian: Italy and Ticino. */
import { sentenceCase as cap } from "../grammar.js";
import { agree as ag, at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({
  name,
  loc,
  country,
  countryName,
  cctld,
});

/** "di" fused with a definite article: il nostro -> del nostro, la -> della, l' -> dell', lo -> dello. */
function di(np: string): string {
  return np.replace(/^il /, "del ").replace(/^la /, "della ").replace(/^lo /, "dello ").replace(/^l'/, "dell'");
}

export const IT: LanguagePack = {
  lang: "it",
  places: [
    P("Roma", "a Roma", "it", "in tutta Italia", "it"),
    P("Milano", "a Milano", "it", "in tutta Italia", "it"),
    P("Napoli", "a Napoli", "it", "in tutta Italia", "it"),
    P("Torino", "a Torino", "it", "in tutta Italia", "it"),
    P("Bologna", "a Bologna", "it", "in tutta Italia", "it"),
    P("Firenze", "a Firenze", "it", "in tutta Italia", "it"),
    P("Palermo", "a Palermo", "it", "in tutta Italia", "it"),
    P("Bari", "a Bari", "it", "in tutta Italia", "it"),
    P("Verona", "a Verona", "it", "in tutta Italia", "it"),
    P("Genova", "a Genova", "it", "in tutta Italia", "it"),
    P("Trieste", "a Trieste", "it", "in tutta Italia", "it"),
    P("Padova", "a Padova", "it", "in tutta Italia", "it"),
    P("Lecce", "a Lecce", "it", "in tutta Italia", "it"),
    P("Trastevere", "a Trastevere", "it", "in tutta Italia", "it"),
    P("Lugano", "a Lugano", "ch", "in tutta la Svizzera", "ch"),
  ],
  adjectives: [
    { m: "piccolo", f: "piccola", pre: true },
    { m: "nuovo", f: "nuova", pre: true },
    { m: "a conduzione familiare", f: "a conduzione familiare" },
    { m: "indipendente", f: "indipendente" },
    { m: "di quartiere", f: "di quartiere" },
    { m: "moderno", f: "moderna" },
    { m: "sostenibile", f: "sostenibile" },
    { m: "premium", f: "premium" },
    { m: "economico", f: "economica" },
    { m: "biologico", f: "biologica" },
  ],
  audiences: [
    "giovani famiglie",
    "studenti",
    "professionisti sempre di corsa",
    "turisti",
    "chi lavora in smart working",
    "pensionati",
    "piccole imprese",
    "neogenitori",
    "sportivi",
    "padroni di cani e gatti",
    "proprietari di casa",
    "startup",
    "ragazzi",
    "donne over 40",
    "expat",
    "viaggiatori low cost",
    "una clientela esigente",
    "la gente del quartiere",
    "liberi professionisti",
    "chi ha a cuore l'ambiente",
    "la generazione Z",
    "anziani",
  ],
  values: [
    "la sostenibilità",
    "la qualità",
    "il prezzo giusto",
    "l'artigianalità",
    "la rapidità",
    "la trasparenza",
    "la comunità",
    "la privacy",
    "la tradizione",
    "l'innovazione",
    "l'inclusione",
    "il chilometro zero",
    "il rapporto umano",
    "l'affidabilità",
  ],
  vibes: [
    "caldo",
    "moderno",
    "elegante",
    "affidabile",
    "audace",
    "rilassante",
    "raffinato",
    "amichevole",
    "minimalista",
    "classico",
    "fresco",
    "naturale",
    "tecnologico",
    "semplice",
  ],
  whens: [
    "il mese prossimo",
    "in primavera",
    "quest'estate",
    "dopo l'estate",
    "a inizio anno",
    "tra qualche settimana",
  ],
  families: [
    {
      id: "it.siamo",
      kind: "opener",
      frames: [
        (s) => `Siamo ${s.a}${at(s)}.`,
        (s) => `Gestiamo ${s.a}${at(s)}.`,
        (s) => `Da ${s.years} anni portiamo avanti ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "it.apertura",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Sto per aprire ${s.a}${at(s)} e non ho ancora un nome.`,
        (s) => `Apro ${s.a}${at(s)} ${s.when}.`,
        (s) => `Apriamo ${s.a}${at(s)} ${s.when}.`,
      ],
    },
    {
      id: "it.cerco_nome",
      kind: "opener",
      frames: [
        (s) => `Cerco un nome per ${s.my}${at(s)}.`,
        (s) => `Mi serve un dominio per ${s.a}${at(s)}.`,
        (s) => `Cerchiamo un nome d'impatto per ${s.our}.`,
      ],
    },
    {
      id: "it.aiuto",
      kind: "opener",
      frames: [
        (s) => `Mi potete suggerire qualche nome di dominio per ${s.a}${at(s)}?`,
        (s) => `Aiutami a trovare un nome per ${s.a}.`,
        (s) => `Qualche idea di nome per ${s.my}?`,
      ],
    },
    {
      id: "it.pubblico",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)} ${ag(s, "pensato", "pensata")} per ${s.aud}.`,
        (s) => `Stiamo lanciando ${s.a} per ${s.aud}${at(s)}.`,
        (s) => `Vogliamo aprire ${s.a} per ${s.aud}.`,
      ],
    },
    {
      id: "it.storia",
      kind: "opener",
      frames: [
        (s) => `Io e la mia socia gestiamo ${s.a}${at(s)} da ${s.years} anni.`,
        (s) => `Dopo ${s.years} anni da dipendente, finalmente apro ${ag(s, "il mio", "la mia")} ${s.bare}.`,
        (s) => `Facevo l'insegnante e adesso avvio ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "it.pitch",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)}${at(s)} ${ag(s, "specializzato", "specializzata")} in ${s.kw[0]}.`,
        (s) => `${cap(s.a)} con un focus su ${s.kw[0]} e ${s.kw[1]}.`,
        (s) => `${cap(s.a)}${at(s)}: il nostro forte è ${s.kw[0]}.`,
      ],
    },
    {
      id: "it.rebranding",
      kind: "opener",
      frames: [
        (s) => `Stiamo rinnovando l'immagine ${di(s.our)} e vogliamo un dominio nuovo.`,
        (s) => `${cap(s.our)}${at(s)} ha bisogno di un nome nuovo: quello attuale sa di vecchio.`,
      ],
    },
    {
      id: "it.domanda",
      kind: "opener",
      frames: [
        (s) => `Che dominio dareste a ${s.a}${at(s)}?`,
        (s) => `Idee per il nome di ${s.a}?`,
        (s) => `Come chiamereste ${s.a}${at(s)}?`,
      ],
    },
    {
      id: "it.formale",
      kind: "opener",
      frames: [
        (s) => `La nostra azienda, ${s.a}${s.loc ? " con sede " + s.loc : ""}, cerca un nome di dominio adeguato.`,
        (s) => `Richiediamo proposte di nomi a dominio per ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "it.espansione",
      kind: "opener",
      frames: [
        (s) =>
          s.city
            ? `Siamo ${s.a} ${s.loc} e vogliamo espanderci ${s.country}.`
            : `Siamo ${s.a} e vogliamo crescere online.`,
        (s) => (s.city ? `Vogliamo portare ${s.our} oltre ${s.city}.` : `Vogliamo portare ${s.our} in tutto il paese.`),
      ],
    },
    {
      id: "it.idea",
      kind: "opener",
      fresh: true,
      frames: [(s) => `Idea di business: ${s.bare} per ${s.aud}.`, (s) => `Ho un'idea: ${s.a} per ${s.aud}${at(s)}.`],
    },
    {
      id: "it.informale",
      kind: "opener",
      frames: [
        (s) => `ciao! ho ${s.a}${at(s)} e mi serve un dominio`,
        (s) => `Salve, sto aprendo ${s.a}${at(s)}, qualche idea per il nome?`,
        (s) => `Ragazzi, mi date una mano a trovare un nome per ${s.a}?`,
      ],
    },
    {
      id: "it.parole",
      kind: "minimal",
      frames: [
        (s) => `${s.bare} ${s.city || s.kw[0]}`,
        (s) => `${s.kw[0]} ${s.city || "online"}`,
        (s) => `${s.bare} per ${s.aud}`,
        (s) => `${s.a}${at(s)}`,
      ],
    },
    { id: "it.lista", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `Offriamo ${s.kw[0]} e ${s.kw[1]}.`,
      (s) => `Soprattutto ${s.kw[0]}, ma anche ${s.kw[1]}.`,
      (s) => `Il nostro forte: ${s.kw[0]}.`,
      (s) => `Tra i servizi: ${s.kw[0]}, ${s.kw[1]} e ${s.kw[2]}.`,
    ],
    audience: [
      (s) => `È pensato per ${s.aud}.`,
      (s) => `Target: ${s.aud}.`,
      (s) => `Lavoriamo soprattutto per ${s.aud}.`,
    ],
    size: [
      () => `Per ora sono da sola.`,
      () => `Siamo un'azienda a conduzione familiare.`,
      (s) => `Siamo un team di ${s.team} persone.`,
      (s) => `Abbiamo già ${s.branches} punti vendita.`,
      () => `L'idea è di diventare un franchising.`,
      () => `Abbiamo appena chiuso un piccolo round di investimento.`,
    ],
    values: [
      (s) => `Per noi conta soprattutto ${s.value}.`,
      (s) => `Il nostro punto fermo è ${s.value}.`,
      (s) => `Ci sta a cuore ${s.value}.`,
    ],
    vibe: [
      (s) => `Il nome deve suonare ${s.vibe[0]} e ${s.vibe[1]}.`,
      (s) => `Cerco qualcosa di ${s.vibe[0]}, magari un po' ${s.vibe[1]}.`,
      (s) => `Stile: ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Niente di banale, deve suonare ${s.vibe[0]}.`,
    ],
    history: [
      (s) => `Siamo sul mercato da ${s.years} anni.`,
      (s) => `Abbiamo iniziato nel ${s.year} come progetto parallelo.`,
      (s) => `L'ha ${ag(s, "fondato", "fondata")} mio nonno nel ${s.year}.`,
    ],
    online: [
      () => `Vogliamo sbarcare online e ci serve un sito.`,
      () => `Vogliamo che i clienti possano prenotare online.`,
      () => `La maggior parte delle vendite sarà online.`,
      () => `Ci serve un dominio per il nuovo sito.`,
    ],
  },
  constraints: {
    short: ["corto", "un nome breve", "corto e incisivo"],
    maxLength: [(n) => `massimo ${n} lettere`, (n) => `non più di ${n} caratteri`, (n) => `${n} caratteri al massimo`],
    noDigits: ["senza numeri", "niente numeri", "senza cifre"],
    noHyphens: ["senza trattini", "niente trattini", "senza trattino"],
    tld: [(t) => `solo ${t}`, (t) => `deve essere un ${t}`, (t) => `con estensione ${t}`],
    mustInclude: [(w) => `che contenga la parola "${w}"`, (w) => `con dentro "${w}"`, (w) => `deve includere '${w}'`],
    playful: ["giocoso", "simpatico e spiritoso", "qualcosa di divertente"],
    professional: ["professionale", "serio e professionale", "che suoni istituzionale"],
    leads: ["Requisiti: ", "Vincoli: ", "Importante: ", "Regole: "],
    or: "o",
  },
  listLabels: {
    business: ["Attività", "Tipo", "Cosa"],
    location: ["Luogo", "Dove", "Città"],
    audience: ["Target", "Clienti", "Per chi"],
    offer: ["Prodotti", "Servizi", "Vendiamo"],
    vibe: ["Stile", "Tono", "Atmosfera"],
    constraints: ["Requisiti", "Regole", "Vincoli"],
  },
  closers: ["Grazie!", "Grazie in anticipo.", "Ogni idea è benvenuta!", "Un saluto."],
};
