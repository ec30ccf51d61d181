import { NamewrightError } from "../../core/errors.js";

/** Statistics asked of data that cannot give them (mismatched pairs, too few items, non-finite values). */
export class StatsError extends NamewrightError {}

export function assertFiniteArray(name: string, xs: readonly number[]): void {
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]))
      throw new StatsError("stats_non_finite", `${name}[${i}] is ${xs[i]}; every value must be a finite number`);
  }
}

export function assertPaired(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length)
    throw new StatsError(
      "stats_unpaired",
      `paired statistics need equal lengths, got ${a.length} and ${b.length}; align both runs on the same item ids`,
    );
  assertFiniteArray("a", a);
  assertFiniteArray("b", b);
}
