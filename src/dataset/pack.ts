/**
 * What a language contributes to the dataset: places, audiences, values, style words, adjectives,
 * opener template families, detail sentences and constraint phrases, all written natively for that
 * language (not translated frame by frame). Frames are functions of the slots, so agreement and word
 * order stay in the language's own hands.
 */
import type { SupportedLanguage } from "../core/types.js";
import type { Gender } from "../taxonomy/index.js";
import type { Adjective } from "./grammar.js";

export interface Place {
  /** As written in the text ("Sevilla", "München"). */
  name: string;
  /** Locative phrase with its preposition ("en Sevilla", "no Porto", "im Allgäu"). */
  loc: string;
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
  /** The country's name in this language ("España"). */
  countryName: string;
  /** Registrable suffix people there use ("es", "co.uk", "com.br"). */
  cctld: string;
}

/** The filled slots one description is written from. */
export interface Slots {
  /** Indefinite noun phrase, maybe with an adjective ("una pequeña cafetería"); German cases too. */
  a: string;
  aAcc: string;
  aDat: string;
  /** Definite noun phrase without adjective ("la cafetería"). */
  the: string;
  theAcc: string;
  theDat: string;
  my: string;
  myAcc: string;
  myDat: string;
  our: string;
  ourAcc: string;
  ourDat: string;
  /** The bare business noun as written ("cafetería", "Café"). */
  bare: string;
  /** Grammatical gender of the business noun (for agreeing participles: "pensada para"). */
  g: Gender;
  /** "en Sevilla" (no leading space), or "" when no place is named. */
  loc: string;
  /** "Sevilla", or "" when no place is named. */
  city: string;
  /** Country name, or "" when no place is named. */
  country: string;
  /** Audience ("familias jóvenes"). */
  aud: string;
  /** Three other industry keywords as written. */
  kw: string[];
  /** Two style words, predicative masculine singular ("cálido", "moderno"). */
  vibe: string[];
  /** A value the business cares about ("la sostenibilidad"). */
  value: string;
  /** "next spring"-like time phrase. */
  when: string;
  years: number;
  year: number;
  team: number;
  branches: number;
}

export type Frame = (s: Slots) => string;

export interface TemplateFamily {
  /** "es.busco_nombre": language + frame family. */
  id: string;
  /** minimal: 3-6 words; opener: first sentence of a description; list: labelled lines. */
  kind: "minimal" | "opener" | "list";
  frames: Frame[];
  /** The business does not exist yet (opening, idea): no history sentences follow. */
  fresh?: boolean;
}

export type DetailKind = "offer" | "audience" | "size" | "values" | "vibe" | "history" | "online";
export const DETAIL_KINDS: readonly DetailKind[] = ["offer", "audience", "size", "values", "vibe", "history", "online"];

/** Fragments naming one constraint; joined into a sentence by the builder. */
export interface ConstraintPhrases {
  short: string[];
  maxLength: ((n: number) => string)[];
  noDigits: string[];
  noHyphens: string[];
  /** `tld` is already written with dots and the language's "or" (".com o .es"). */
  tld: ((tld: string) => string)[];
  mustInclude: ((word: string) => string)[];
  playful: string[];
  professional: string[];
  /** How a run of fragments is introduced ("Requisitos: ", "Bitte: "). */
  leads: string[];
  /** The word for "or" between TLDs. */
  or: string;
}

export interface ListLabels {
  business: string[];
  location: string[];
  audience: string[];
  offer: string[];
  vibe: string[];
  constraints: string[];
}

export interface LanguagePack {
  lang: SupportedLanguage;
  places: Place[];
  adjectives: Adjective[];
  audiences: string[];
  values: string[];
  vibes: string[];
  whens: string[];
  families: TemplateFamily[];
  details: Record<DetailKind, Frame[]>;
  constraints: ConstraintPhrases;
  listLabels: ListLabels;
  /** Optional sign-offs for longer texts ("Thanks!"). */
  closers: string[];
}

/** " en Sevilla" with a leading space, or "" when the description names no place. */
export function at(s: Slots): string {
  return s.loc ? ` ${s.loc}` : "";
}

/** The masculine or feminine form, agreeing with the business noun. */
export function agree(s: Slots, m: string, f: string): string {
  return s.g === "f" ? f : m;
}
