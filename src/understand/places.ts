/**
 * Places named in a description, mapped to the ISO 3166-1 country code whose ccTLD may fit the business
 * (".de" for a Berlin bakery). Two gazetteers: a curated one of countries, regions and large cities in the
 * supported languages' spellings (below; "downtown" is a place word without a country), and, when it finds no
 * country, the world's cities of 5,000 people or more (data/built/places/cities.tsv, from GeoNames via
 * scripts/build-places.ts) for a town written as a name ("Tandil", "Punta del Este", "Thunder Bay").
 *
 * Many place names are also words ("como", "nice", "porto", "victoria"). In a text that uses capitals at all,
 * such a name counts only when written with one; a city from the large list counts only after a word that
 * locates ("in", "en", "à", "bei", ...) or, for a name that is not a word, when capitalised mid-sentence and
 * large enough that the name most likely means that city.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Language, Location } from "../core/types.js";
import { InputError } from "../core/errors.js";
import { builtPath } from "../core/paths.js";
import { isWord, wordFrequencyRank } from "../lexicon/index.js";
import { foldDiacritics } from "./normalize.js";
import { COUNTRY_LANGUAGE } from "./language.js";
import { wordSet } from "../core/words.js";

// country code -> names of the country and its large cities (folded, lower case; multiword allowed).
const PLACES: Record<string, string[]> = {
  us: [
    "usa",
    "united states",
    "america",
    "estados unidos",
    "etats unis",
    "vereinigte staaten",
    "stati uniti",
    "new york",
    // Spanish and Portuguese exonyms: "en Nueva York" is no York.
    "nueva york",
    "nova iorque",
    "nova york",
    "nyc",
    "brooklyn",
    "manhattan",
    "queens",
    "los angeles",
    "san francisco",
    "chicago",
    "boston",
    "seattle",
    "austin",
    "miami",
    "denver",
    "portland",
    "atlanta",
    "dallas",
    "houston",
    "phoenix",
    "philadelphia",
    "san diego",
    "nashville",
    "detroit",
    "las vegas",
    "minneapolis",
    "new orleans",
    "silicon valley",
    "california",
    "texas",
    "florida",
    "oakland",
    "sacramento",
    "pittsburgh",
    "baltimore",
    "cleveland",
    "honolulu",
    "salt lake city",
    "charlotte",
    "raleigh",
    "tampa",
    "orlando",
    "st louis",
    "kansas city",
    "washington dc",
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "colorado",
    "connecticut",
    "delaware",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "utah",
    "vermont",
    "virginia",
    "west virginia",
    "wisconsin",
    "wyoming",
  ],
  pr: ["puerto rico", "san juan puerto rico"],
  gb: [
    "uk",
    "united kingdom",
    "england",
    "scotland",
    "wales",
    "britain",
    "reino unido",
    "royaume uni",
    "grossbritannien",
    "regno unito",
    "london",
    "londres",
    "londra",
    "manchester",
    "birmingham",
    "liverpool",
    "leeds",
    "glasgow",
    "edinburgh",
    "bristol",
    "brighton",
    "oxford",
    "cambridge",
    "cardiff",
    "belfast",
    "york",
    "scunthorpe",
    "sheffield",
    "newcastle",
    "nottingham",
    "surrey",
    "sussex",
    "kent",
    "devon",
    "cornwall",
    "yorkshire",
    "cumbria",
    "norfolk",
    "suffolk",
    "somerset",
    "dorset",
    "hampshire",
    "cotswolds",
    "lake district",
    "hackney",
    "shoreditch",
    "dalston",
    "walthamstow",
    "bermondsey",
    "peckham",
    "brixton",
    "islington",
    "camden town",
    "kings cross",
    "clapham",
    "notting hill",
    "hampstead",
    "deptford",
    "whitechapel",
    "bethnal green",
    "stoke newington",
    "tottenham",
    "croydon",
    "wimbledon",
    "kensington",
    "deansgate",
    "ancoats",
    "salford",
    "leith",
    "headingley",
    "west midlands",
    "east anglia",
    "northern ireland",
    // Northern Ireland's counties (Down is left out, an everyday word; Tyrone is also a first name).
    "antrim",
    "armagh",
    "fermanagh",
    "tyrone",
  ],
  ie: [
    "ireland",
    "irlanda",
    "irlande",
    "irland",
    "dublin",
    "cork",
    "galway",
    "limerick",
    "waterford",
    "kilkenny",
    "sligo",
    "kerry",
    "killarney",
    "donegal",
    "wicklow",
    "dingle",
    "connemara",
    // The counties an Irish text names a business by ("Mayo and Roscommon", "County Leitrim"); Mayo and Clare are
    // ambiguous (a sauce, a month in Spanish, a first name). Northern Ireland's are under gb.
    "carlow",
    "cavan",
    "clare",
    "kildare",
    "laois",
    "leitrim",
    "longford",
    "louth",
    "mayo",
    "meath",
    "monaghan",
    "offaly",
    "roscommon",
    "tipperary",
    "westmeath",
    "wexford",
    "connacht",
    "leinster",
  ],
  ca: [
    "laurentians",
    "kensington market",
    "north york",
    "parkdale",
    "yorkville",
    "leslieville",
    "liberty village",
    "etobicoke",
    "estrie",
    "cantons de l est",
    "eastern townships",
    "abitibi",
    "mauricie",
    "laurentides",
    "lanaudiere",
    "monteregie",
    "charlevoix",
    "bas saint laurent",
    "cote nord",
    "cegep",
    "canada",
    "canadá",
    "kanada",
    "toronto",
    "montreal",
    "vancouver",
    "ottawa",
    "calgary",
    "quebec",
    "laval",
    "sherbrooke",
    "gatineau",
    "longueuil",
    "trois rivieres",
    "saguenay",
    "levis",
    "edmonton",
    "winnipeg",
    "halifax",
    "saskatoon",
    "kelowna",
    "mississauga",
    "brampton",
    "british columbia",
    "ontario",
    "alberta",
    "nova scotia",
    "quebecois",
    "outaouais",
    "gaspesie",
    "new brunswick",
    "nouveau brunswick",
    "manitoba",
    "saskatchewan",
  ],
  au: [
    "australia",
    "australie",
    "australien",
    "blue mountains",
    "sydney",
    "melbourne",
    "brisbane",
    "perth",
    "adelaide",
    "gold coast",
    "canberra",
    "hobart",
    "darwin",
    "tasmania",
    "queensland",
    "new south wales",
    "western australia",
    "byron bay",
    "cairns",
    "geelong",
    "wollongong",
    "fremantle",
  ],
  lu: ["luxembourg", "luxemburg", "lussemburgo", "luxemburgo"],
  nz: ["new zealand", "auckland", "wellington", "christchurch", "queenstown", "dunedin", "rotorua"],
  es: [
    "spain",
    // The pilgrims' way and its goal are in Galicia, not Chile's capital (the gazetteer's largest Santiago).
    "camino de santiago",
    "camiño de santiago",
    "santiago de compostela",
    "compostela",
    "andalucía",
    "aragón",
    "cataluña",
    "lanzarote",
    "priorat",
    "penedès",
    "empordà",
    "alpujarras",
    "españa",
    "espagne",
    "spanien",
    "spagna",
    "espanha",
    "madrid",
    "barcelona",
    "valencia",
    "sevilla",
    "seville",
    "malaga",
    "málaga",
    "bilbao",
    "zaragoza",
    "granada",
    "palma",
    "mallorca",
    "ibiza",
    "alicante",
    "cordoba",
    "córdoba",
    "salamanca",
    "san sebastian",
    "donostia",
    "cadiz",
    "cádiz",
    "murcia",
    "valladolid",
    "canarias",
    "tenerife",
    "andalucia",
    "andalusia",
    "extremadura",
    "galicia",
    "asturias",
    "cantabria",
    "pais vasco",
    "euskadi",
    "navarra",
    "aragon",
    "cataluna",
    "catalunya",
    "catalonia",
    "castilla",
    "la rioja",
    "baleares",
    "menorca",
    "costa brava",
    "costa del sol",
  ],
  mx: [
    "colonia roma",
    "roma norte",
    "roma sur",
    "la condesa",
    "colonia condesa",
    "coyoacan",
    "mexico",
    "méxico",
    "mexique",
    "mexiko",
    "messico",
    "ciudad de mexico",
    "cdmx",
    "guadalajara",
    "monterrey",
    "puebla",
    "oaxaca",
    "cancun",
    "cancún",
    "tijuana",
    "merida",
    "mérida",
  ],
  ar: [
    "argentina",
    "caba",
    "capital federal",
    "palermo soho",
    "palermo hollywood",
    "palermo chico",
    "nueva cordoba",
    "nueva córdoba",
    "argentine",
    "argentinien",
    "buenos aires",
    "cordoba argentina",
    "rosario",
    "mendoza",
    "patagonia argentina",
    "bahia blanca",
    "mar del plata",
    "neuquen",
    "tucuman",
    "bariloche",
    "ushuaia",
    "entre rios",
  ],
  uy: ["uruguay", "montevideo", "punta del este"],
  ec: ["ecuador", "quito", "guayaquil"],
  ve: ["venezuela", "caracas", "maracaibo"],
  bo: ["bolivia", "cochabamba"],
  py: ["paraguay", "asuncion"],
  gt: ["guatemala"],
  cr: ["costa rica"],
  pa: ["panama"],
  do: ["republica dominicana", "santo domingo", "punta cana"],
  cu: ["cuba", "la habana"],
  sv: ["el salvador"],
  hn: ["honduras", "tegucigalpa"],
  ni: ["nicaragua", "managua"],
  co: ["colombia", "colombie", "kolumbien", "bogota", "bogotá", "medellin", "medellín", "cali", "cartagena"],
  cl: ["chile", "chili", "santiago de chile", "valparaiso", "valparaíso"],
  pe: ["peru", "perú", "pérou", "lima", "cusco", "cuzco", "arequipa"],
  fr: [
    "france",
    "alsace",
    "bourgogne",
    "auvergne",
    "savoie",
    "haute savoie",
    "dordogne",
    "périgord",
    "gascogne",
    "languedoc",
    "roussillon",
    "camargue",
    "luberon",
    "vercors",
    "ardèche",
    "cévennes",
    "limousin",
    "vendée",
    "lyonnais",
    "croix rousse",
    "francia",
    "frankreich",
    "frança",
    "paris",
    "parís",
    "parigi",
    "lyon",
    "marseille",
    "marsella",
    "toulouse",
    "nice",
    "nantes",
    "bordeaux",
    "burdeos",
    "lille",
    "strasbourg",
    "montpellier",
    "rennes",
    "grenoble",
    "dijon",
    "annecy",
    "avignon",
    "reims",
    "provence",
    "bretagne",
    "normandie",
    "montmartre",
    "le marais",
  ],
  be: [
    "belgium",
    "condroz",
    "hainaut",
    "famenne",
    "gaume",
    "pays de herve",
    "hesbaye",
    "westhoek",
    "anderlecht",
    "auderghem",
    "etterbeek",
    "evere",
    "ganshoren",
    "ixelles",
    "elsene",
    "koekelberg",
    "molenbeek",
    "saint gilles",
    "sint gillis",
    "saint josse",
    "schaerbeek",
    "schaarbeek",
    "uccle",
    "ukkel",
    "watermael boitsfort",
    "woluwe",
    "woluwe saint lambert",
    "woluwe saint pierre",
    "wavre",
    "nivelles",
    "ottignies",
    "louvain la neuve",
    "tournai",
    "mouscron",
    "la louviere",
    "seraing",
    "verviers",
    "arlon",
    "bastogne",
    "dinant",
    "durbuy",
    "malmedy",
    "eupen",
    "sankt vith",
    "st vith",
    "ostbelgien",
    "belgique",
    "belgien",
    "bélgica",
    "belgio",
    "brussels",
    "bruxelles",
    "antwerp",
    "anvers",
    "ghent",
    "gand",
    "liege",
    "liège",
    "namur",
    "mons",
    "charleroi",
    "leuven",
    "louvain",
    "bruges",
    "brugge",
    "mechelen",
    "malines",
    "hasselt",
    "ostend",
    "oostende",
    "wallonie",
    "wallonia",
    "flanders",
    "vlaanderen",
    "flandre",
  ],
  ch: [
    "switzerland",
    "toggenburg",
    "entlebuch",
    "simmental",
    "saanenland",
    "goms",
    "lötschental",
    "val müstair",
    "bergell",
    "prättigau",
    "surselva",
    "zürcher oberland",
    "gürbetal",
    "rigi",
    "säntis",
    "pays d enhaut",
    "jura bernois",
    "saint ursanne",
    "champel",
    "kleinhüningen",
    "biel",
    "bienne",
    "murten",
    "morat",
    "yverdon",
    "yverdon les bains",
    "martigny",
    "sierre",
    "siders",
    "visp",
    "champery",
    "verbier",
    "crans montana",
    "nyon",
    "morges",
    "vevey",
    "carouge",
    "meyrin",
    "lancy",
    "onex",
    "satigny",
    "ouchy",
    "paquis",
    "plainpalais",
    "oberwallis",
    "unterwallis",
    "sensebezirk",
    "berner oberland",
    "appenzell",
    "thurgau",
    "aargau",
    "solothurn",
    "schaffhausen",
    "winterthur",
    "lavaux",
    "lugano",
    "bellinzona",
    "mendrisio",
    "gstaad",
    "grindelwald",
    "interlaken",
    "st moritz",
    "arosa",
    "laax",
    "suisse",
    "schweiz",
    "suiza",
    "svizzera",
    "suíça",
    "zurich",
    "zürich",
    "geneva",
    "genève",
    "geneve",
    "basel",
    "bâle",
    "bern",
    "berne",
    "lausanne",
    "lugano",
    "winterthur",
    "luzern",
    "lucerne",
    "lucerna",
    "st gallen",
    "sankt gallen",
    "saint gall",
    "san gallo",
    "biel",
    "bienne",
    "thun",
    "fribourg",
    "neuchatel",
    "sion",
    "chur",
    "zug",
    "locarno",
    "montreux",
    "engadin",
    "engadine",
    "valais",
    "wallis",
    "ticino",
    "tessin",
    "graubunden",
    "grisons",
    "vaud",
    "vaudois",
    "romandie",
    "zermatt",
    "davos",
    "st moritz",
    "interlaken",
    "schaffhausen",
    "aarau",
  ],
  de: [
    "germany",
    "allgäu",
    "allgaeu",
    "breisgau",
    "eifel",
    "sauerland",
    "rhön",
    "spessart",
    "odenwald",
    "taunus",
    "westerwald",
    "hunsrück",
    "pfalz",
    "rheingau",
    "erzgebirge",
    "vogtland",
    "lausitz",
    "spreewald",
    "uckermark",
    "altmark",
    "emsland",
    "ostfriesland",
    "nordfriesland",
    "dithmarschen",
    "mecklenburg",
    "vorpommern",
    "sylt",
    "chiemgau",
    "berchtesgaden",
    "werdenfels",
    "oberbayern",
    "niederbayern",
    "oberpfalz",
    "unterfranken",
    "oberfranken",
    "mittelfranken",
    "münsterland",
    "ruhrgebiet",
    "bergisches land",
    "siegerland",
    "kaiserstuhl",
    "markgräflerland",
    "hohenlohe",
    "kraichgau",
    "deutschland",
    "alemania",
    "allemagne",
    "germania",
    "alemanha",
    "berlin",
    "berlín",
    "berlino",
    "munich",
    "münchen",
    "munchen",
    "múnich",
    "monaco di baviera",
    "hamburg",
    "hamburgo",
    "frankfurt",
    "köln",
    "koln",
    "cologne",
    "stuttgart",
    "düsseldorf",
    "dusseldorf",
    "leipzig",
    "dresden",
    "nürnberg",
    "nurnberg",
    "nuremberg",
    "hannover",
    "bremen",
    "bonn",
    "freiburg",
    "heidelberg",
    "kreuzberg",
    "mainz",
    "münster",
    "munster",
    "bayern",
    "schwarzwald",
  ],
  at: [
    "austria",
    "burgenland",
    "wienerwald",
    "semmering",
    "ennstal",
    "gesäuse",
    "dachstein",
    "arlberg",
    "paznaun",
    "kaunertal",
    "gasteinertal",
    "bad gastein",
    "pongau",
    "pinzgau",
    "lungau",
    "tennengau",
    "flachgau",
    "außerfern",
    "ausserfern",
    "lechtal",
    "wilder kaiser",
    "wilden kaiser",
    "achensee",
    "serfaus",
    "imst",
    "plansee",
    "walsertal",
    "tiroler oberland",
    "hall in tirol",
    "zillertal",
    "otztal",
    "ötztal",
    "pitztal",
    "stubaital",
    "montafon",
    "lesachtal",
    "gailtal",
    "muhlviertel",
    "mühlviertel",
    "waldviertel",
    "weinviertel",
    "innviertel",
    "mostviertel",
    "bregenzerwald",
    "osttirol",
    "sudsteiermark",
    "südsteiermark",
    "kufstein",
    "schladming",
    "obertauern",
    "saalbach",
    "ischgl",
    "st anton",
    "feldkirch",
    "leoben",
    "modling",
    "mödling",
    "krems",
    "amstetten",
    "wiener neustadt",
    "zell am see",
    "bad ischl",
    "hallstatt",
    "gmunden",
    "lienz",
    "wolfsberg",
    "autriche",
    "österreich",
    "osterreich",
    "wien",
    "vienna",
    "viena",
    "vienne",
    "salzburg",
    "graz",
    "innsbruck",
    "linz",
    "klagenfurt",
    "villach",
    "wels",
    "st polten",
    "dornbirn",
    "bregenz",
    "steyr",
    "tirol",
    "tyrol",
    "vorarlberg",
    "karnten",
    "carinthia",
    "steiermark",
    "styria",
    "salzkammergut",
    "kitzbuhel",
    "wachau",
    "oberösterreich",
    "niederösterreich",
  ],
  pt: [
    "portugal",
    "portogallo",
    "lisbon",
    "lisboa",
    "lisbonne",
    "lissabon",
    "lisbona",
    "porto",
    "oporto",
    "faro",
    "coimbra",
    "braga",
    "algarve",
    "madeira",
    "açores",
    "acores",
    "minho",
    "douro",
    "tras os montes",
    "alentejo",
    "ribatejo",
    "setubal",
    "evora",
    "viseu",
    "guimaraes",
    "aveiro",
    "leiria",
    "santarem",
    "castelo branco",
    "braganca",
    "viana do castelo",
    "portalegre",
    "beja",
    "sintra",
    "cascais",
    "alfama",
  ],
  br: [
    "brazil",
    "brasil",
    "brésil",
    "brasilien",
    "brasile",
    "sao paulo",
    "são paulo",
    "rio de janeiro",
    "rio",
    "belo horizonte",
    "salvador",
    "brasilia",
    "brasília",
    "curitiba",
    "porto alegre",
    "recife",
    "fortaleza",
    "florianopolis",
    "florianópolis",
    "alagoas",
    "amapa",
    "amazonas",
    "bahia",
    "ceara",
    "distrito federal",
    "espirito santo",
    "goias",
    "maranhao",
    "mato grosso",
    "mato grosso do sul",
    "minas gerais",
    "sul de minas",
    "paraiba",
    "pernambuco",
    "piaui",
    "rio grande do norte",
    "rio grande do sul",
    "rondonia",
    "roraima",
    "santa catarina",
    "sergipe",
    "tocantins",
    "amazonia",
    "pantanal",
    "chapada diamantina",
    "jalapao",
    "pinheiros",
    "vila madalena",
    "moema",
    "copacabana",
    "ipanema",
    "leblon",
    "botafogo",
    "campinas",
    "niteroi",
    "manaus",
    "belem",
    "goiania",
    "joao pessoa",
    "maceio",
    "teresina",
    "cuiaba",
    "londrina",
    "joinville",
    "ribeirao preto",
    "uberlandia",
    "sorocaba",
  ],
  it: [
    "italy",
    "umbria",
    "langhe",
    "monferrato",
    "brianza",
    "valtellina",
    "cinque terre",
    "salento",
    "cilento",
    "maremma",
    "irpinia",
    "carnia",
    "friuli",
    "calabria",
    "basilicata",
    "abruzzo",
    "molise",
    "liguria",
    "piemonte",
    "lombardia",
    "veneto",
    "trentino",
    "ciociaria",
    "lunigiana",
    "garfagnana",
    "versilia",
    "mugello",
    "valdarno",
    "casentino",
    "sudtirol",
    "südtirol",
    "alto adige",
    "bozen",
    "meran",
    "merano",
    "brixen",
    "bressanone",
    "bruneck",
    "brunico",
    "vinschgau",
    "val venosta",
    "schlanders",
    "silandro",
    "sterzing",
    "vipiteno",
    "groden",
    "gröden",
    "val gardena",
    "pustertal",
    "val pusteria",
    "passeiertal",
    "eisacktal",
    "italia",
    "italie",
    "italien",
    "itália",
    "rome",
    "roma",
    "rom",
    "milan",
    "milano",
    "milán",
    "mailand",
    "naples",
    "napoli",
    "nápoles",
    "neapel",
    "turin",
    "torino",
    "florence",
    "firenze",
    "florencia",
    "florenz",
    "venice",
    "venezia",
    "venecia",
    "venise",
    "venedig",
    "bologna",
    "bolonia",
    "genoa",
    "genova",
    "palermo",
    "verona",
    "pisa",
    "siena",
    "bari",
    "catania",
    "toscana",
    "tuscany",
    "sicilia",
    "sicily",
    "sardegna",
    "puglia",
    "trieste",
    "padova",
    "como",
  ],
  nl: [
    "netherlands",
    "holland",
    "nederland",
    "países bajos",
    "pays bas",
    "niederlande",
    "paesi bassi",
    "amsterdam",
    "rotterdam",
    "utrecht",
    "the hague",
    "eindhoven",
  ],
  jp: ["japan", "japón", "japon", "giappone", "japão", "tokyo", "tokio", "osaka", "kyoto"],
  in: [
    "india",
    "inde",
    "indien",
    "mumbai",
    "delhi",
    "bangalore",
    "bengaluru",
    "chennai",
    "hyderabad",
    "pune",
    "kerala",
    "tamil nadu",
    "karnataka",
    "maharashtra",
    "telangana",
    "andhra pradesh",
    "west bengal",
    "kolkata",
    "gujarat",
    "rajasthan",
  ],
  za: ["south africa", "cape town", "johannesburg", "durban"],
  sg: ["singapore", "singapur"],
  ae: ["dubai", "abu dhabi", "uae", "emirates"],
};

/** Place words without a country: they locate the business but say nothing about the ccTLD. */
const LOCAL_WORDS = [
  "downtown",
  "uptown",
  "midtown",
  "city centre",
  "city center",
  "old town",
  "centro",
  "centre ville",
  "centre-ville",
  "innenstadt",
  "altstadt",
  "baixa",
  "centro storico",
  "neighborhood",
  "neighbourhood",
  "barrio",
  "quartier",
  "kiez",
  "bairro",
  "quartiere",
];

