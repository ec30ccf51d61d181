/**
 * Morphemes that domain names use on purpose although most dictionaries lack them or list them only as
 * rare words: business suffixes ("hq", "inc"), tech endings ("io", "ai", "ly", "ify", "app"). Segmentation
 * counts them as meaningful pieces ("getcoffeehq" -> get + coffee + hq) and the rubric reads them as
 * intentional rather than as noise. Small and hand-chosen by design: each entry is a convention of naming,
 * not a word of a language.
 */
export const DOMAIN_MORPHEMES: readonly string[] = [
  "hq",
  "inc",
  "llc",
  "co",
  "io",
  "ai",
  "ly",
  "ify",
  "app",
  "apps",
  "hub",
  "lab",
  "labs",
  "bot",
  "kit",
  "ster",
  "ista",
  "ology",
  "ery",
  "ville",
  "scape",
  "verse",
  "tastic",
  "zilla",
  "ium",
  "eo",
  "ix",
  "oo",
  "get",
  "try",
  "go",
  "my",
  "the",
  "pro",
  "web",
  "net",
  "tech",
  "tek",
  "dev",
  "api",
  "ops",
  "box",
];

/** Morphemes said letter by letter ("H-Q", "A-I"): phonotactics must not judge them as a syllable. */
export const SPELLED_MORPHEMES: ReadonlySet<string> = new Set(["hq", "llc", "io", "ai", "api"]);
