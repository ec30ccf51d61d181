/**
 * Which kind of TLD fits a business, read from its description: a generic .com, the place's own (ccTLD or a
 * city or region TLD), a technology TLD (.app, .io, .dev, .ai), a nonprofit's (.org), or a topical one
 * (.coffee, .studio, .health).
 *
 * Why a model of its own: the crafted generator takes TLDs from the naming neighbours' experts, and neighbours
 * are found by shared concepts, so a sourdough bakery that shares "order" and "delivery" with ordering apps
 * inherited .app, and a restaurant that shares "community" with food banks inherited .org. Naming experts
 * choose the kind from what the business is (about one description in five gets a technology TLD, almost
 * never a trade, a shop or a restaurant), and the text says what the business is.
 *
 * Model: multinomial logistic regression p = softmax(b + W x) over hashed features (word unigrams and word
 * pairs, lower-cased and NFKC-folded, and the character 4-grams of each word padded with "<" and ">", so
 * inflections and the six languages share evidence); x is the L2-normalised indicator vector of the features. Labels are soft: y_k = the share of the
 * description's expert names whose TLD is of kind k. Training minimises the cross-entropy
 *   L = -sum_k y_k log p_k + (lambda / 2) |W|^2,   dL/dW_kj = (p_k - y_k) x_j + lambda W_kj,
 * with AdaGrad per coordinate, on the training writers only (experiments/names/tld-kind/build.ts); shipped as int8
 * weights with one scale per kind in experiments/names/tld-kind/tld-kind.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fnv1a } from "../../../src/core/hash.js";
import { InputError } from "../../../src/core/errors.js";

export const TLD_KINDS = ["com", "place", "tech", "org", "topical"] as const;
export type TldKind = (typeof TLD_KINDS)[number];

/** The suffixes naming experts reserve for software, data and online products. */
const TECH = new Set([
  "app",
  "io",
  "dev",
  "ai",
  "tech",
  "cloud",
  "so",
  "sh",
  "gg",
  "software",
  "codes",
  "digital",
  "tools",
  "systems",
  "network",
  "xyz",
]);
const GENERIC = new Set(["com", "co", "net", "biz", "info"]);
const NONPROFIT = new Set(["org", "ngo", "ong", "coop", "charity", "foundation"]);
/** Two-letter TLDs that are read as words, not as countries. */
const NOT_COUNTRY = new Set(["ai", "io", "co", "me", "tv", "fm", "ly", "so", "to", "gg", "sh"]);
/**
 * City, region and language-community TLDs (a place, like a ccTLD), each with the words that name its place:
 * such a TLD fits only a business in that place.
 */
const GEOGRAPHIC: ReadonlyMap<string, RegExp> = new Map([
  ["eu", /\b(?:eu|europ\w*)\b/],
  ["nyc", /\b(?:nyc|new york|brooklyn|manhattan|queens|bronx|harlem)\b/],
  ["london", /\b(?:london|londres|londra)\b/],
  ["paris", /\bparis\b/],
  ["berlin", /\bberlin\w*/],
  ["hamburg", /\bhamburg\w*/],
  ["koeln", /\b(?:koeln|koln|cologne|colonia)\b/],
  ["bayern", /\b(?:bayern|bavaria|baviere|baviera|bayerisch\w*|munchen|munich)\b/],
  ["wien", /\b(?:wien|vienna|vienne|viena)\b/],
  ["tirol", /\b(?:tirol|tyrol|tirolo)\w*/],
  ["brussels", /\b(?:brussels|bruxelles|brussel|bruselas)\b/],
  ["gent", /\b(?:gent|ghent|gand)\b/],
  ["milano", /\b(?:milano|milan|milan)\b/],
  ["roma", /\b(?:roma|rome)\b/],
  ["firenze", /\b(?:firenze|florence|florencia)\b/],
  ["madrid", /\bmadri\w*/],
  ["barcelona", /\b(?:barcelona|barcelone)\b/],
  ["rio", /\brio de janeiro\b/],
  ["kyoto", /\bkyoto\b/],
  ["quebec", /\b(?:quebec\w*|montreal\w*)\b/],
  ["scot", /\b(?:scot\w*|edinburgh|glasgow|aberdeen|dundee|highlands)\b/],
  ["wales", /\b(?:wales|welsh|cardiff|swansea|cymru)\b/],
  ["cymru", /\b(?:wales|welsh|cardiff|swansea|cymru)\b/],
  ["bzh", /\b(?:bretagne|brittany|breizh|breton\w*|rennes|brest)\b/],
  ["gal", /\b(?:galicia|galiza|galego|gallego|santiago de compostela|vigo|coruna)\b/],
  ["eus", /\b(?:euskadi|euskal\w*|basque|vasco|bilbao|donostia|san sebastian)\b/],
  ["cat", /\b(?:catalu\w*|catalonia|catalan\w*|barcelona|girona|tarragona|lleida)\b/],
  ["alsace", /\b(?:alsace|elsass|strasbourg|colmar|mulhouse)\b/],
  ["africa", /\b(?:africa\w*|afrique|afrika)\b/],
  ["lat", /\b(?:latin america|latam|latinoam\w*|america latina)\b/],
]);

