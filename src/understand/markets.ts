/**
 * The country a description addresses when it names no place: its currency, national institutions, school
 * exams, tax ids and the words of one country's variety of a language ("£12", "NHS", "GCSE"; "boletos" and "Pix";
 * Argentine voseo, "tenés", "comprá"; "cégep"). Naming experts pick that country's ccTLD for such texts (a London
 * nail studio gets .co.uk; a Brazilian "Pix" app .com.br), and a wrong-country ending is what judges cap hardest.
 *
 * Each marker counts for one country, strong (2) or weak (1); a country needs 2 and must lead every other. A
 * marker may be limited to texts of some languages: "pix" is Brazil's payment system in Portuguese and slang
 * for pictures in English. Markers are matched as whole words on the folded text (no diacritics, lower case,
 * anything but letters and digits a space, as place names are), currency signs on the text itself.
 */
import type { Language } from "../core/types.js";
import { foldPlaceName } from "./places.js";

interface MarketMarkers {
  /** Languages whose texts the markers count in; all when absent. */
  langs?: readonly Language[];
  strong: readonly string[];
  weak?: readonly string[];
}

/** Country -> its markers, in groups by the languages they count in. */
const MARKERS: Record<string, readonly MarketMarkers[]> = {
  gb: [
    {
      langs: ["en"],
      strong: [
        "nhs",
        "hmrc",
        "gcse",
        "gcses",
        "a level",
        "a levels",
        "ofsted",
        "council tax",
        "companies house",
        "fca regulated",
        "postcode",
        "postcodes",
        "estate agent",
        "estate agents",
        "letting agent",
        "letting agents",
        "high street",
        "sixth form",
        "bank holiday",
        "cqc",
        "dbs checked",
        "dbs check",
        "mot",
        "quid",
        "brexit",
        "british",
        "ucas",
        "key stage",
        "hmo",
        "cscs",
        "tronc",
        "zones 1 3",
        "zones 1 2",
        "england",
        "scottish",
        "welsh",
      ],
      weak: ["maths", "rota", "pence", "fortnight", "neighbourhood", "fca"],
    },
  ],
  ie: [
    {
      langs: ["en"],
      strong: ["leaving cert", "junior cert", "gaeltacht", "gardai", "eircode", "taoiseach", "irish", "craic"],
      weak: ["credit union", "hse"],
    },
  ],
  au: [
    {
      langs: ["en"],
      strong: [
        "nsw",
        "qld",
        "tradie",
        "tradies",
        "arvo",
        "ute",
        "utes",
        "centrelink",
        "ndis",
        "superannuation",
        "bunnings",
        "woolies",
        "aussie",
        "aussies",
        "australian",
        "op shop",
        "esky",
        "footy",
        "abn",
      ],
      weak: ["super fund", "ato"],
    },
  ],
  nz: [{ langs: ["en"], strong: ["kiwisaver", "aotearoa", "te reo", "whanau", "kiwis", "ird"], weak: ["maori"] }],
  in: [
    {
      strong: [
        "lakh",
        "lakhs",
        "crore",
        "crores",
        "upi",
        "aadhaar",
        "kirana",
        "paytm",
        "cbse",
        "icse",
        "tier 2 cities",
      ],
      weak: ["rupees", "jee", "neet"],
    },
  ],
  ca: [
    {
      langs: ["en"],
      strong: ["gta"],
    },
    {
      strong: [
        "cegep",
        "cegeps",
        "depanneur",
        "poutine",
        "cabane a sucre",
        "erabliere",
        "quebecois",
        "quebecoise",
        "montrealais",
        "ramq",
        "saaq",
        "hydro quebec",
        "tps tvq",
        "rrsp",
        "tfsa",
        "canadian",
        "canadians",
        "canadien",
        "canadienne",
        "hst",
      ],
      weak: ["magasiner", "fin de semaine", "tuque", "courriel", "sirop d erable", "loonie"],
    },
  ],
  be: [
    {
      langs: ["fr"],
      strong: [
        "wallon",
        "wallonne",
        "bruxellois",
        "bruxelloise",
        "athenee",
        "kot",
        "kots",
        "belge",
        "belges",
        "asbl",
        "cpas",
        "intervat",
        "titres services",
        "liegeois",
        "liegeoise",
        "namurois",
        "namuroise",
        "maison communale",
        "maisons communales",
        "drache",
      ],
      weak: ["septante", "nonante", "gsm"],
    },
    {
      langs: ["de"],
      strong: ["ostbelgien", "ostbelgier", "ostbelgische", "ostbelgischen"],
    },
  ],
  ch: [
    {
      strong: [
        "chf",
        "gruezi",
        "vaudois",
        "vaudoise",
        "genevois",
        "genevoise",
        "valaisan",
        "valaisanne",
        "ticinese",
        "ahv",
        "avs",
        "twint",
        "romand",
        "romande",
        "romands",
        "romandes",
        "genevoises",
        "vaudoises",
        "valaisans",
        "valaisannes",
        "fribourgeois",
        "fribourgeoise",
        "neuchatelois",
        "neuchateloise",
        "tardoc",
        "serafe",
        "carnotzet",
        "panosse",
        "panosses",
      ],
      weak: ["huitante", "septante", "nonante", "kanton", "canton"],
    },
    {
      langs: ["de"],
      strong: [
        "spitex",
        "natel",
        "zuercher",
        "zurcher",
        "basler",
        "luzerner",
        "walliser",
        "buendner",
        "bundner",
        "ruebli",
        "gipfeli",
        "znueni",
        "znuni",
        "zvieri",
        "grueezi",
      ],
    },
  ],
  at: [
    {
      langs: ["de"],
      strong: [
        "jaenner",
        "janner",
        "gruess gott",
        "gruss gott",
        "heuriger",
        "heurigen",
        "beisl",
        "paradeiser",
        "marillen",
        "topfen",
        "sackerl",
        "gemeindebau",
        "oesterreichisch",
        "osterreichisch",
        "wko",
        "ams",
        "rksv",
        "oegk",
        "ogk",
        "finanzonline",
        "arbeitnehmerveranlagung",
        "lohnverrechnung",
        "rauchfangkehrer",
        "erdaepfel",
        "erdapfel",
        "oeffis",
        "offis",
        "wienerin",
        "steirische",
        "steirischen",
        "kaerntner",
        "karntner",
        "vorarlberger",
      ],
      weak: ["servus", "matura", "e card", "kassa", "wiener", "tiroler"],
    },
  ],
  br: [
    {
      langs: ["pt"],
      strong: [
        "pix",
        "boleto",
        "boletos",
        "cnpj",
        "cpf",
        "enem",
        "mei",
        "sus",
        "nota fiscal",
        "nf e",
        "ct e",
        "mdf e",
        "pje",
        "lgpd",
        "inss",
        "fgts",
        "clt",
        "celular",
        "onibus",
        "reais",
        "carioca",
        "paulista",
        "paulistano",
        "paulistana",
        "gaucho",
        "gaucha",
        "gauchos",
        "gauchas",
        "cariocas",
        "mineiros",
        "mineiras",
        "baianos",
        "baianas",
        "nordestino",
        "nordestina",
        "nordeste",
        "sertao",
        "baiano",
        "baiana",
        "mineiro",
        "mineira",
        "capixaba",
        "goiano",
        "cafezinho",
        "carteirinha",
        "brasileiro",
        "brasileira",
        "brasileiros",
        "brasileiras",
      ],
      weak: ["pra", "a gente", "voce", "voces", "time"],
    },
  ],
  pt: [
    {
      langs: ["pt"],
      strong: [
        "telemovel",
        "autocarro",
        "pequeno almoco",
        "casa de banho",
        "miudos",
        "fixe",
        "nif",
        "concelho",
        "freguesia",
        "autarquia",
        "camara municipal",
        "alentejano",
        "alentejana",
        "algarvio",
        "algarvia",
        "lisboeta",
        "portuense",
        "minhoto",
        "transmontano",
        "acoriano",
        "madeirense",
      ],
      weak: ["o teu", "a tua", "os teus", "as tuas", "pme", "iva", "equipa"],
    },
  ],
  es: [
    {
      langs: ["es"],
      strong: [
        "vosotros",
        "vosotras",
        "habeis",
        "teneis",
        "podeis",
        "quereis",
        "sabeis",
        "venis",
        "ordenador",
        "guay",
        "autonomo",
        "autonomos",
        "ayuntamiento",
        "hacienda",
        "cif",
        "nie",
        "menu del dia",
        "chiringuito",
        "andaluz",
        "andaluza",
        "madrileno",
        "madrilena",
        "gallego",
        "gallega",
        "asturiano",
        "asturiana",
      ],
      weak: ["movil", "vale", "piso", "pisos", "tapas", "vermut", "iva", "nif", "os"],
    },
  ],
  mx: [
    {
      langs: ["es"],
      strong: [
        "cdmx",
        "ahorita",
        "chido",
        "rfc",
        "curp",
        "imss",
        "infonavit",
        "oxxo",
        "tianguis",
        "mexicano",
        "mexicana",
        "mexicanos",
        "chilango",
        "chilanga",
        "tapatio",
        "tapatia",
        "regiomontano",
        "regiomontana",
        "jarocho",
        "jarocha",
        "yucateco",
        "yucateca",
        "oaxaqueno",
        "oaxaquena",
      ],
      weak: ["colonia", "alcaldia", "celular", "platicar", "carro"],
    },
  ],
  ar: [
    {
      langs: ["es"],
      strong: [
        "vos",
        "laburo",
        "pibe",
        "pibes",
        "cuit",
        "cuil",
        "afip",
        "monotributo",
        "monotributista",
        "dolar mep",
        "dolar blue",
        "arbolito",
        "porteno",
        "portena",
        "rosarino",
        "rosarina",
        "tucumano",
        "tucumana",
        "bonaerense",
        "conurbano",
        "subte",
        "argentino",
        "argentina",
        "argentinos",
      ],
      weak: ["che", "colectivo", "mate", "facturas"],
    },
  ],
  co: [
    {
      langs: ["es"],
      strong: [
        "parcero",
        "bacano",
        "dian",
        "paisa",
        "paisas",
        "costeno",
        "costena",
        "costenos",
        "bogotano",
        "bogotana",
        "caleno",
        "calena",
        "colombiano",
        "colombiana",
      ],
      weak: ["chevere"],
    },
  ],
  cl: [
    {
      langs: ["es"],
      strong: ["cachai", "weon", "fonasa", "isapre", "chileno", "chilena"],
      weak: ["pega", "lucas", "sii"],
    },
  ],
  pe: [
    {
      langs: ["es"],
      strong: [
        "sunat",
        "chamba",
        "peruano",
        "peruana",
        "limeno",
        "limena",
        "limenos",
        "limenas",
        "arequipeno",
        "cusqueno",
      ],
      weak: ["soles", "ruc"],
    },
  ],
};

