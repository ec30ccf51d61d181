/** French: France, Belgium, Switzerland, Québec. */
import { sentenceCase as cap } from "../grammar.js";
import { agree as ag, at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({
  name,
  loc,
  country,
  countryName,
  cctld,
});

export const FR: LanguagePack = {
  lang: "fr",
  places: [
    P("Paris", "à Paris", "fr", "en France", "fr"),
    P("Lyon", "à Lyon", "fr", "en France", "fr"),
    P("Marseille", "à Marseille", "fr", "en France", "fr"),
    P("Bordeaux", "à Bordeaux", "fr", "en France", "fr"),
    P("Nantes", "à Nantes", "fr", "en France", "fr"),
    P("Lille", "à Lille", "fr", "en France", "fr"),
    P("Toulouse", "à Toulouse", "fr", "en France", "fr"),
    P("Strasbourg", "à Strasbourg", "fr", "en France", "fr"),
    P("Montpellier", "à Montpellier", "fr", "en France", "fr"),
    P("Rennes", "à Rennes", "fr", "en France", "fr"),
    P("Annecy", "à Annecy", "fr", "en France", "fr"),
    P("Montréal", "à Montréal", "ca", "au Québec", "ca"),
    P("Québec", "à Québec", "ca", "au Québec", "ca"),
    P("Bruxelles", "à Bruxelles", "be", "en Belgique", "be"),
    P("Liège", "à Liège", "be", "en Belgique", "be"),
    P("Genève", "à Genève", "ch", "en Suisse", "ch"),
    P("Lausanne", "à Lausanne", "ch", "en Suisse", "ch"),
  ],
  adjectives: [
    { m: "petit", f: "petite", pre: true },
    { m: "nouveau", f: "nouvelle", mVowel: "nouvel", pre: true },
    { m: "familial", f: "familiale" },
    { m: "indépendant", f: "indépendante" },
    { m: "de quartier", f: "de quartier" },
    { m: "moderne", f: "moderne" },
    { m: "écoresponsable", f: "écoresponsable" },
    { m: "bio", f: "bio" },
    { m: "haut de gamme", f: "haut de gamme" },
    { m: "pas cher", f: "pas chère" },
  ],
  audiences: [
    "les jeunes familles",
    "les étudiants",
    "les actifs pressés",
    "les touristes",
    "les télétravailleurs",
    "les retraités",
    "les TPE et PME",
    "les jeunes parents",
    "les sportifs",
    "les propriétaires d'animaux",
    "les propriétaires",
    "les startups",
    "les ados",
    "les femmes de plus de 40 ans",
    "les expatriés",
    "les voyageurs à petit budget",
    "une clientèle haut de gamme",
    "les gens du quartier",
    "les indépendants",
    "les gens soucieux de la planète",
    "la génération Z",
    "les seniors",
  ],
  values: [
    "la durabilité",
    "la qualité",
    "les prix justes",
    "le savoir-faire",
    "la rapidité",
    "la transparence",
    "l'esprit de communauté",
    "la confidentialité",
    "la tradition",
    "l'innovation",
    "l'inclusion",
    "les produits locaux",
    "le service personnalisé",
    "la fiabilité",
  ],
  vibes: [
    "chaleureux",
    "moderne",
    "élégant",
    "fiable",
    "audacieux",
    "apaisant",
    "haut de gamme",
    "accessible",
    "minimaliste",
    "classique",
    "frais",
    "naturel",
    "technologique",
    "simple",
  ],
  whens: [
    "le mois prochain",
    "au printemps",
    "cet été",
    "à la rentrée",
    "début d'année prochaine",
    "dans quelques semaines",
  ],
  families: [
    {
      id: "fr.nous_sommes",
      kind: "opener",
      frames: [
        (s) => `Nous sommes ${s.a}${at(s)}.`,
        (s) => `On est ${s.a}${at(s)}.`,
        (s) => `Nous tenons ${s.a}${at(s)} depuis ${s.years} ans.`,
      ],
    },
    {
      id: "fr.ouverture",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `J'ouvre ${s.a}${at(s)} ${s.when}.`,
        (s) => `Je m'apprête à ouvrir ${s.a}${at(s)} et je n'ai toujours pas de nom.`,
        (s) => `On ouvre ${s.a}${at(s)} ${s.when}.`,
      ],
    },
    {
      id: "fr.je_cherche",
      kind: "opener",
      frames: [
        (s) => `Je cherche un nom de domaine pour ${s.my}${at(s)}.`,
        (s) => `Besoin d'un nom pour ${s.a}${at(s)}.`,
        (s) => `Nous cherchons un nom accrocheur pour ${s.our}.`,
      ],
    },
    {
      id: "fr.aide",
      kind: "opener",
      frames: [
        (s) => `Pouvez-vous me proposer des noms de domaine pour ${s.a}${at(s)} ?`,
        (s) => `Aidez-moi à trouver un nom pour ${s.a}.`,
        (s) => `Tu aurais des idées de nom pour ${s.my} ?`,
      ],
    },
    {
      id: "fr.pour_public",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)} ${ag(s, "pensé", "pensée")} pour ${s.aud}.`,
        (s) => `Nous lançons ${s.a} pour ${s.aud}${at(s)}.`,
        (s) => `On monte ${s.a} pour ${s.aud}.`,
      ],
    },
    {
      id: "fr.histoire",
      kind: "opener",
      frames: [
        (s) => `Avec mon associé, nous tenons ${s.a}${at(s)} depuis ${s.years} ans.`,
        (s) =>
          `Après ${s.years} ans comme salariée, je me lance enfin avec ${ag(s, "mon propre", "ma propre")} ${s.bare}.`,
        (s) => `J'étais prof et je me reconvertis : j'ouvre ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "fr.pitch",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)}${at(s)} ${ag(s, "spécialisé", "spécialisée")} en ${s.kw[0]}.`,
        (s) => `${cap(s.a)}${at(s)}, notre spécialité : ${s.kw[0]}.`,
        (s) => `${cap(s.a)} : ${s.kw[0]}, ${s.kw[1]} et plus encore.`,
      ],
    },
    {
      id: "fr.nouvelle_identite",
      kind: "opener",
      frames: [
        (s) => `Nous refaisons l'identité de ${s.our} et voulons un nouveau nom de domaine.`,
        (s) => `${cap(s.our)}${at(s)} a besoin d'un nouveau nom, l'actuel fait daté.`,
      ],
    },
    {
      id: "fr.question",
      kind: "opener",
      frames: [
        (s) => `Quel nom de domaine pour ${s.a}${at(s)} ?`,
        (s) => `Des idées de nom pour ${s.a} ?`,
        (s) => `Comment appelleriez-vous ${s.a}${at(s)} ?`,
      ],
    },
    {
      id: "fr.formel",
      kind: "opener",
      frames: [
        (s) =>
          `Notre société, ${s.a}${s.loc ? ` ${ag(s, "basé", "basée")} ${s.loc}` : ""}, recherche un nom de domaine adapté.`,
        (s) =>
          `Nous sollicitons des propositions de noms de domaine pour ${s.a}${s.loc ? ` ${ag(s, "situé", "située")} ${s.loc}` : ""}.`,
      ],
    },
    {
      id: "fr.developpement",
      kind: "opener",
      frames: [
        (s) =>
          s.city
            ? `Nous sommes ${s.a} ${s.loc} et nous voulons nous développer ailleurs ${s.country}.`
            : `Nous sommes ${s.a} et nous voulons nous développer en ligne.`,
        (s) =>
          s.city
            ? `On veut faire grandir ${s.our} au-delà de ${s.city}.`
            : `On veut faire grandir ${s.our} dans toute la région.`,
      ],
    },
    {
      id: "fr.idee",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Idée de business : ${s.bare} pour ${s.aud}.`,
        (s) => `J'ai une idée : ${s.a} pour ${s.aud}${at(s)}.`,
      ],
    },
    {
      id: "fr.familier",
      kind: "opener",
      frames: [
        (s) => `salut ! j'ai ${s.a}${at(s)} et il me faut un nom de domaine`,
        (s) => `Bonjour, je monte ${s.a}${at(s)}, des idées de nom ?`,
        (s) => `Coucou, vous auriez un nom sympa pour ${s.a} ?`,
      ],
    },
    {
      id: "fr.mots",
      kind: "minimal",
      frames: [
        (s) => `${s.bare} ${s.city || s.kw[0]}`,
        (s) => `${s.kw[0]} ${s.city || "en ligne"}`,
        (s) => `${s.bare} pour ${s.aud}`,
        (s) => `${s.a}${at(s)}`,
      ],
    },
    { id: "fr.liste", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `Au programme : ${s.kw[0]}, ${s.kw[1]} et ${s.kw[2]}.`,
      (s) => `Surtout ${s.kw[0]}, mais aussi ${s.kw[1]}.`,
      (s) => `Notre cœur de métier : ${s.kw[0]}.`,
    ],
    audience: [
      (s) => `C'est pensé pour ${s.aud}.`,
      (s) => `Public visé : ${s.aud}.`,
      (s) => `Nous travaillons surtout pour ${s.aud}.`,
    ],
    size: [
      () => `Pour l'instant, je suis toute seule.`,
      () => `C'est une entreprise familiale.`,
      (s) => `Nous sommes une équipe de ${s.team} personnes.`,
      (s) => `Nous avons déjà ${s.branches} établissements.`,
      () => `L'idée est de passer en franchise plus tard.`,
      () => `Nous venons de boucler une petite levée de fonds.`,
    ],
    values: [
      (s) => `Ce qui compte pour nous : ${s.value}.`,
      (s) => `Notre priorité, c'est ${s.value}.`,
      (s) => `On mise tout sur ${s.value}.`,
    ],
    vibe: [
      (s) => `Le nom doit sonner ${s.vibe[0]} et ${s.vibe[1]}.`,
      (s) => `Je cherche quelque chose de ${s.vibe[0]}, voire un peu ${s.vibe[1]}.`,
      (s) => `Style : ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Rien de banal, il faut que ça sonne ${s.vibe[0]}.`,
    ],
    history: [
      (s) => `Nous existons depuis ${s.years} ans.`,
      (s) => `Tout a commencé en ${s.year} comme projet perso.`,
      (s) => `C'est mon grand-père qui l'a ${ag(s, "fondé", "fondée")} en ${s.year}.`,
    ],
    online: [
      () => `Nous passons au numérique et il nous faut un site.`,
      () => `Nous voulons prendre les réservations en ligne.`,
      () => `L'essentiel des ventes se fera en ligne.`,
      () => `Il nous faut un domaine pour le nouveau site.`,
    ],
  },
  constraints: {
    short: ["court", "un nom court", "court et percutant"],
    maxLength: [(n) => `${n} lettres maximum`, (n) => `pas plus de ${n} caractères`, (n) => `${n} caractères max`],
    noDigits: ["sans chiffres", "pas de chiffres", "aucun chiffre"],
    noHyphens: ["sans tiret", "pas de tirets", "sans trait d'union"],
    tld: [(t) => `uniquement en ${t}`, (t) => `obligatoirement en ${t}`, (t) => `en ${t}`],
    mustInclude: [(w) => `avec le mot « ${w} »`, (w) => `qui contienne "${w}"`, (w) => `doit inclure '${w}'`],
    playful: ["ludique", "fun et décalé", "quelque chose de rigolo"],
    professional: ["professionnel", "sérieux et professionnel", "qui fasse corporate"],
    leads: ["Contraintes : ", "Conditions : ", "Important : ", "Impératif : "],
    or: "ou",
  },
  listLabels: {
    business: ["Activité", "Type", "Quoi"],
    location: ["Lieu", "Où", "Ville"],
    audience: ["Cible", "Clients", "Pour qui"],
    offer: ["Produits", "Services", "On vend"],
    vibe: ["Style", "Ton", "Ambiance"],
    constraints: ["Contraintes", "Règles", "Impératif"],
  },
  closers: ["Merci !", "Merci d'avance.", "Toutes les idées sont bienvenues !", "Bonne journée."],
};