interface Entry {
  name: string;
  country?: string;
}

let index: Entry[] | undefined;

function entries(): Entry[] {
  if (!index) {
    index = [];
    for (const [country, names] of Object.entries(PLACES))
      for (const n of names) index.push({ name: foldDiacritics(n), country });
    for (const n of LOCAL_WORDS) index.push({ name: foldDiacritics(n) });
    // Longest names first so "new york" wins over "york", "santiago de chile" over "chile".
    index.sort((a, b) => b.name.length - a.name.length);
  }
  return index;
}

let byName: Map<string, string> | undefined;

/**
 * The country of a place named by one word ("munster", "luzern"), else undefined: an exact look-up, for the
 * generator's name pieces (findLocation searches a whole text). German "ae/oe/ue" spellings count as umlauts.
 */
export function placeCountry(word: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const e of entries())
      if (e.country && !e.name.includes(" ") && !byName.has(e.name)) byName.set(e.name, e.country);
  }
  const w = foldDiacritics(word.toLowerCase());
  return byName.get(w) ?? byName.get(w.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u"));
}

/** The countries with a town of this name (folded, as found) in the city gazetteer: the largest first. */
export function townCountries(name: string): string[] {
  const city = cityGazetteer().get(name);
  return city ? [city.country, ...city.others.map((o) => o.country)] : [];
}

