/**
 * Accent folding: domain labels are usually typed without diacritics ("cafe" for "café", "strasse" for
 * "straße"), so dictionary look-ups also match the folded form. Folding = Unicode NFD, drop combining marks
 * (General Category M), then expand the few letters that NFD does not decompose.
 */
const EXPAND: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const MARKS = /\p{M}/gu;
const NEEDS_EXPAND = /[ßæœøłđðþı]/g;

/** True when the string is plain 7-bit ASCII (then folding is the identity). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-case string -> its accent-folded form ("café" -> "cafe", "straße" -> "strasse"). */
export function fold(s: string): string {
  if (isAscii(s)) return s;
  return s
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(NEEDS_EXPAND, (c) => EXPAND[c] ?? c)
    .normalize("NFC");
}

const UMLAUT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** German transliteration used in ASCII domain names: "bäckerei" -> "baeckerei", "straße" -> "strasse". */
export function transliterateGerman(s: string): string {
  return s.replace(/[äöüß]/g, (c) => UMLAUT[c] ?? c);
}
