/**
 * Street addresses in a description ("on Castle Street", "Queen St W", "rue de la Paix", "in via Roma 12",
 * "Hauptstraße 5"). The words of an address locate the business and say nothing about what it does, so they are
 * no naming concept: "castle", "queen", "market" or "fore" taken from a street name give names about castles,
 * queens and markets to a barber, a phone repairer, a nail bar and a dry cleaner.
 *
 * Only written conventions that mark an address are read: capitalised name words before an English street type
 * ("Street", "St", "Rd", ...), a Romance street type before capitalised name words, and German street compounds.
 * A lower-case street type ("the street food market", "a quiet road") marks nothing.
 */
import type { Language } from "../core/types.js";

/**
 * English street types, as written after the street's name (abbreviations with or without a full stop). Types that
 * capitalised prose uses for other things are left out: "A Better Way", "Google Drive", "Supreme Court", "Town
 * Square", "Dr" for a doctor.
 */
const EN_TYPES = "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Terrace|Parade|Crescent|Highway|Hwy|Sq|Mews";
/** A name word: capitalised, letters only after the first (so "WhatsApp" or "iPhone" are not street names). */
const NAME = "(?:\\p{Lu}[\\p{Ll}'’]+|\\d{1,3}(?:st|nd|rd|th))";
const EN_ADDRESS = new RegExp(
  `(?:${NAME}[ -]){1,3}(?:${EN_TYPES})\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\b)?(?![\\p{L}])`,
  "gu",
);

/** Romance street types, written before the name, and the joining words that may follow them. */
const ROMANCE: Partial<Record<Language, { types: string; joins: string }>> = {
  fr: { types: "rue|avenue|av|boulevard|bd|place|chemin|quai|allée|impasse|cours", joins: "de la|de l'|du|des|de|d'" },
  es: {
    types: "calle|c/|avenida|avda|av|paseo|plaza|carrera|camino|ronda|travesía|glorieta",
    joins: "de la|de los|de las|del|de",
  },
  pt: {
    types: "rua|avenida|av|travessa|largo|praça|estrada|alameda|calçada",
    joins: "da|do|das|dos|de",
  },
  // "via" is also "by way of" ("prenotazioni via WhatsApp"): read as a street only after "in" (below).
  it: { types: "viale|corso|piazza|piazzale|vicolo|largo|strada|via", joins: "della|dello|delle|degli|dei|del|di|de" },
};

/**
 * German streets: a "-straße" or "-gasse" compound ("Hauptstraße"), or "X Straße", with or without a number; the
 * endings that also make ordinary nouns ("Marktplatz", "Arbeitsplatz", "Lebensweg", "Therapieplatz") only with a
 * house number after them ("Lindenallee 4").
 */
const DE_ADDRESS =
  /\p{Lu}[\p{Ll}äöüß-]*(?:straße|strasse|str\.|gasse)(?:\s+\d+[a-z]?)?(?![\p{L}])|\p{Lu}[\p{Ll}äöüß]+ (?:Straße|Strasse|Gasse)(?![\p{L}])|\p{Lu}[\p{Ll}äöüß-]*(?:weg|allee|platz|ring|damm|ufer|chaussee)\s+\d+[a-z]?(?![\p{L}])/gu;

/**
 * `text` with every street address (its name words and street type, and a German house number) taken out, for the
 * keywords to be read from. Taking out the span, not its words, keeps a word the text also uses elsewhere: "a
 * farmers' market on Market Street" still says "market".
 */
export function withoutStreetAddresses(text: string, language: Language): string {
  let out = text.replace(EN_ADDRESS, " ");
  const romance = ROMANCE[language];
  if (romance) {
    // A street type is written lower case or capitalised; the name after it only capitalised ("rue de la Paix",
    // never "rue de la ville").
    const either = (alternatives: string): string =>
      alternatives
        .split("|")
        .map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`)
        .join("|");
    const re = new RegExp(
      `(?<![\\p{L}])([Ii]n\\s+)?(${either(romance.types)})\\.?\\s+(?:(?:${romance.joins})\\s*)?(?:${NAME}\\s?){1,3}`,
      "gu",
    );
    out = out.replace(re, (span: string, inWord: string | undefined, type: string) =>
      language === "it" && type.toLowerCase() === "via" && !inWord ? span : `${inWord ?? ""} `,
    );
  }
  if (language === "de") out = out.replace(DE_ADDRESS, " ");
  return out;
}