export interface FoundPlace extends Location {
  /** The words of the description that name places, this one and any other (folded, lower case). */
  words: string[];
}

/** A place name as the gazetteers key it: no diacritics, lower case, runs of anything else one space. */
export function foldPlaceName(s: string): string {
  return foldDiacritics(s.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const OTHER_LANGUAGES = ["es", "fr", "de", "pt", "it"] as const;
/**
 * An everyday word, so a city of that name needs a locating word before it ("in Split", not "split the bill");
 * a one-word town named without one must not be in the English word list at all ("Keep the word Cove").
 * For English, a word with a frequency rank: the English word list also holds proper nouns ("Dubbo",
 * "Parramatta") without one. The other lexicons have no ranks, so being listed counts.
 */
const isEverydayWord = (name: string): boolean =>
  !name.includes(" ") &&
  ((wordFrequencyRank(name, "en") ?? Infinity) < 50_000 || OTHER_LANGUAGES.some((l) => isWord(name, l)));
/** Names of the curated list that are also everyday words of a supported language. */
const AMBIGUOUS_PLACES = wordSet(
  "como nice porto rio cork reading bath split mobile mons sion palma faro granada lima chile chili peru salvador " +
    "victoria rosario zug rom wels levis bale dingle cairns madeira recife fortaleza pisa charlotte phoenix queens " +
    "wellington munster kerry darwin cali colonia usa mayo clare tyrone",
);
/**
 * Whole countries as the six languages name them when they are a market, a diaspora or a past ("entrar al mercado
 * de Estados Unidos", "emigrantes em França", "dall'Austria"): in a text that also names a place of its own
 * language's country, that place is where the business is. Only names PLACES lists (others are never found).
 */
const FOREIGN_MARKETS = new Set(
  (
    "usa, america, stati uniti, estados unidos, etats unis, united states, vereinigte staaten, reino unido, " +
    "regno unito, royaume uni, united kingdom, england, germany, alemania, allemagne, germania, alemanha, deutschland, " +
    "france, francia, franca, frankreich, italy, italia, italie, italien, spain, espana, espagne, spagna, spanien, " +
    "espanha, portugal, portogallo, switzerland, suiza, suisse, svizzera, schweiz, suica, austria, autriche, " +
    "osterreich, japan, japon, giappone, japao, brasil, brazil, bresil, brasile, brasilien, mexico, messico, mexique, " +
    "mexiko, argentina, argentine, argentinien, canada, australia, australie, australien, belgium, belgique, belgica, " +
    "belgio, belgien, luxembourg, luxemburgo, lussemburgo, luxemburg, venezuela"
  ).split(/,\s*/),
);
/** Capitalised words that are never the town of the same name ("opening in March", "Lunes a Viernes"). */
const NOT_PLACES = wordSet(
  "january february march april may june july august september october november december spring summer autumn " +
    "winter monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio julio " +
    "agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes sabado domingo janvier " +
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi " +
    "vendredi samedi dimanche januar februar marz juni juli oktober dezember montag dienstag mittwoch donnerstag " +
    "freitag samstag sonntag janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro gennaio " +
    "febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedi martedi mercoledi giovedi venerdi " +
    "sabato domenica christmas easter navidad noel weihnachten natal natale",
);
/** Words after a name that make it a street or a building, not the town ("Grafton Street"). */
const STREET_WORDS = wordSet(
  "street st road rd avenue ave lane square boulevard blvd drive way mall station rue calle via strasse str rua avenida plaza platz",
);

/** Words after which a capitalised name is a place ("in Tandil", "à Saint-Eustache", "bei Wien"). */
const LOCATIVES = wordSet(
  "in at near from around across en a au aux dans sur pres de del desde em no na nos nas perto im bei nahe aus von nach zu di da dal dalla nel nella vicino do dos das",
);
/** "région de", "region of", "comarca de": the words that introduce an area by its town in the six languages. */
const REGION_WORDS = wordSet(
  "region région región regiao região regione gegend umgebung area comarca provincia province",
);
const REGION_OF = wordSet("de of di da do des du del um von");
/** US states', Canadian provinces' and Australian states' postal abbreviations (upper case, after a comma). */
const STATE_COUNTRY: Record<string, string> = Object.fromEntries([
  ..."AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
    .split(" ")
    .map((a) => [a, "us"]),
  ..."ON QC BC AB MB SK NS NB NL PE".split(" ").map((a) => [a, "ca"]),
  ..."NSW VIC QLD TAS ACT".split(" ").map((a) => [a, "au"]),
]);
const STATE_ABBREVIATION = new RegExp(`^,\\s*(${Object.keys(STATE_COUNTRY).join("|")})\\b(?![a-z])`);
const STATE_MENTION = new RegExp(STATE_ABBREVIATION.source.slice(1));
/** Words for a part of a town that may follow its name without making a longer name ("Pointe-Claire Village"). */
const TOWN_PARTS = wordSet("village centre center downtown uptown midtown harbour harbor waterfront");
/** First words of many towns' names, which the large list often leaves out ("Ciudad Juárez" is "Juárez" there). */
const PLACE_PREFIXES = wordSet(
  "ciudad san santa santo sao saint sainte st sankt port porto puerto lake mount mont monte villa vila bad greater",
);
/** Lower-case words inside a place name ("Punta del Este", "Saint-Jean-sur-Richelieu", "Stratford upon Avon"). */
const CONNECTORS = wordSet("de del la las los le les du des di da do dos das sur upon on am im an der of y et el");

interface Token {
  text: string;
  /** Where the token starts and ends in the text (UTF-16 offsets). */
  start: number;
  end: number;
  folded: string;
  capital: boolean;
  /** First word of a sentence (its capital says nothing). */
  initial: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // The last character before the token that is not white space (none at the start of the text).
    let k = m.index - 1;
    while (k >= 0 && /\s/u.test(text[k]!)) k--;
    // "Fort Worth's", "Dublin’s": the possessive is no part of the name.
    const t = m[0].replace(/['’]s$/u, "").replace(/['’-]+$/, "");
    out.push({
      text: t,
      start: m.index,
      end: m.index + t.length,
      folded: foldPlaceName(t),
      capital: /^\p{Lu}/u.test(t) && /\p{Ll}/u.test(t),
      initial: k < 0 || /[.!?¿¡:;•*-]/.test(text[k]!),
    });
  }
  return out;
}

interface City {
  country: string;
  population: number;
  /** Towns of the same name in other countries whose language the pipeline reads, largest first per country. */
  others: { country: string; population: number }[];
}
let cities: Map<string, City> | undefined;
const NO_OTHERS: City["others"] = [];

function cityGazetteer(): Map<string, City> {
  if (cities) return cities;
  const path = builtPath("places", "cities.tsv");
  if (!existsSync(path))
    throw new InputError("no_places", `city gazetteer missing at ${path}; run npx tsx scripts/build-places.ts`);
  cities = new Map();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [name, country, population, others] = line.split("\t");
    if (name && country && population)
      cities.set(name, {
        country,
        population: Number(population),
        // Most names have no namesake abroad: they share one empty list.
        others: others
          ? others.split(",").map((o) => {
              const [c, p] = o.split(":");
              return { country: c!, population: Number(p) };
            })
          : NO_OTHERS,
      });
  }
  return cities;
}

