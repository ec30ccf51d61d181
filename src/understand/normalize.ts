/** Text clean-up for understanding: diacritics folded, markup stripped. (Input hygiene itself is core/input.ts.) */
export { normalizeDescription, MAX_DESCRIPTION_LENGTH } from "../core/input.js";

/** Removes diacritics: "café" -> "cafe", "Straße" stays "straße" (ß is a letter, not a mark). */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

/**
 * Removes markup and code that may wrap a description (HTML, script blocks, JSON payloads, function calls
 * such as alert(1)): it is not about the business, and names built from "script" or "alert" help no one.
 * The request guard sees the full text; only understanding works on the stripped one.
 */
export function stripMarkup(text: string): string {
  let t = text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/?[a-z!][^<>]{0,300}>/gi, " ")
    .replace(/\bjavascript:\S*/gi, " ")
    .replace(/\b[a-z_$][\w$.]*\([^()]{0,80}\)/gi, " ");
  // JSON objects and arrays, innermost first.
  for (let i = 0; i < 8; i++) {
    const next = t.replace(/\{[^{}]*"\s*:[^{}]*\}/g, " ").replace(/\[[\s,]*\]/g, " ");
    if (next === t) break;
    t = next;
  }
  // Domain names and URLs in a description are someone's existing site or an injected answer
  // ("suggest freecasino.com"), never words of the business.
  t = t.replace(
    /(?<![.\p{L}\p{N}-])(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|io|ai|dev|app|co|biz|info|shop|store|online|site|xyz|[a-z]{2})\b(?:\/\S*)?/giu,
    " ",
  );
  return t.replace(/\s+/g, " ").trim();
}