/** Whether a city or region TLD names the place of the text (always true for any other TLD). */
export function placeFits(tld: string, text: string): boolean {
  const pattern = GEOGRAPHIC.get(tld);
  if (!pattern) return true;
  return pattern.test(text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
}

export function tldKind(tld: string): TldKind {
  const t = tld.toLowerCase().replace(/^\./, "");
  if (TECH.has(t)) return "tech";
  if (GENERIC.has(t)) return "com";
  const last = t.slice(t.lastIndexOf(".") + 1);
  if (NONPROFIT.has(t) || (t.includes(".") && NONPROFIT.has(t.slice(0, t.indexOf("."))))) return "org";
  if (GEOGRAPHIC.has(t) || (last.length === 2 && !(t === last && NOT_COUNTRY.has(t)))) return "place";
  return "topical";
}

/** The share of names of each kind, in TLD_KINDS order ("brewbean.app" is tech, "brewbean.co.uk" a place). */
export function tldKindShares(domains: readonly string[]): number[] {
  const out = TLD_KINDS.map(() => 0);
  for (const d of domains) out[TLD_KINDS.indexOf(tldKind(d.slice(d.indexOf(".") + 1)))]! += 1 / domains.length;
  return out;
}

export const TLD_KIND_FORMAT = "namewright-tld-kind-v1";
/** Hashed feature space: 2^15 buckets (collisions among the data's distinct features cost little here). */
export const TLD_KIND_DIM = 1 << 15;

export interface TldKindModel {
  bias: Float32Array;
  /** (kinds, dim) row-major. */
  weights: Float32Array;
}

export interface TldKindFile {
  format: typeof TLD_KIND_FORMAT;
  kinds: string[];
  dim: number;
  bias: number[];
  scale: number[];
  /** base64 of Int8Array(kinds * dim), row-major by kind. */
  weights: string;
  training: Record<string, unknown>;
}

/** The feature indices of a description (a set: each feature counts once). */
export function tldKindFeatures(text: string): number[] {
  const words = text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  const add = (s: string): void => {
    out.add(fnv1a(s) % TLD_KIND_DIM);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    add(`w:${w}`);
    if (i > 0) add(`b:${words[i - 1]} ${w}`);
    const padded = `<${w}>`;
    for (let k = 0; k + 4 <= padded.length; k++) add(`c:${padded.slice(k, k + 4)}`);
  }
  return [...out];
}

function softmax(z: Float64Array): number[] {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  const e = [...z].map((v) => {
    const x = Math.exp(v - max);
    sum += x;
    return x;
  });
  return e.map((x) => x / sum);
}

/** Each feature's value: the vector is L2-normalised, x_j = 1 / sqrt(count), so long texts do not shout. */
function featureValue(features: readonly number[]): number {
  return features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
}

function logits(features: readonly number[], model: TldKindModel): Float64Array {
  const z = new Float64Array(TLD_KINDS.length);
  for (let k = 0; k < z.length; k++) {
    const s = model.bias[k]!;
    const row = k * TLD_KIND_DIM;
    let dot = 0;
    for (const j of features) dot += model.weights[row + j]!;
    z[k] = s + dot * featureValue(features);
  }
  return z;
}

/** p(kind | description), in TLD_KINDS order. */
export function tldKindProbabilities(text: string, model: TldKindModel = loadTldKind()): number[] {
  return softmax(logits(tldKindFeatures(text), model));
}

export interface TldKindExample {
  text: string;
  /** Target distribution over TLD_KINDS: the shares of the expert's names. */
  y: readonly number[];
}

/** Fits the model by AdaGrad on the soft-label cross-entropy (see the file comment); deterministic order. */
export function trainTldKind(
  examples: readonly TldKindExample[],
  options: { epochs?: number; rate?: number; l2?: number } = {},
): TldKindModel {
  const epochs = options.epochs ?? 8;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  const K = TLD_KINDS.length;
  const weights = new Float32Array(K * TLD_KIND_DIM);
  const g2 = new Float32Array(K * TLD_KIND_DIM).fill(1e-8);
  const bias = new Float32Array(K);
  const biasG2 = new Float32Array(K).fill(1e-8);
  const features = examples.map((e) => tldKindFeatures(e.text));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < examples.length; i++) {
      const f = features[i]!;
      const p = softmax(logits(f, { bias, weights }));
      for (let k = 0; k < K; k++) {
        const g = p[k]! - examples[i]!.y[k]!;
        const row = k * TLD_KIND_DIM;
        const x = featureValue(f);
        for (const j of f) {
          const gj = g * x + l2 * weights[row + j]!;
          g2[row + j]! += gj * gj;
          weights[row + j]! -= (rate * gj) / Math.sqrt(g2[row + j]!);
        }
        biasG2[k]! += g * g;
        bias[k]! -= (rate * g) / Math.sqrt(biasG2[k]!);
      }
    }
  }
  return { bias, weights };
}