/** A town of the gazetteer the rules accepted in the text, with every country that has a town of its name. */
interface AcceptedTown {
  name: string;
  country: string;
  countries: readonly string[];
  /** Where the name stands in the text (character offsets). */
  start: number;
  end: number;
}

/**
 * A town this large is the town when capitalised mid-sentence unless its name is an everyday English word: the word
 * lists also hold proper nouns (German's "Dakar", "Nairobi"; English's without a frequency rank), so "Dibiterie au
 * Plateau, Dakar" names Dakar as "à Dakar" does.
 */
const BIG_CITY = 1_000_000;

/**
 * The most specific city of the large gazetteer named in the text, by the rules in the header, and every town the
 * rules accepted on the way.
 */
function findCity(
  text: string,
  toks: Token[],
  language: () => Language | undefined,
): { town: { name: string; country: string; stated: boolean } | null; towns: AcceptedTown[] } {
  const titleCase = toks.length >= 4 && toks.filter((t) => t.capital).length >= 0.6 * toks.length;
  let best: {
    name: string;
    country: string;
    located: boolean;
    words: number;
    population: number;
    stated: boolean;
  } | null = null;
  // Every town the rules accept, with the countries its name has towns in and where it stands: a name shared across
  // countries takes the country of a town listed next to it (corroboratedCountry below).
  const accepted: AcceptedTown[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.capital) continue;
    // The end of a longer capitalised name ("Coventry University", "Kynance Cove") is not a town of its own,
    // unless the word before is the usual first word of a town's name ("Ciudad Juárez", "San Isidro").
    const previous = toks[i - 1];
    if (
      previous &&
      previous.capital &&
      !previous.initial &&
      /^\s+$/u.test(text.slice(previous.end, toks[i]!.start)) &&
      !PLACE_PREFIXES.has(previous.folded)
    )
      continue;
    const located = i > 0 && LOCATIVES.has(toks[i - 1]!.folded);
    for (let j = i; j < Math.min(toks.length, i + 4); j++) {
      const t = toks[j]!;
      if (j > i && !t.capital && !CONNECTORS.has(t.folded)) break;
      if (!t.capital) continue;
      const name = toks
        .slice(i, j + 1)
        .map((x) => x.folded)
        .join(" ");
      const found = cityGazetteer().get(name);
      if (!found) continue;
      // A name shared by towns in several countries is the town of the text's language when there is one
      // ("em Lagos" is Portugal's, "in Lagos" Nigeria's); whether the name is a place at all goes by the largest.
      let city: { country: string; population: number } = found;
      if (found.others.length > 0) {
        const lang = language();
        const own =
          lang && COUNTRY_LANGUAGE[found.country] !== lang
            ? found.others.find((o) => COUNTRY_LANGUAGE[o.country] === lang)
            : undefined;
        if (own) city = { country: own.country, population: found.population };
      }
      // "Cambridge, MA", "London, ON", "Perth, WA": a state's or province's abbreviation after a comma names the
      // country when it has a town of that name.
      const state = STATE_ABBREVIATION.exec(text.slice(t.end));
      const stateCountry = state ? STATE_COUNTRY[state[1]!]! : undefined;
      const stated =
        stateCountry !== undefined &&
        (found.country === stateCountry || found.others.some((o) => o.country === stateCountry));
      if (stated) city = { country: stateCountry, population: found.population };
      const words = j - i + 1;
      // "la région de Joliette", "the region of Maule": a name the lexicon also lists is the place there.
      const region =
        i > 1 && REGION_OF.has(toks[i - 1]!.folded) && REGION_WORDS.has(toks[i - 2]!.folded) && !toks[i]!.initial;
      const common = isEverydayWord(name) && !region;
      if (j + 1 < toks.length && STREET_WORDS.has(toks[j + 1]!.folded)) continue;
      if (words === 1 && NOT_PLACES.has(name)) continue;
      // Part of a longer name that is not a city of the list ("Cabo" of "Cabo de Palos"); a capital that starts
      // the next sentence ("in Whitstable. We sell") continues nothing.
      // "Pointe-Claire Village", "Leeds City Centre": a word for part of a town continues no name of its own.
      const next = toks[j + 1];
      if (
        next &&
        !next.initial &&
        ((next.capital && !TOWN_PARTS.has(next.folded)) || (CONNECTORS.has(next.folded) && toks[j + 2]?.capital))
      )
        continue;
      // A very common English word ("Spring", "Bath" in a title) names a town only rarely.
      if (words === 1 && (wordFrequencyRank(name, "en") ?? Infinity) < 3000) continue;
      const ok = located
        ? !common || city.population >= 50_000
        : !titleCase &&
          !toks[i]!.initial &&
          (words > 1 ||
            (city.population >= BIG_CITY
              ? (wordFrequencyRank(name, "en") ?? Infinity) >= 50_000
              : !common && !isWord(name, "en") && city.population >= 15_000));
      if (!ok) continue;
      accepted.push({
        name,
        country: city.country,
        countries: [found.country, ...found.others.map((o) => o.country)],
        start: toks[i]!.start,
        end: t.end,
      });
      // A town after a locating word ("in Kissimmee and Davenport") beats one merely named, then the longer
      // name, then the larger town.
      const better =
        !best ||
        (located && !best.located) ||
        (located === best.located &&
          (words > best.words || (words === best.words && city.population > best.population)));
      if (better) best = { name, country: city.country, located, words, population: city.population, stated };
    }
  }
  return { town: best ? { name: best.name, country: best.country, stated: best.stated } : null, towns: accepted };
}

