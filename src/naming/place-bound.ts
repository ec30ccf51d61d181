/**
 * Expert names bound to their business's place (data/built/naming/place-bound.json, built by
 * scripts/build-place-bound.ts from the place checkers' verdicts in data/sources/naming-place-bound; BRIEF.md there).
 * An expert naming a landlord in Sacramento writes "sactownkeys", one naming a hot-sauce maker in Baton Rouge
 * "redsticksauce": apt there, misleading anywhere else, and the crafted generator borrows whole names from such
 * neighbours for businesses in other places. The gazetteer catches a piece that spells a town; these verdicts catch
 * nicknames, landmarks, local symbols and dialect that no gazetteer lists.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";

/** One knowledge description's place (as the product's understanding names it) and its place-bound labels. */
export interface PlaceBoundEntry {
  place: string;
  labels: ReadonlySet<string>;
}

let cache: ReadonlyMap<string, PlaceBoundEntry> | undefined;

export function placeBoundPath(): string {
  return builtPath("naming", "place-bound.json");
}

/** Knowledge description id -> its place-bound names; empty when the file is absent (the names are then borrowed as before). */
export function placeBoundNames(): ReadonlyMap<string, PlaceBoundEntry> {
  if (cache) return cache;
  const m = new Map<string, PlaceBoundEntry>();
  if (existsSync(placeBoundPath())) {
    const file = JSON.parse(readFileSync(placeBoundPath(), "utf8")) as {
      entries?: Record<string, { place?: unknown; labels?: unknown }>;
    };
    for (const [id, e] of Object.entries(file.entries ?? {}))
      if (typeof e.place === "string" && Array.isArray(e.labels))
        m.set(id, { place: e.place, labels: new Set(e.labels.filter((l): l is string => typeof l === "string")) });
  }
  return (cache = m);
}

/**
 * Whether a neighbour's name is bound to a place other than the request's (`requestPlace`: its location name, or
 * undefined when it names none: a place-bound name then misleads as much as elsewhere), by `table` (default: the
 * shipped verdicts).
 */
export function boundElsewhere(
  entryId: string,
  label: string,
  requestPlace: string | undefined,
  table: ReadonlyMap<string, PlaceBoundEntry> = placeBoundNames(),
): boolean {
  const e = table.get(entryId);
  return e !== undefined && e.labels.has(label) && e.place !== requestPlace;
}
