/** Spanish: Spain and Latin America (tú/vosotros in Spain, ustedes in the Americas both appear). */
import { sentenceCase as cap } from "../grammar.js";
import { agree as ag, at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({
  name,
  loc,
  country,
  countryName,
  cctld,
});

export const ES: LanguagePack = {
  lang: "es",
  places: [
    P("Madrid", "en Madrid", "es", "España", "es"),
    P("Barcelona", "en Barcelona", "es", "España", "es"),
    P("Sevilla", "en Sevilla", "es", "España", "es"),
    P("Valencia", "en Valencia", "es", "España", "es"),
    P("Bilbao", "en Bilbao", "es", "España", "es"),
    P("Málaga", "en Málaga", "es", "España", "es"),
    P("Zaragoza", "en Zaragoza", "es", "España", "es"),
    P("Granada", "en Granada", "es", "España", "es"),
    P("Lavapiés", "en Lavapiés", "es", "España", "es"),
    P("la Costa del Sol", "en la Costa del Sol", "es", "España", "es"),
    P("Ciudad de México", "en la Ciudad de México", "mx", "México", "com.mx"),
    P("Guadalajara", "en Guadalajara", "mx", "México", "com.mx"),
    P("Monterrey", "en Monterrey", "mx", "México", "com.mx"),
    P("Buenos Aires", "en Buenos Aires", "ar", "Argentina", "com.ar"),
    P("Córdoba", "en Córdoba", "ar", "Argentina", "com.ar"),
    P("Bogotá", "en Bogotá", "co", "Colombia", "com.co"),
    P("Medellín", "en Medellín", "co", "Colombia", "com.co"),
    P("Lima", "en Lima", "pe", "Perú", "pe"),
    P("Santiago", "en Santiago de Chile", "cl", "Chile", "cl"),
    P("Montevideo", "en Montevideo", "uy", "Uruguay", "com.uy"),
    P("Quito", "en Quito", "ec", "Ecuador", "ec"),
  ],
  adjectives: [
    { m: "pequeño", f: "pequeña", pre: true },
    { m: "nuevo", f: "nueva", pre: true },
    { m: "familiar", f: "familiar" },
    { m: "independiente", f: "independiente" },
    { m: "de barrio", f: "de barrio" },
    { m: "moderno", f: "moderna" },
    { m: "sostenible", f: "sostenible" },
    { m: "low cost", f: "low cost" },
    { m: "premium", f: "premium" },
    { m: "ecológico", f: "ecológica" },
  ],
  audiences: [
    "familias jóvenes",
    "estudiantes",
    "profesionales con poco tiempo",
    "turistas",
    "gente que teletrabaja",
    "jubilados",
    "pymes",
    "padres primerizos",
    "deportistas",
    "dueños de mascotas",
    "propietarios de viviendas",
    "startups",
    "adolescentes",
    "mujeres de más de 40",
    "expatriados",
    "mochileros",
    "clientes de alto nivel",
    "la gente del barrio",
    "autónomos",
    "gente que se preocupa por el planeta",
    "la generación Z",
    "personas mayores",
  ],
  values: [
    "la sostenibilidad",
    "la calidad",
    "el precio justo",
    "el trabajo artesanal",
    "la rapidez",
    "la transparencia",
    "la comunidad",
    "la privacidad",
    "la tradición",
    "la innovación",
    "la inclusión",
    "el producto de cercanía",
    "el trato cercano",
    "la fiabilidad",
  ],
  vibes: [
    "cálido",
    "moderno",
    "elegante",
    "fiable",
    "atrevido",
    "tranquilo",
    "exclusivo",
    "cercano",
    "minimalista",
    "clásico",
    "fresco",
    "natural",
    "tecnológico",
    "sencillo",
  ],
  whens: [
    "el mes que viene",
    "en primavera",
    "este verano",
    "después del verano",
    "a principios de año",
    "en unas semanas",
  ],
  families: [
    {
      id: "es.somos",
      kind: "opener",
      frames: [
        (s) => `Somos ${s.a}${at(s)}.`,
        (s) => `Tenemos ${s.a}${at(s)}.`,
        (s) => `Llevamos ${s.a}${at(s)} desde hace ${s.years} años.`,
      ],
    },
    {
      id: "es.abrir",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Voy a abrir ${s.a}${at(s)} ${s.when}.`,
        (s) => `Estoy a punto de abrir ${s.a}${at(s)} y todavía no tengo nombre.`,
        (s) => `Abrimos ${s.a}${at(s)} ${s.when}.`,
      ],
    },
    {
      id: "es.busco_nombre",
      kind: "opener",
      frames: [
        (s) => `Busco nombre para ${s.my}${at(s)}.`,
        (s) => `Necesito un dominio para ${s.a}${at(s)}.`,
        (s) => `Buscamos un nombre con gancho para ${s.our}.`,
      ],
    },
    {
      id: "es.ayuda",
      kind: "opener",
      frames: [
        (s) => `¿Me ayudáis a encontrar un dominio para ${s.a}?`,
        (s) => `¿Me podrías sugerir nombres para ${s.a}${at(s)}?`,
        (s) => `Ayúdame a ponerle nombre a ${s.my}.`,
      ],
    },
    {
      id: "es.para_publico",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)} ${ag(s, "pensado", "pensada")} para ${s.aud}.`,
        (s) => `Montamos ${s.a} para ${s.aud}${at(s)}.`,
        (s) => `Queremos lanzar ${s.a} para ${s.aud}.`,
      ],
    },
    {
      id: "es.historia",
      kind: "opener",
      frames: [
        (s) => `Mi socia y yo llevamos ${s.years} años con ${s.our}${at(s)}.`,
        (s) =>
          `Después de ${s.years} años trabajando para otros, por fin monto ${ag(s, "mi propio", "mi propia")} ${s.bare}.`,
        (s) => `Era profesora de instituto y ahora empiezo con ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "es.pitch",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)}${at(s)} ${ag(s, "especializado", "especializada")} en ${s.kw[0]}.`,
        (s) => `${cap(s.a)} ${ag(s, "centrado", "centrada")} en ${s.kw[0]} y ${s.kw[1]}.`,
        (s) => `${cap(s.a)}${at(s)}, ${ag(s, "conocido", "conocida")} por ${s.kw[0]}.`,
      ],
    },
    {
      id: "es.cambio_imagen",
      kind: "opener",
      frames: [
        (s) => `Estamos renovando la imagen de ${s.our} y queremos un dominio nuevo.`,
        (s) => `${cap(s.our)}${at(s)} necesita un nombre nuevo; el actual suena anticuado.`,
      ],
    },
    {
      id: "es.pregunta",
      kind: "opener",
      frames: [
        (s) => `¿Qué dominio le pondríais a ${s.a}${at(s)}?`,
        (s) => `¿Ideas de nombre para ${s.a}?`,
        (s) => `¿Cómo llamarían ustedes a ${s.a}${at(s)}?`,
      ],
    },
    {
      id: "es.formal",
      kind: "opener",
      frames: [
        (s) => `Nuestra empresa, ${s.a}${s.loc ? " con sede " + s.loc : ""}, busca un nombre de dominio adecuado.`,
        (s) =>
          `Solicitamos propuestas de dominio para ${s.a}${s.loc ? ` ${ag(s, "ubicado", "ubicada")} ${s.loc}` : ""}.`,
      ],
    },
    {
      id: "es.expansion",
      kind: "opener",
      frames: [
        (s) =>
          s.city
            ? `Somos ${s.a} ${s.loc} y nos expandimos al resto de ${s.country}.`
            : `Somos ${s.a} y queremos crecer en internet.`,
        (s) =>
          s.city
            ? `Queremos llevar ${s.our} de ${s.city} al resto de ${s.country}.`
            : `Queremos llevar ${s.our} a todo el país.`,
      ],
    },
    {
      id: "es.idea",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Idea de negocio: ${s.bare} para ${s.aud}.`,
        (s) => `Tengo una idea: ${s.a} para ${s.aud}${at(s)}.`,
      ],
    },
    {
      id: "es.informal",
      kind: "opener",
      frames: [
        (s) => `hola! tengo ${s.a}${at(s)} y necesito dominio`,
        (s) => `Buenas, quiero montar ${s.a}${at(s)}, ¿alguna idea de nombre?`,
        (s) => `Oye, ¿se os ocurre un nombre para ${s.a}?`,
      ],
    },
    {
      id: "es.palabras",
      kind: "minimal",
      frames: [
        (s) => `${s.bare} ${s.city || s.kw[0]}`,
        (s) => `${s.kw[0]} ${s.city || "online"}`,
        (s) => `${s.bare} para ${s.aud}`,
        (s) => `${s.a}${at(s)}`,
      ],
    },
    { id: "es.lista", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `Ofrecemos ${s.kw[0]} y ${s.kw[1]}.`,
      (s) => `Sobre todo ${s.kw[0]}, pero también ${s.kw[1]}.`,
      (s) => `Nos centramos en ${s.kw[0]}.`,
      (s) => `Entre nuestros servicios: ${s.kw[0]}, ${s.kw[1]} y ${s.kw[2]}.`,
    ],
    audience: [
      (s) => `Va dirigido a ${s.aud}.`,
      (s) => `Público objetivo: ${s.aud}.`,
      (s) => `Trabajamos sobre todo con ${s.aud}.`,
    ],
    size: [
      () => `De momento estoy yo solo.`,
      () => `Somos un negocio familiar.`,
      (s) => `Somos un equipo de ${s.team} personas.`,
      (s) => `Ya tenemos ${s.branches} locales.`,
      () => `La idea es franquiciarlo más adelante.`,
      () => `Acabamos de cerrar una pequeña ronda de inversión.`,
    ],
    values: [
      (s) => `Nos importa mucho ${s.value}.`,
      (s) => `Para nosotros lo más importante es ${s.value}.`,
      (s) => `Apostamos por ${s.value}.`,
    ],
    vibe: [
      (s) => `El nombre tiene que sonar ${s.vibe[0]} y ${s.vibe[1]}.`,
      (s) => `Busco algo ${s.vibe[0]}, quizá un poco ${s.vibe[1]}.`,
      (s) => `Estilo: ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Nada genérico, que suene ${s.vibe[0]}.`,
    ],
    history: [
      (s) => `Llevamos ${s.years} años en el sector.`,
      (s) => `Empezamos en ${s.year} como un proyecto paralelo.`,
      (s) => `Lo fundó mi abuelo en ${s.year}.`,
    ],
    online: [
      () => `Queremos dar el salto a internet y necesitamos web.`,
      () => `Queremos que los clientes puedan reservar online.`,
      () => `La mayoría de las ventas serán por internet.`,
      () => `Necesitamos dominio para la web nueva.`,
    ],
  },
  constraints: {
    short: ["corto", "un nombre corto", "corto y con gancho"],
    maxLength: [(n) => `máximo ${n} letras`, (n) => `no más de ${n} caracteres`, (n) => `${n} caracteres como mucho`],
    noDigits: ["sin números", "nada de números", "sin cifras"],
    noHyphens: ["sin guiones", "nada de guiones", "sin guion"],
    tld: [(t) => `solo ${t}`, (t) => `tiene que ser ${t}`, (t) => `con dominio ${t}`],
    mustInclude: [
      (w) => `que incluya la palabra «${w}»`,
      (w) => `que lleve "${w}"`,
      (w) => `tiene que contener '${w}'`,
    ],
    playful: ["divertido", "desenfadado", "algo original y divertido"],
    professional: ["profesional", "serio y profesional", "que suene corporativo"],
    leads: ["Requisitos: ", "Condiciones: ", "Importante: ", "Eso sí: "],
    or: "o",
  },
  listLabels: {
    business: ["Negocio", "Tipo", "Qué es"],
    location: ["Ubicación", "Dónde", "Ciudad"],
    audience: ["Público", "Clientes", "Para quién"],
    offer: ["Productos", "Servicios", "Vendemos"],
    vibe: ["Estilo", "Tono", "Rollo"],
    constraints: ["Requisitos", "Condiciones", "Importante"],
  },
  closers: ["¡Gracias!", "Gracias de antemano.", "Se agradecen ideas.", "Un saludo."],
};