/** What stands between two towns of one list or route: "Lancaster and Morecambe", "Dayton, Kettering", "Naples to". */
const COORDINATION = /^(?:\s*(?:,|&|\/|and|or|to|e|y|et|und|ou|o|i|og|en)\s*)+$/iu;

/**
 * A name towns share across countries ("Lancaster", "Kettering", "Naples") is read in the country of a town listed
 * next to it that has no namesake abroad ("Lancaster and Morecambe", "Dayton, Kettering and Beavercreek", "Naples to
 * Marco Island"), unless such a town vouches for the country already chosen. Only a listed neighbour counts: a town
 * named elsewhere in the text is often a street, a station or a district of the first ("no Porto, junto ao metro da
 * Trindade"), and two shared names prove nothing about each other.
 */
function corroboratedCountry(name: string, country: string, towns: readonly AcceptedTown[], text: string): string {
  const namesakes = cityGazetteer().get(name);
  const at = towns.find((t) => t.name === name);
  if (!namesakes || namesakes.others.length === 0 || !at) return country;
  const countries = [namesakes.country, ...namesakes.others.map((o) => o.country)];
  const listedWith = (t: AcceptedTown): boolean => {
    const gap = t.start >= at.end ? text.slice(at.end, t.start) : text.slice(t.end, at.start);
    return gap.length <= 12 && COORDINATION.test(gap);
  };
  const neighbours = towns.filter((t) => t.name !== name && t.countries.length === 1 && listedWith(t));
  if (neighbours.some((t) => t.country === country)) return country;
  return neighbours.find((t) => countries.includes(t.country))?.country ?? country;
}

