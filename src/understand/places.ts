/**
 * A small gazetteer: countries and large cities, in the supported languages' spellings, mapped to the
 * ISO 3166-1 country code whose ccTLD may fit the business (".de" for a Berlin bakery).
 * It only has to recognise places people name in short business descriptions; "downtown" is a place word
 * without a country.
 */
import type { Location } from "../core/types.js";
import { foldDiacritics } from "./normalize.js";

// country code -> names of the country and its large cities (folded, lower case; multiword allowed).
const PLACES: Record<string, string[]> = {
  us: ["usa", "united states", "america", "estados unidos", "etats unis", "vereinigte staaten", "stati uniti", "new york", "nyc", "brooklyn", "manhattan", "queens", "los angeles", "san francisco", "chicago", "boston", "seattle", "austin", "miami", "denver", "portland", "atlanta", "dallas", "houston", "phoenix", "philadelphia", "san diego", "nashville", "detroit", "las vegas", "minneapolis", "new orleans", "silicon valley", "california", "texas", "florida", "oakland", "sacramento", "pittsburgh", "baltimore", "cleveland", "honolulu", "salt lake city", "charlotte", "raleigh", "tampa", "orlando", "st louis", "kansas city", "washington dc"],
  gb: ["uk", "united kingdom", "england", "scotland", "wales", "britain", "reino unido", "royaume uni", "grossbritannien", "regno unito", "london", "londres", "londra", "manchester", "birmingham", "liverpool", "leeds", "glasgow", "edinburgh", "bristol", "brighton", "oxford", "cambridge", "cardiff", "belfast", "york", "scunthorpe", "sheffield", "newcastle", "nottingham"],
  ie: ["ireland", "irlanda", "irlande", "irland", "dublin", "cork", "galway"],
  ca: ["canada", "canadá", "kanada", "toronto", "montreal", "vancouver", "ottawa", "calgary", "quebec"],
  au: ["australia", "australie", "australien", "sydney", "melbourne", "brisbane", "perth", "adelaide"],
  nz: ["new zealand", "auckland", "wellington"],
  es: ["spain", "españa", "espagne", "spanien", "spagna", "espanha", "madrid", "barcelona", "valencia", "sevilla", "seville", "malaga", "málaga", "bilbao", "zaragoza", "granada", "palma", "mallorca", "ibiza", "alicante", "cordoba", "córdoba", "salamanca", "san sebastian", "donostia", "cadiz", "cádiz", "murcia", "valladolid", "canarias", "tenerife"],
  mx: ["mexico", "méxico", "mexique", "mexiko", "messico", "ciudad de mexico", "cdmx", "guadalajara", "monterrey", "puebla", "oaxaca", "cancun", "cancún", "tijuana", "merida", "mérida"],
  ar: ["argentina", "argentine", "argentinien", "buenos aires", "cordoba argentina", "rosario", "mendoza"],
  co: ["colombia", "colombie", "kolumbien", "bogota", "bogotá", "medellin", "medellín", "cali", "cartagena"],
  cl: ["chile", "chili", "santiago de chile", "valparaiso", "valparaíso"],
  pe: ["peru", "perú", "pérou", "lima", "cusco", "cuzco", "arequipa"],
  fr: ["france", "francia", "frankreich", "frança", "paris", "parís", "parigi", "lyon", "marseille", "marsella", "toulouse", "nice", "nantes", "bordeaux", "burdeos", "lille", "strasbourg", "montpellier", "rennes", "grenoble", "dijon", "annecy", "avignon", "reims", "provence", "bretagne", "normandie", "montmartre", "le marais"],
  be: ["belgium", "belgique", "belgien", "bélgica", "belgio", "brussels", "bruxelles", "antwerp", "anvers", "ghent", "gand", "liege", "liège"],
  ch: ["switzerland", "suisse", "schweiz", "suiza", "svizzera", "suíça", "zurich", "zürich", "geneva", "genève", "geneve", "basel", "bâle", "bern", "berne", "lausanne", "lugano"],
  de: ["germany", "deutschland", "alemania", "allemagne", "germania", "alemanha", "berlin", "berlín", "berlino", "munich", "münchen", "munchen", "múnich", "monaco di baviera", "hamburg", "hamburgo", "frankfurt", "köln", "koln", "cologne", "colonia", "stuttgart", "düsseldorf", "dusseldorf", "leipzig", "dresden", "nürnberg", "nurnberg", "nuremberg", "hannover", "bremen", "bonn", "freiburg", "heidelberg", "kreuzberg", "mainz", "münster", "munster", "bayern", "schwarzwald"],
  at: ["austria", "autriche", "österreich", "osterreich", "wien", "vienna", "viena", "vienne", "salzburg", "graz", "innsbruck", "linz"],
  pt: ["portugal", "portogallo", "lisbon", "lisboa", "lisbonne", "lissabon", "lisbona", "porto", "oporto", "faro", "coimbra", "braga", "algarve", "madeira", "açores", "acores"],
  br: ["brazil", "brasil", "brésil", "brasilien", "brasile", "sao paulo", "são paulo", "rio de janeiro", "rio", "belo horizonte", "salvador", "brasilia", "brasília", "curitiba", "porto alegre", "recife", "fortaleza", "florianopolis", "florianópolis"],
  it: ["italy", "italia", "italie", "italien", "itália", "rome", "roma", "rom", "milan", "milano", "milán", "mailand", "naples", "napoli", "nápoles", "neapel", "turin", "torino", "florence", "firenze", "florencia", "florenz", "venice", "venezia", "venecia", "venise", "venedig", "bologna", "bolonia", "genoa", "genova", "palermo", "verona", "pisa", "siena", "bari", "catania", "toscana", "tuscany", "sicilia", "sicily", "sardegna", "puglia", "trieste", "padova", "como"],
  nl: ["netherlands", "holland", "nederland", "países bajos", "pays bas", "niederlande", "paesi bassi", "amsterdam", "rotterdam", "utrecht", "the hague", "eindhoven"],
  jp: ["japan", "japón", "japon", "giappone", "japão", "tokyo", "tokio", "osaka", "kyoto"],
  in: ["india", "inde", "indien", "mumbai", "delhi", "bangalore", "bengaluru", "chennai", "hyderabad", "pune"],
  za: ["south africa", "cape town", "johannesburg", "durban"],
  sg: ["singapore", "singapur"],
  ae: ["dubai", "abu dhabi", "uae", "emirates"],
};

