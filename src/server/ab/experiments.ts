/**
 * A/B experiments from a config file. A variant is a generator configuration ("lexical", "both", "model")
 * with a traffic weight; a user is assigned by hashing the experiment id with their user id, so the same user
 * always sees the same variant (sticky without storing anything) and experiments split users independently.
 *
 *   {"experiments": [{"id": "gen-1", "active": true,
 *     "variants": [{"id": "lexical", "generator": "lexical", "weight": 1}, {"id": "both", "generator": "both", "weight": 1}]}]}
 *
 * At most one experiment is active: it decides which generator serves a user's request.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { InputError } from "../../core/errors.js";
import { GENERATOR_KINDS, type GeneratorKind } from "../../generate/index.js";
import { sha256Hex } from "../../core/hash.js";

export interface Variant {
  id: string;
  generator: GeneratorKind;
  /** Share of traffic, relative to the other variants' weights. */
  weight: number;
}

export interface Experiment {
  id: string;
  active: boolean;
  variants: Variant[];
  /** The event a report counts as the conversion by default ("like"). */
  metric: string;
}

const ID = /^[A-Za-z0-9_.-]{1,64}$/;

function fail(message: string): never {
  throw new InputError("bad_experiments", `experiments config: ${message}`);
}

export function parseExperiments(value: unknown): Experiment[] {
  const list = (value as { experiments?: unknown } | null)?.experiments;
  if (!Array.isArray(list)) fail('expected {"experiments": [...]}');
  const seen = new Set<string>();
  const out = list.map((raw: unknown, i): Experiment => {
    const e = raw as Record<string, unknown>;
    if (typeof e !== "object" || e === null) fail(`experiment ${i} is not an object`);
    if (typeof e.id !== "string" || !ID.test(e.id)) fail(`experiment ${i} needs an id of letters, digits, _ . -`);
    if (seen.has(e.id)) fail(`experiment id "${e.id}" appears twice`);
    seen.add(e.id);
    if (!Array.isArray(e.variants) || e.variants.length < 2) fail(`experiment "${e.id}" needs at least two variants`);
    const ids = new Set<string>();
    const variants = e.variants.map((rv: unknown, j): Variant => {
      const v = rv as Record<string, unknown>;
      if (typeof v !== "object" || v === null || typeof v.id !== "string" || !ID.test(v.id))
        fail(`experiment "${e.id}" variant ${j} needs an id`);
      if (ids.has(v.id)) fail(`experiment "${e.id}" has two variants "${v.id}"`);
      ids.add(v.id);
      if (typeof v.generator !== "string" || !(GENERATOR_KINDS as readonly string[]).includes(v.generator))
        fail(`variant "${v.id}" of "${e.id}": generator must be one of ${GENERATOR_KINDS.join(", ")}`);
      const weight = v.weight ?? 1;
      if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0)
        fail(`variant "${v.id}" of "${e.id}": weight must be a positive number`);
      return { id: v.id, generator: v.generator as GeneratorKind, weight };
    });
    const metric = e.metric ?? "like";
    if (typeof metric !== "string") fail(`experiment "${e.id}": metric must be an event type`);
    return { id: e.id, active: e.active !== false, variants, metric };
  });
  if (out.filter((e) => e.active).length > 1)
    fail("more than one experiment is active; each decides the generator, so only one may run at a time");
  return out;
}

export function loadExperiments(file: string): Experiment[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InputError("bad_experiments", `cannot read the experiments file ${file}`);
  }
  try {
    return parseExperiments(JSON.parse(text));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError("bad_experiments", `${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A uniform number in [0, 1) from SHA-256 of experiment and user (48 bits: exact in a double). */
export function bucketOf(experimentId: string, userId: string): number {
  const h = createHash("sha256").update(`${experimentId}\u0000${userId}`).digest();
  return h.readUIntBE(0, 6) / 2 ** 48;
}

/** The user's variant: the bucket falls into the variants' cumulative weight shares. */
export function assignVariant(experiment: Experiment, userId: string): Variant {
  const total = experiment.variants.reduce((s, v) => s + v.weight, 0);
  let r = bucketOf(experiment.id, userId) * total;
  for (const v of experiment.variants) {
    r -= v.weight;
    if (r < 0) return v;
  }
  return experiment.variants[experiment.variants.length - 1]!;
}

/**
 * The id stored for a user: a hash of the cookie or header value, so the store holds no identifier a user
 * could be recognised by elsewhere.
 */
export function userKey(userId: string): string {
  return sha256Hex(`namewright-user\u0000${userId}`).slice(0, 32);
}