/** An exam board or a qualification named after a town ("exámenes Cambridge", "Cambridge English"), not the town. */
const EXAM_BOARDS =
  /(?:ex[aá]menes|ex[aá]men|exams?|esami|examens|pr[uü]fungen)\s+(?:(?:de|di|of)\s+)?cambridge|cambridge\s+(?:english|exams?|assessment|certificates?|starters|movers|flyers|first|advanced|proficiency|b2|c1|c2)\b/giu;

/**
 * Where the customers come from, not where the business is: "Guests are mostly couples and families from the US, UK
 * and Germany" (a boat hire on an Italian lake), "Kunden aus Österreich und der Schweiz". The customer word, up to
 * 40 characters of its clause, "from" / "aus" and a list of capitalised names.
 */
const CUSTOMER_WORD =
  /\b(?:guests?|customers?|clients?|visitors?|tourists?|travell?ers?|buyers?|shoppers?|families|couples|students|patients|holidaymakers|expats?|pilgrims|g[äa]ste|kunden|touristen|besucher|urlauber)\b[^.;:!?]{0,40}?\b(?:from|aus)\s+/giu;
/** The list of names after it, case-sensitive: only capitalised names are places ("from all over" is none). */
const ORIGIN_LIST =
  /^(?:(?:the|der|dem)\s+)?\p{Lu}[\p{L}'’-]*(?:(?:\s*,\s*|\s+(?:and|or|&|und|oder|y|o|e|ou|et)\s+)(?:(?:the|der|dem)\s+)?\p{Lu}[\p{L}'’-]*)*/u;

