/**
 * Length (code points of the label): the sweet spot is 5-10 characters (short enough to remember and
 * type, long enough to still be registrable and say something); it falls off on both sides, and past 15
 * the fall is steep (BrandBucket weighs length highest of all criteria). 11-15 fall gently, because
 * phrase names people like are often that long ("hideandstitch", "lapetitetheiere"). Table:
 *   len   1  2  3    4  5-10  11   12  13   14   15  16   17  18  19   20+
 *   score 1  3  5.5  8  10    9.5  9   8.2  7.2  6   3.5  2   1   0.5  0
 */
import type { LabelFacts } from "./analysis.js";
import { clamp10, type Sub } from "./reason.js";

const TABLE = [0, 1, 3, 5.5, 8, 10, 10, 10, 10, 10, 10, 9.5, 9, 8.2, 7.2, 6, 3.5, 2, 1, 0.5];

export function scoreLength(f: LabelFacts): Sub {
  const n = f.length;
  const score = clamp10(n < TABLE.length ? TABLE[n] : 0);
  let text: string;
  if (n >= 5 && n <= 10) text = `${n} letters: ideal length`;
  else if (n < 5) text = `${n} letter${n === 1 ? "" : "s"}: very short`;
  else if (n <= 15) text = `${n} letters: a bit long`;
  else text = `${n} letters: too long`;
  return { score, reasons: [{ text, impact: n >= 5 && n <= 10 ? 1 : Math.abs(10 - score) * 0.6 }] };
}
