/** The writers' notes are free text; the words they ask to avoid are read with this heuristic (scoring only). */
import { foldDiacritics } from "../../src/understand/index.js";

/** Words a note asks to avoid: quoted words after avoid / no / not / without / never. */
export function avoidedWords(note: string): string[] {
  const out: string[] = [];
  for (const m of note.matchAll(/\b(?:avoid|no|not|without|never|nothing with|must not contain|ohne|sin|sans|senza|sem)\b([^;]*)/gi))
    for (const q of m[1].matchAll(/['"‘’“”«]([^'"‘’“”»]{2,30})['"‘’“”»]/g)) out.push(q[1]);
  return out.map((w) => foldDiacritics(w.toLowerCase()).replace(/[^a-z0-9]/g, "")).filter((w) => w.length >= 2);
}
