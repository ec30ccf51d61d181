/**
 * A request that is nothing but the name of a town ("Tokyo", "Dubai", "Cần Thơ") describes no business, so it
 * cannot describe a harmful one; yet a classifier trained on harmful records that name such places ("a Dubai
 * recruitment agency that keeps the workers' passports") learns the place as weak evidence and, on the bare name,
 * lands near its threshold. For such a request the guard lets the rules decide alone.
 *
 * Only when nothing in the text is a rule trigger or a harm concept word: "Ganja" is a city of Azerbaijan and a
 * cannabis word, and its rule still fires, so the classifier keeps its say there too.
 *
 * The gazetteer is the name-finder's (data/built/places/cities.tsv: every city of 5,000 people or more, names
 * folded). It is read here rather than through src/understand because the guard sits below understanding in the
 * layering; only the first column is used.
 */
import { readFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";
import { conceptFeatures } from "./concepts.js";
import type { NormalizedText } from "./normalize.js";
import { SafetyDataError } from "./errors.js";

let cityNames: Set<string> | undefined;
/** Any character outside printable ASCII (the file holds no control characters). */
const NON_ASCII = /[^ -~]/;

function cities(): Set<string> {
  if (cityNames) return cityNames;
  const path = builtPath("places", "cities.tsv");
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}`);
  }
  // The first column of each line, read in place (no array of lines: this runs once, but on a request's path). The
  // file is folded already but for letters that do not decompose ("tromsø"); ASCII names are kept as they are.
  const names = new Set<string>();
  for (let start = 0; start < raw.length;) {
    const tab = raw.indexOf("\t", start);
    const end = raw.indexOf("\n", start);
    if (tab < 0) break;
    if (end >= 0 && end < tab) {
      start = end + 1;
      continue;
    }
    const name = raw.slice(start, tab);
    if (name.length > 0) names.add(NON_ASCII.test(name) ? foldName(name) : name);
    if (end < 0) break;
    start = end + 1;
  }
  cityNames = names;
  return names;
}

/**
 * One key for a gazetteer name and a normalised request: no diacritics, lower case, runs of anything but letters
 * and digits one space, and the letters that do not decompose spelled as the request normaliser spells them
 * (the gazetteer keeps "tromsø", the normaliser writes "tromso"). The names get the normaliser's letter mapping
 * but not its undoing of obfuscations (leetspeak, homoglyphs, spacing), which is meant for requests, not for a
 * list of names.
 */
function foldName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * True when the whole request, normalised, is one town of the gazetteer and neither a rule (`firedRules`) nor a
 * harm concept word is found in it.
 */
export function isPlaceAlone(t: NormalizedText, firedRules: readonly string[]): boolean {
  if (firedRules.length > 0 || t.text.length > 60) return false;
  const name = foldName(t.text);
  return name.length > 0 && cities().has(name) && conceptFeatures(t).length === 0;
}

export function warmPlaces(): void {
  cities();
}
