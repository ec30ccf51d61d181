/**
 * Safety sub-score: cheap, local signals only. The real guard is src/safety (obscene substrings,
 * trademarks, confusable characters), which filters names before they are ranked; this sub-score only
 * lowers names whose shape looks like abuse:
 *   -3   digits that imitate letters between letters ("paypa1", "g00gle"): the phishing pattern
 *   -6   letters from more than one script (Latin + Cyrillic/Greek): homograph risk
 *   -1.5 two or more hyphens ("best-cheap-deals"), -3 a hyphen at either end
 *   -2   a character repeated 4+ times; -2 "xn--" inside a Unicode label; -4 characters a label cannot hold
 */
import type { LabelFacts } from "./analysis.js";
import { clamp10, type Reason, type Sub } from "./reason.js";

const SCRIPTS: [string, RegExp][] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
];

export function scoreSafety(f: LabelFacts): Sub {
  const reasons: Reason[] = [];
  let s = 10;
  const label = f.label;
  if (f.digits > 0 && /\p{L}[01358]+\p{L}|\p{L}{2,}[01]$/u.test(label)) {
    s -= 3;
    reasons.push({ text: "digits posing as letters", impact: 3 });
  }
  if (!/^[a-z0-9-]*$/.test(label)) {
    const scripts = SCRIPTS.filter(([, re]) => re.test(label)).length;
    if (scripts > 1) {
      s -= 6;
      reasons.push({ text: "mixed scripts (homograph risk)", impact: 6 });
    }
    if (label.includes("xn--")) {
      s -= 2;
      reasons.push({ text: "punycode inside a Unicode label", impact: 2 });
    }
  }
  if (f.hyphens >= 2) {
    s -= 1.5;
    reasons.push({ text: "hyphen-heavy", impact: 1.5 });
  }
  if (label.startsWith("-") || label.endsWith("-")) {
    s -= 3;
    reasons.push({ text: "hyphen at an end", impact: 3 });
  }
  if (/(.)\1{3,}/u.test(label)) {
    s -= 2;
    reasons.push({ text: "character repeated 4+ times", impact: 2 });
  }
  if (f.odd > 0) {
    s -= 4;
    reasons.push({ text: "characters a domain label cannot hold", impact: 4 });
  }
  return { score: clamp10(s), reasons };
}
