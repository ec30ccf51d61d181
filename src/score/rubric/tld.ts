/**
 * TLD fit: does the TLD suit this business and this place?
 *   a TLD the user asked for                  10
 *   com                                       10   (the default people type)
 *   topical gTLD that matches                 9    (.coffee for a coffee shop: the industry's TLDs, or a
 *                                                  TLD equal to a keyword / industry word)
 *   io, ai, dev, app, tech... for software    8-9.5 (.io 9.5; .ai 9.5 when the description mentions AI,
 *                                                  .dev for developer tools, .app for apps; else 8-8.5)
 *   the country's ccTLD                       10 when the location names that country (a Munich bakery is as
 *                                                  well served by .de as by .com); 9 when only the language
 *                                                  points there (.de for a German description)
 *   net 7, org 7 (9 for non-profits), co 6.5, me 6, tv/fm 8.5 for media else 5
 *   io/ai/dev/app for a business that is not software: 4-5 (misused)
 *   another country's ccTLD: 3 (misleading about where the business is)
 *   any other gTLD that has nothing to do with the business: 4
 * Public suffixes such as co.uk are read by their last label (uk -> country gb).
 */
import type { RubricContext } from "./context.js";
import { clamp10, type Sub } from "./reason.js";

const TECH: Readonly<Record<string, [software: number, other: number]>> = {
  io: [9.5, 5],
  ai: [9, 4],
  dev: [8.5, 3.5],
  app: [8.5, 4.5],
  tech: [8, 4],
  software: [8, 3],
  cloud: [7.5, 3],
  tools: [7.5, 3.5],
  so: [6.5, 3],
  sh: [6.5, 3],
};
const MEDIA_SECTORS = new Set(["creative_media", "entertainment"]);
const CC_COUNTRY: Readonly<Record<string, string>> = { uk: "gb" };

function r(score: number, text: string, impact = Math.abs(score - 7)): Sub {
  return { score: clamp10(score), reasons: [{ text, impact }] };
}

export function scoreTldFit(tldRaw: string, ctx: RubricContext): Sub {
  const tld = tldRaw.toLowerCase().replace(/^\./, "");
  const last = tld.includes(".") ? tld.slice(tld.lastIndexOf(".") + 1) : tld;
  const sector = ctx.industry?.sector ?? "";
  const who = ctx.industryLabel ? `a ${ctx.industryLabel}` : "this business";

  if (ctx.requestedTlds.includes(tld)) return r(10, `.${tld}: the TLD you asked for`, 1.5);
  if (tld === "com") return r(10, ".com: the default everyone types", 1.5);
  const topical = (ctx.industry?.tlds ?? []).includes(tld) || ctx.topicalForms.has(tld);
  if (topical && !(tld in TECH)) return r(9, `.${tld} fits ${who}`);
  const tech = TECH[tld];
  if (tech) {
    if (ctx.software) {
      // The specialised ones fit best where they say exactly what the product is.
      if (tld === "ai" && ctx.ai) return r(9.5, ".ai fits an AI product");
      if (tld === "dev" && ctx.devTools) return r(9.5, ".dev fits a developer tool");
      if (tld === "app" && ctx.mobileApp) return r(9.5, ".app fits an app");
      const s = tld === "ai" ? 8 : tld === "io" && ctx.ai ? 9 : tech[0];
      return r(s, `.${tld} fits a software business`);
    }
    return r(tech[1], `.${tld} suggests software`);
  }
  if (last.length === 2) {
    const country = CC_COUNTRY[last] ?? last;
    if (ctx.locationCountry === country) return r(10, `.${tld} matches the location`, 3);
    if (!ctx.locationCountry && ctx.languageCountries.includes(country)) return r(9, `.${tld} matches the language`);
    if (tld === "co") return r(6.5, ".co: reads as company");
    if (tld === "me") return r(6, ".me: personal");
    if (tld === "tv" || tld === "fm")
      return MEDIA_SECTORS.has(sector) ? r(8.5, `.${tld} fits media`) : r(5, `.${tld} is for media`);
    return r(3, `.${tld} points to another country`);
  }
  if (tld === "net") return r(7, ".net: a classic alternative");
  if (tld === "org")
    return sector === "nonprofit" ? r(9, ".org fits a non-profit") : r(7, ".org suggests a non-profit");
  if (topical) return r(9, `.${tld} fits ${who}`);
  return r(4, `.${tld} has no link to the business`);
}
