/**
 * The formulas a request is signed off with, in the six languages ("gracias", "merci d'avance", "grazie mille",
 * "danke im Voraus", "s'il vous plaît", "por favor"): they say nothing about the business, and their words read as
 * concepts outside English ("gracia", "avance", "mille", "voraus" made names). Blanked before keywords are read.
 * Multi-word and anchored forms only where a word alone is a word of trade ("avance", "mille", "favor").
 */
const FORMULAS: readonly string[] = [
  // English ("please" is a stop word already).
  String.raw`(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so\s+much|a\s+lot))?(?:\s+in\s+advance)?`,
  String.raw`thx|tia`,
  // Spanish and Portuguese.
  String.raw`(?:muchas\s+)?gracias(?:\s+(?:de\s+antemano|por\s+adelantado))?`,
  String.raw`por\s+favor|porfa`,
  String.raw`(?:muito\s+)?obrigad[oa]s?(?:\s+desde\s+já)?|desde\s+já|valeu|vlw`,
  // French.
  String.raw`merci(?:\s+beaucoup)?(?:\s+(?:d['’]avance|par\s+avance))?|s['’]il\s+(?:vous|te)\s+pla[iî]t|svp|stp`,
  // Italian.
  String.raw`grazie(?:\s+mille)?(?:\s+in\s+anticipo)?|per\s+(?:favore|piacere)`,
  // German.
  String.raw`(?:vielen\s+)?dank(?:e(?:schön|schoen)?)?(?:\s+im\s+voraus)?|bitte(?:\s+schön)?`,
];

const POLITENESS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FORMULAS.join("|")})(?![\p{L}\p{N}])`, "giu");

/** The text with its sign-off formulas blanked by spaces of the same length (offsets stay valid). */
export function blankPoliteness(text: string): string {
  return text.replace(POLITENESS, (m) => " ".repeat(m.length));
}
