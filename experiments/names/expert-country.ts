/**
 * The country a description's naming expert wrote for: the country whose ccTLD ends half or more of the expert's ten
 * names, else null. Shared by place-recall.ts and country-tld-gap.ts.
 */
import { readFileSync } from "node:fs";

/** Two-letter endings used for their reading, not their country (.ai, .io, .co, .me, .tv, .fm, .ly, ...). */
const READ_AS_WORDS = ["ai", "io", "co", "me", "tv", "fm", "ly", "so", "to", "gg", "sh", "ac", "cc", "am"];

/** The country of a domain's ccTLD ("x.com.au" -> "au", "x.co.uk" -> "gb"), or null. */
export function domainCountry(domain: string): string | null {
  const tld = domain.slice(domain.indexOf(".") + 1);
  const m = /^(com|co|net|org|gov|edu|ac|or|ne)\.([a-z]{2})$/.exec(tld);
  if (m) return m[2] === "uk" ? "gb" : m[2]!;
  if (tld === "uk") return "gb";
  return /^[a-z]{2}$/.test(tld) && !READ_AS_WORDS.includes(tld) ? tld : null;
}

/** The expert's names of each description of a writer, by description id. */
export function expertNames(writer: string): Map<string, string[]> {
  const file = readFileSync(`data/sources/references/e${writer.slice(1)}-${writer}.jsonl`, "utf8");
  return new Map(
    file
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; names: string[] })
      .map((r) => [r.id, r.names]),
  );
}

/** The country half or more of these names' ccTLDs point at, or null. */
export function expertCountry(names: readonly string[]): string | null {
  const byCountry = new Map<string, number>();
  for (const n of names) {
    const c = domainCountry(n.toLowerCase());
    if (c) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  }
  const top = [...byCountry].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= names.length / 2 ? top[0] : null;
}
