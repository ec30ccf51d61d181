/**
 * Real users type fast: typos, no accents, no capitals, shouting, emojis, stray spaces. These
 * transforms make a clean description messy without touching what a constraint depends on (quoted
 * words, ".tld" tokens and numbers stay intact, so the record's structured constraints stay true).
 */
import type { Rng } from "../core/random.js";
import type { MessyKind } from "./types.js";

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: "qsz",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "wa",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  w: "qe",
  x: "zc",
  y: "tu",
  z: "xa",
};

const EMOJI_BY_SECTOR: Record<string, string[]> = {
  food_drink: ["☕", "🍕", "🍰", "🍺", "🍷", "🥐", "🍦", "🥗"],
  retail: ["🛍️", "📚", "💐", "🎁", "🛒"],
  fashion: ["👗", "👠", "💍", "🧵", "👓"],
  beauty: ["💅", "💇", "✂️", "💄", "🌸"],
  software: ["💻", "🚀", "🤖", "📱", "⚙️"],
  security: ["🔒", "🛡️", "🔐"],
  finance: ["💰", "📈", "💳", "🪙"],
  pets: ["🐶", "🐱", "🐾"],
  health: ["🩺", "💊", "🦷", "❤️"],
  wellness_fitness: ["💪", "🧘", "🏋️"],
  travel_hospitality: ["✈️", "🏨", "🌍", "🏕️"],
  agriculture: ["🌱", "🐝", "🌾", "🧀"],
  energy: ["☀️", "⚡", "🌬️"],
  events: ["🎉", "💒", "🎧"],
  entertainment: ["🎮", "🎲", "🎸"],
  sports_recreation: ["⚽", "🏄", "🚲", "🥋"],
  family: ["👶", "🧸", "👵"],
};
const EMOJI_GENERIC = ["✨", "🙏", "😊", "🔥", "👍", "💡", "🙌", "😅"];

/** Tokens whose exact spelling a constraint relies on. */
function isProtected(token: string): boolean {
  return /["'«»„“”‘’]/.test(token) || /\.[a-z]/i.test(token) || /\d/.test(token);
}

function typo(rng: Rng, w: string): string {
  const i = rng.int(1, w.length - 2);
  switch (rng.int(0, 3)) {
    case 0: // swap two neighbours
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    case 1: // drop a letter
      return w.slice(0, i) + w.slice(i + 1);
    case 2: // double a letter
      return w.slice(0, i) + w[i] + w.slice(i);
    default: {
      // hit a neighbouring key
      const near = KEYBOARD_NEIGHBOURS[w[i].toLowerCase()];
      return near ? w.slice(0, i) + rng.pick([...near]) + w.slice(i + 1) : w;
    }
  }
}

function addTypos(rng: Rng, text: string): string {
  const tokens = text.split(/(\s+)/);
  const candidates = tokens
    .map((t, i) => (/^[\p{L}]{5,}[,.!?]?$/u.test(t) && !isProtected(t) ? i : -1))
    .filter((i) => i >= 0);
  for (const i of rng.sample(candidates, rng.int(1, 3))) {
    const m = /^([\p{L}]+)(.*)$/u.exec(tokens[i]);
    if (m) tokens[i] = typo(rng, m[1]) + m[2];
  }
  return tokens.join("");
}

/** German typists without umlaut keys write ae/oe/ue/ss; everyone else just drops the accents. */
function stripAccentsFor(lang: string, rng: Rng, text: string): string {
  if (lang === "de" && rng.chance(0.6)) {
    const map: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
    text = text.replace(/[äöüÄÖÜß]/g, (c) => map[c]);
  }
  return stripAccents(text);
}

function stripAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

function addEmoji(rng: Rng, text: string, sector: string): string {
  const pool = [...(EMOJI_BY_SECTOR[sector] ?? []), ...EMOJI_GENERIC];
  const count = rng.int(1, 3);
  let out = text;
  for (let k = 0; k < count; k++) {
    const e = rng.pick(pool);
    out = rng.chance(0.7) ? `${out} ${e}` : `${e} ${out}`;
  }
  return out;
}

function messSpacing(rng: Rng, text: string): string {
  let out = text.replace(/ /g, () => (rng.chance(0.08) ? "  " : " "));
  if (rng.chance(0.5)) out = out.replace(/([!?.])$/, "$1$1$1");
  if (rng.chance(0.5)) out = `  ${out}  `;
  return out;
}

/** Applies 1-2 kinds of messiness with probability `p`; returns the text and the kinds applied. */
export function makeMessy(
  rng: Rng,
  text: string,
  sector: string,
  lang: string,
  p: number,
): { text: string; messy: MessyKind[] } {
  if (!rng.chance(p)) return { text, messy: [] };
  const pool: MessyKind[] = ["typos", "typos", "lowercase", "lowercase", "emoji", "emoji", "spacing", "all_caps"];
  if (stripAccents(text) !== text) pool.push("no_accents", "no_accents", "no_accents");
  const kinds = new Set<MessyKind>();
  const n = rng.chance(0.35) ? 2 : 1;
  while (kinds.size < n) {
    const k = rng.pick(pool);
    if ((k === "lowercase" && kinds.has("all_caps")) || (k === "all_caps" && kinds.has("lowercase"))) continue;
    kinds.add(k);
  }
  let out = text;
  // Order matters: typos before case changes, emoji and spacing last.
  if (kinds.has("typos")) out = addTypos(rng, out);
  if (kinds.has("no_accents")) out = stripAccentsFor(lang, rng, out);
  if (kinds.has("lowercase"))
    out = out
      .toLowerCase()
      .replace(/[.!?¿¡]+(\s|$)/g, "$1")
      .trim();
  if (kinds.has("all_caps")) out = out.toUpperCase();
  if (kinds.has("emoji")) out = addEmoji(rng, out, sector);
  if (kinds.has("spacing")) out = messSpacing(rng, out);
  return { text: out, messy: [...kinds].sort() };
}