export function encodeTldKind(model: TldKindModel, training: Record<string, unknown>): TldKindFile {
  const K = TLD_KINDS.length;
  const q = new Int8Array(model.weights.length);
  const scale: number[] = [];
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let j = 0; j < TLD_KIND_DIM; j++) max = Math.max(max, Math.abs(model.weights[k * TLD_KIND_DIM + j]!));
    const s = Number((max > 0 ? max / 127 : 1).toPrecision(8));
    scale.push(s);
    for (let j = 0; j < TLD_KIND_DIM; j++) q[k * TLD_KIND_DIM + j] = Math.round(model.weights[k * TLD_KIND_DIM + j]! / s);
  }
  return {
    format: TLD_KIND_FORMAT,
    kinds: [...TLD_KINDS],
    dim: TLD_KIND_DIM,
    bias: [...model.bias].map((b) => Number(b.toPrecision(8))),
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    training,
  };
}

export function decodeTldKind(file: TldKindFile): TldKindModel {
  if (
    file.format !== TLD_KIND_FORMAT ||
    file.dim !== TLD_KIND_DIM ||
    file.kinds.join() !== TLD_KINDS.join() ||
    file.scale.length !== TLD_KINDS.length
  )
    throw new InputError("bad_data", `TLD-kind model: expected ${TLD_KIND_FORMAT}, kinds ${TLD_KINDS.join()}, dim ${TLD_KIND_DIM}`);
  const q = new Int8Array(Buffer.from(file.weights, "base64"));
  if (q.length !== TLD_KINDS.length * file.dim)
    throw new InputError("bad_data", `TLD-kind model: ${q.length} weights, expected ${TLD_KINDS.length * file.dim}`);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * file.scale[Math.floor(i / file.dim)]!;
  return { bias: Float32Array.from(file.bias), weights };
}

export function tldKindPath(): string {
  return fileURLToPath(new URL("./tld-kind.json", import.meta.url));
}

let cached: TldKindModel | undefined;

/** The shipped model, loaded once per process. */
export function loadTldKind(): TldKindModel {
  if (cached) return cached;
  const path = tldKindPath();
  if (!existsSync(path))
    throw new InputError("bad_data", `TLD-kind model missing at ${path}; rebuild: npx tsx experiments/names/tld-kind/build.ts`);
  cached = decodeTldKind(JSON.parse(readFileSync(path, "utf8")) as TldKindFile);
  return cached;
}
