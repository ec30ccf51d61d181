import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  validateDomain,
  isValidDomain,
  asciiLabelProblem,
  ianaListDate,
  isRegistrableSuffix,
  toAsciiName,
} from "../../src/domain/index.js";

test("accepts ordinary, IDN and public-suffix names and gives both forms", () => {
  assert.equal(validateDomain("brewbean.com").ascii, "brewbean.com");
  const cafe = validateDomain("café.fr");
  assert.equal(cafe.valid, true);
  assert.equal(cafe.ascii, "xn--caf-dma.fr");
  assert.equal(cafe.unicode, "café.fr");
  assert.equal(validateDomain("xn--caf-dma.fr").unicode, "café.fr");
  assert.equal(isValidDomain("shop.co.uk"), true);
  assert.equal(isValidDomain("BrewBean.COM"), true);
  assert.equal(isValidDomain("123bakery.com"), true, "RFC 1123 allows a leading digit");
  // IDNA2008 (non-transitional): ß is kept, not mapped to ss.
  assert.equal(validateDomain("straße.de").ascii, "xn--strae-oqa.de");
});

test("rejects LDH, hyphen, length and TLD violations with a precise code", () => {
  const code = (n: string) => validateDomain(n).errors[0]?.code;
  assert.equal(code("-brew.com"), "hyphen_edge");
  assert.equal(code("brew-.com"), "hyphen_edge");
  assert.equal(code("ab--cd.com"), "reserved_hyphens");
  assert.equal(code("a".repeat(64) + ".com"), "label_too_long");
  assert.equal(code("brew.notatld"), "unknown_tld");
  assert.equal(code("co.uk"), "not_registrable");
  assert.equal(code("a.b.com"), "not_registrable");
  assert.equal(code("com"), "not_registrable");
  assert.equal(code(""), "empty");
  assert.equal(code("brew bean.com"), "idna_error");
  assert.equal(code("brew_bean.com"), "idna_error");
  assert.equal(isValidDomain("xn--abc.com"), false, "an invalid A-label is rejected");
  const long = Array.from({ length: 5 }, () => "a".repeat(60)).join(".") + ".com";
  assert.equal(validateDomain(long).valid, false);
});

test("the IANA list ships with its date and knows topical and country TLDs", () => {
  assert.match(ianaListDate(), /^\d{4}-\d{2}-\d{2}$/);
  for (const t of ["com", "io", "coffee", "de", "co.uk", "com.br"]) assert.equal(isRegistrableSuffix(t), true, t);
  for (const t of ["notatld", "uk.co", ""]) assert.equal(isRegistrableSuffix(t), false, t);
});

test("property: a name that validates has LDH labels within the length limits", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "grapheme", maxLength: 70 }),
      fc.constantFrom("com", "io", "de", "co.uk", "fr"),
      (label, tld) => {
        const v = validateDomain(`${label}.${tld}`);
        if (!v.valid) return true;
        const ascii = v.ascii!;
        assert.ok(ascii.length <= 253);
        for (const l of ascii.split(".")) assert.equal(asciiLabelProblem(l), null, `${ascii}: ${l}`);
        assert.ok(ascii.endsWith(`.${tld}`));
        return true;
      },
    ),
    { numRuns: 2000 },
  );
});

test("property: random Unicode never throws from validation or mapping", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
      validateDomain(s);
      toAsciiName(s);
      return true;
    }),
    { numRuns: 2000 },
  );
});

test("property: LDH labels of 1-63 characters without edge hyphens are valid under .com", () => {
  const ldh = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/).filter((s) => s.slice(2, 4) !== "--");
  fc.assert(
    fc.property(ldh, (label) => isValidDomain(`${label}.com`)),
    { numRuns: 1000 },
  );
});