/** Currency signs and codes, matched on the text (case-sensitive where the code is also a word). */
const CURRENCY: readonly [RegExp, string][] = [
  [/£/u, "gb"],
  [/₹|\bRs\.\s?\d/u, "in"],
  [/R\$/u, "br"],
  [/\bA\$|\bAU\$|\bAUD\b/u, "au"],
  [/\bNZ\$|\bNZD\b/u, "nz"],
  [/\bC\$|\bCA\$/u, "ca"],
  [/\bCHF\b/u, "ch"],
  [/\bMXN\b/u, "mx"],
  [/\bARS\b/u, "ar"],
];

/**
 * Argentine (and Uruguayan) voseo, read on the text itself: folding the accent away would make "comprá" the
 * noun "compra" and "tenés" a misspelling. Present forms, imperatives and imperatives with a pronoun.
 */
const VOSEO =
  /(?<!\p{L})(?:tenés|podés|querés|sabés|hacés|necesitás|buscás|pagás|ganás|sos|conocés|vivís|elegís|comprá|ahorrá|pagá|mirá|probá|descargá|encontrá|reservá|sacá|compartí|dividí|conocé|elegí|pedí|viví|escribí|aprendé|vení|andá|dejá|usá|mandá|cargá|armá|subí|consultá|visitá|disfrutá|tomá|llevá|cambiá|calculá|controlá|organizá|alquilá|vendé|publicá|chateá|escribinos|contactanos|llamanos|seguinos|sumate|anotate|registrate|animate|olvidate)(?!\p{L})/iu;

