/**
 * Small helpers over domain names used by metrics and judges.
 */
import { isRegistrableSuffix } from "../domain/index.js";

/**
 * Splits "brew-bean.co.uk" into label "brew-bean" and public suffix "co.uk": the longest suffix of the
 * dotted tail that is a registrable public suffix, else the last dot-separated part.
 */
export function splitDomain(domain: string): { label: string; tld: string } {
  const parts = String(domain).toLowerCase().replace(/\.$/, "").split(".");
  if (parts.length < 2) return { label: parts[0] ?? "", tld: "" };
  for (let i = 1; i < parts.length; i++) {
    const suffix = parts.slice(i).join(".");
    if (isRegistrableSuffix(suffix)) return { label: parts.slice(0, i).join("."), tld: suffix };
  }
  return { label: parts.slice(0, -1).join("."), tld: parts[parts.length - 1] };
}
