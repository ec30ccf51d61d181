/** The language packs, in LANGUAGES order. */
import type { LanguagePack } from "../pack.js";
import { DE } from "./de.js";
import { EN } from "./en.js";
import { ES } from "./es.js";
import { FR } from "./fr.js";
import { IT } from "./it.js";
import { PT } from "./pt.js";

export const PACKS: readonly LanguagePack[] = [EN, ES, FR, DE, PT, IT];
