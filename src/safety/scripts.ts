/**
 * UTS #39 §5.2 restriction levels for a label, from Unicode Script_Extensions (JS \p{scx=...}).
 * Resolved script set = intersection over the label's characters of their augmented script sets
 * (Common and Inherited count as "all scripts"; Han is augmented with Jpan, Kore and Hanb; Hiragana
 * and Katakana with Jpan; Hangul with Kore; Bopomofo with Hanb, per UTS #39 §5.1).
 *   ascii             - only ASCII
 *   single_script     - resolved set non-empty
 *   highly_restrictive- Latin plus Han with Hiragana/Katakana, Bopomofo or Hangul
 *   moderately_restrictive - Latin plus one other Recommended script except Cyrillic and Greek
 *   minimally_restrictive  - anything else (e.g. Latin + Cyrillic: the classic homograph attack)
 */
import { hasNonAscii } from "./normalize.js";

export type RestrictionLevel =
  "ascii" | "single_script" | "highly_restrictive" | "moderately_restrictive" | "minimally_restrictive";

const SCRIPTS = [
  "Latn",
  "Grek",
  "Cyrl",
  "Armn",
  "Hebr",
  "Arab",
  "Deva",
  "Beng",
  "Guru",
  "Gujr",
  "Orya",
  "Taml",
  "Telu",
  "Knda",
  "Mlym",
  "Sinh",
  "Thai",
  "Laoo",
  "Tibt",
  "Mymr",
  "Geor",
  "Hang",
  "Ethi",
  "Khmr",
  "Mong",
  "Hira",
  "Kana",
  "Bopo",
  "Hani",
] as const;
type Script = (typeof SCRIPTS)[number] | "Jpan" | "Kore" | "Hanb";

const SCRIPT_RE = new Map<string, RegExp>(SCRIPTS.map((s) => [s, new RegExp(`\\p{scx=${s}}`, "u")]));
const COMMON_RE = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u;

function augmentedScripts(ch: string): Set<Script> | null {
  if (COMMON_RE.test(ch)) return null; // Common / Inherited: compatible with every script
  const out = new Set<Script>();
  for (const [s, re] of SCRIPT_RE) if (re.test(ch)) out.add(s as Script);
  if (out.has("Hani")) ["Jpan", "Kore", "Hanb"].forEach((s) => out.add(s as Script));
  if (out.has("Hira") || out.has("Kana")) out.add("Jpan");
  if (out.has("Hang")) out.add("Kore");
  if (out.has("Bopo")) out.add("Hanb");
  if (out.size === 0) out.add("Zzzz" as Script); // unknown script: matches nothing else
  return out;
}

function resolve(chars: string[]): Set<Script> | "all" {
  let acc: Set<Script> | "all" = "all";
  for (const ch of chars) {
    const s = augmentedScripts(ch);
    if (s === null) continue;
    if (acc === "all") acc = new Set(s);
    else {
      const prev: Set<Script> = acc;
      acc = new Set([...prev].filter((x) => s.has(x)));
    }
  }
  return acc;
}

export function restrictionLevel(label: string): RestrictionLevel {
  if (!hasNonAscii(label)) return "ascii";
  const chars = [...label.normalize("NFC")];
  const all = resolve(chars);
  if (all === "all" || all.size > 0) return "single_script";
  // Without the Latin characters, the rest must be one of Jpan / Hanb / Kore.
  const nonLatin = chars.filter((ch) => !/\p{scx=Latn}/u.test(ch));
  const rest = resolve(nonLatin);
  if (rest === "all" || rest.has("Jpan") || rest.has("Hanb") || rest.has("Kore")) return "highly_restrictive";
  if (rest.size > 0 && !rest.has("Cyrl") && !rest.has("Grek")) return "moderately_restrictive";
  return "minimally_restrictive";
}

/** The scripts present in a label, for messages ("Latin+Cyrillic"). */
export function scriptsOf(label: string): string[] {
  const names: Record<string, string> = {
    Latn: "Latin",
    Grek: "Greek",
    Cyrl: "Cyrillic",
    Hani: "Han",
    Hira: "Hiragana",
    Kana: "Katakana",
    Hang: "Hangul",
    Arab: "Arabic",
    Hebr: "Hebrew",
  };
  const out = new Set<string>();
  for (const ch of label) {
    const s = augmentedScripts(ch);
    if (s === null) continue;
    for (const x of s) if (SCRIPTS.includes(x as (typeof SCRIPTS)[number])) out.add(names[x] ?? x);
  }
  return [...out];
}