/** Place words without a country: they locate the business but say nothing about the ccTLD. */
const LOCAL_WORDS = ["downtown", "uptown", "midtown", "city centre", "city center", "old town", "centro", "centre ville", "centre-ville", "innenstadt", "altstadt", "baixa", "centro storico", "neighborhood", "neighbourhood", "barrio", "quartier", "kiez", "bairro", "quartiere"];

interface Entry {
  name: string;
  country?: string;
}

let index: Entry[] | undefined;

function entries(): Entry[] {
  if (!index) {
    index = [];
    for (const [country, names] of Object.entries(PLACES)) for (const n of names) index.push({ name: foldDiacritics(n), country });
    for (const n of LOCAL_WORDS) index.push({ name: foldDiacritics(n) });
    // Longest names first so "new york" wins over "york", "santiago de chile" over "chile".
    index.sort((a, b) => b.name.length - a.name.length);
  }
  return index;
}

export interface FoundPlace extends Location {
  /** The words of the description that name places, this one and any other (folded, lower case). */
  words: string[];
}

/** Finds the most specific place named in the text (a country-bearing place beats a bare "downtown"). */
export function findLocation(text: string): FoundPlace | null {
  const folded = ` ${foldDiacritics(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  let best: Entry | null = null;
  const words: string[] = [];
  for (const e of entries()) {
    if (!folded.includes(` ${e.name} `)) continue;
    words.push(...e.name.split(" "));
    if (!best || (e.country && !best.country)) best = e;
  }
  if (!best) return null;
  return { name: best.name, words: [...new Set(words)], ...(best.country ? { country: best.country } : {}) };
}