/**
 * Where the goods go, not where the business is: "a pork processor in Concórdia exporting to Chile and Japan",
 * "exporta para o Chile", "ships to Singapore", "wir liefern nach Österreich". A verb of exporting or shipping, its
 * preposition (and article) and a list of capitalised names. Delivering is left out: "we deliver in Leeds", "livrons
 * en Île-de-France" mostly name where the business itself is.
 */
const DESTINATION_WORD =
  /\b(?:(?:export(?:s|ing|ed)?|exporta(?:mos|ndo|n)?|exporte(?:nt|r)?|exportons|exportiert|exportieren|esporta(?:no|re|mo)?)\s+(?:to|into|para|a|al|à|au|aux|vers|en|nach|in|verso)|ship(?:s|ping|ped)?\s+(?:to|into)|(?:liefert|liefern)\s+nach)\s+(?:(?:o|a|os|as|el|la|los|las|le|les|il|lo|gli|die|der|den|the)\s+)?/giu;

/**
 * Where customers come from, after a verb of arriving and a preposition that only means "from": "recién llegados a
 * Madrid desde Caracas", "qui arrivent à Lyon depuis Alger", "newcomers who moved to Leeds from Lagos". ("de" is left
 * out: "llegamos a toda la Comunidad de Madrid" is where the business is.)
 */
const ARRIVAL_WORD =
  /(?<![\p{L}])(?:lleg\p{L}*|cheg\p{L}*|arriv\p{L}*|moved|moving|relocat\p{L}*|(?:e|im)?migr\p{L}*|gekommen|zugezogen\p{L}*)(?![\p{L}])[^.;:!?]{0,40}?(?<![\p{L}])(?:desde|depuis|from|aus)\s+/giu;