/** Countries whose markers a language's euro sign counts for: euros in a Portuguese text are Portugal's. */
const EURO_COUNTRY: Partial<Record<Language, string>> = { pt: "pt", es: "es" };

/** Markers that say nothing after these words: a "real estate agent" is the American and Australian phrase. */
const NOT_AFTER = new Map<string, readonly string[]>([
  ["estate agent", ["real"]],
  ["estate agents", ["real"]],
]);

interface CompiledMarker {
  country: string;
  weight: number;
  langs?: readonly Language[];
}
let compiled: Map<string, CompiledMarker[]> | undefined;
let longest = 1;

function markerIndex(): Map<string, CompiledMarker[]> {
  if (compiled) return compiled;
  compiled = new Map();
  for (const [country, groups] of Object.entries(MARKERS))
    for (const g of groups)
      for (const [list, weight] of [
        [g.strong, 2],
        [g.weak ?? [], 1],
      ] as const)
        for (const m of list) {
          const key = foldPlaceName(m);
          longest = Math.max(longest, key.split(" ").length);
          compiled.set(key, [
            ...(compiled.get(key) ?? []),
            { country, weight, ...(g.langs ? { langs: g.langs } : {}) },
          ]);
        }
  return compiled;
}

/**
 * The country the text's markers point at (ISO 3166-1 alpha-2, lower case), or null when none reaches 2 or two
 * countries tie. Each distinct marker counts once.
 */
export function marketCountry(text: string, language: Language): string | null {
  const index = markerIndex();
  const score = new Map<string, number>();
  const add = (country: string, w: number) => score.set(country, (score.get(country) ?? 0) + w);
  const words = foldPlaceName(text).split(" ").filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      const key = words.slice(i, i + n).join(" ");
      const markers = index.get(key);
      if (!markers || seen.has(key) || NOT_AFTER.get(key)?.includes(words[i - 1] ?? "")) continue;
      seen.add(key);
      for (const m of markers) if (!m.langs || m.langs.includes(language)) add(m.country, m.weight);
    }
  for (const [re, country] of CURRENCY) if (re.test(text)) add(country, 2);
  if (language === "es" && VOSEO.test(text)) add("ar", 2);
  const euro = EURO_COUNTRY[language];
  if (euro && /€|\bEUR\b|\beuros?\b/iu.test(text)) add(euro, 2);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return null;
  return top[0];
}