function blankCustomerOrigins(text: string): string {
  let out = text;
  // Where goods go, where newcomers arrive from, where customers come from: the list of names after each lead-in.
  for (const lead of [DESTINATION_WORD, ARRIVAL_WORD, CUSTOMER_WORD])
    for (const m of text.matchAll(lead)) {
      const at = m.index + m[0].length;
      const list = ORIGIN_LIST.exec(text.slice(at));
      if (list) out = out.slice(0, at) + " ".repeat(list[0].length) + out.slice(at + list[0].length);
    }
  return out;
}

/**
 * Regions' and cantons' adjectives as a business uses them of itself ("steirischer Hofladen", "Tiroler Speck vom
 * Bergbauernhof", "Bündner Fleisch", "fromagerie genevoise"), inflected, folded. Weaker than a place: a dish or a
 * product travels ("Restaurant in Berlin mit Kärntner Nudeln"), so an adjective gives the country only when the text
 * names no place with one.
 */
// A Map, not an object: a text's word is looked up as a key ("constructor" is no region).
const REGION_ADJECTIVES: ReadonlyMap<string, string> = new Map<string, string>([
  ...["steirisch", "oberosterreichisch", "niederosterreichisch", "burgenlandisch"].flatMap((stem) =>
    ["", "e", "er", "es", "en", "em"].map((end): [string, string] => [stem + end, "at"]),
  ),
  ...["tiroler", "karntner", "salzburger", "vorarlberger"].map((w): [string, string] => [w, "at"]),
  ...[
    "zurcher",
    "basler",
    "bundner",
    "walliser",
    "tessiner",
    "luzerner",
    "genevois",
    "genevoise",
    "vaudoise",
    "valaisan",
    "valaisanne",
    "ticinese",
    "ticinesi",
  ].map((w): [string, string] => [w, "ch"]),
]);

/** Names that settle the business's country whatever other place the text names. */
const DECISIVE_PLACES = new Set(["caba", "capital federal"]);

/** Finds the most specific place named in the text (a country-bearing place beats a bare "downtown"). */
export function findLocation(raw: string, language: () => Language | undefined = () => undefined): FoundPlace | null {
  // Blanked, not cut: the tokens keep their offsets in the text.
  const text = blankCustomerOrigins(raw.replace(EXAM_BOARDS, (m) => " ".repeat(m.length)));
  const folded = ` ${foldPlaceName(text)} `;
  const toks = tokens(text);
  // Whether the writer uses capitals at all: in an all-lower-case text, "cork" may well be the city.
  const usesCapitals = toks.some((t) => t.capital);
  const capitalised = new Set(toks.filter((t) => t.capital && !t.initial).map((t) => t.folded));
  // The gazetteer's town, looked up once: a state's abbreviation asks for it first, a text with no listed country
  // after the listed names.
  let cityFound: ReturnType<typeof findCity> | undefined;
  const reading = () => (cityFound === undefined ? (cityFound = findCity(text, toks, language)) : cityFound);
  const city = () => {
    const t = reading().town;
    return t && !t.stated ? { ...t, country: corroboratedCountry(t.name, t.country, reading().towns, text) } : t;
  };
  // "Cambridge, MA": a town with a state's abbreviation is that state's town, before any listed name of it.
  if (STATE_MENTION.test(text)) {
    const stated = city();
    if (stated?.stated) return { name: stated.name, country: stated.country, words: stated.name.split(" ") };
  }
  let best: Entry | null = null;
  const words: string[] = [];
  const named: { name: string; country: string }[] = [];
  for (const e of entries()) {
    if (!folded.includes(` ${e.name} `)) continue;
    if (e.country && usesCapitals && AMBIGUOUS_PLACES.has(e.name) && !capitalised.has(e.name)) continue;
    words.push(...e.name.split(" "));
    if (e.country) named.push({ name: e.name, country: e.country });
    if (!best || (e.country && !best.country)) best = e;
  }
  const asTown = (t: { name: string; country: string }): FoundPlace => ({
    name: t.name,
    country: t.country,
    words: [...new Set([...words, ...t.name.split(" ")])],
  });
  // The autonomous city's own abbreviation settles the country whatever else is named ("Palermo y Belgrano, CABA" is
  // in Buenos Aires, not Sicily).
  const decisive = named.find((e) => DECISIVE_PLACES.has(e.name));
  if (decisive && best?.country !== decisive.country) best = { name: decisive.name, country: decisive.country };
  let town = best?.country ? undefined : city();
  // A listed name inside a longer town of the gazetteer is that town's ("em Ponte de Lima" is in Portugal, not Lima).
  if (best?.country) {
    const longer = city();
    const listed = best.name;
    if (
      longer &&
      longer.name.split(" ").length > listed.split(" ").length &&
      ` ${longer.name} `.includes(` ${listed} `)
    )
      town = longer;
  }
  if (town) return asTown(town);
  // A foreign country named in a text written in a language of the town it also names is where the business sells,
  // sends or comes back from ("construtora de Lisboa ... para quem volta dos Estados Unidos", "agenzia di Trieste
  // per chi arriva dall'Austria"): the town is where it is, and its ending is the town's country's.
  if (best?.country && FOREIGN_MARKETS.has(best.name)) {
    const lang = language();
    if (lang && lang !== "en" && COUNTRY_LANGUAGE[best.country] !== lang) {
      const listed = named.find((e) => COUNTRY_LANGUAGE[e.country] === lang);
      if (listed) return asTown(listed);
      const home = city();
      // (Not the same word read as a town: "França" folded is Franca, a town in Brazil.)
      if (home && home.name !== best.name && home.country !== best.country && COUNTRY_LANGUAGE[home.country] === lang)
        return asTown(home);
    }
  }
  if (!best?.country) {
    const adjective = folded
      .trim()
      .split(" ")
      .find((w) => REGION_ADJECTIVES.has(w));
    if (adjective)
      return {
        name: adjective,
        country: REGION_ADJECTIVES.get(adjective)!,
        words: [...new Set([...words, adjective])],
      };
  }
  if (!best) return null;
  if (best.country && cityGazetteer().get(best.name)?.others.length) {
    const country = corroboratedCountry(best.name, best.country, reading().towns, text);
    if (country !== best.country) return asTown({ name: best.name, country });
  }
  return { name: best.name, words: [...new Set(words)], ...(best.country ? { country: best.country } : {}) };
}
