/**
 * Expert relevance (an experiment, not shipped: see README.md here): how likely a naming expert wrote this name
 * for this request, learned from the expert references of the training writers (relevance.ts). The judge's
 * other features describe a name's form; this one compares what the name says with what the request says, which
 * is what separates an expert's name for this business from a name written for another.
 *
 * Model: logistic regression over hashed binary features, scaled by 1/sqrt(count):
 *   - name alone: dictionary pieces of the label's best segmentation ("w:brew"), character 4-grams of the
 *     label with boundary marks ("g:^bre"), its TLD ("t:coffee") and its length;
 *   - request x name: each of the request's keyword stems (up to 30) paired with each piece and 4-gram, and
 *     with the TLD.
 * p = sigmoid(b + sum_i w_i / sqrt(n)); the weights are stored as int8 with one scale (see `RelevanceModel`).
 */
import { readFileSync } from "node:fs";
import type { Understanding, Language } from "../../../src/core/types.js";
import { fnv1a } from "../../../src/core/hash.js";
import { segment } from "../../../src/lexicon/index.js";

/** Stems of the request's keywords used for the cross features; more add noise from long paragraphs. */
export const MAX_STEMS = 30;

export interface RelevanceModel {
  bits: number;
  bias: number;
  weights: Float32Array;
}

/** The name-side pieces of a label (Unicode form, lower case); the TLD is a feature of its own. */
export function namePieces(label: string, lang: Language): string[] {
  const seg = segment(label, lang);
  const pieces = seg.parts.filter((x) => x.kind === "word" || x.kind === "term").map((x) => `w:${x.text}`);
  const padded = `^${label}$`;
  for (let i = 0; i + 4 <= padded.length; i++) pieces.push(`g:${padded.slice(i, i + 4)}`);
  return pieces;
}

/** Hashed feature indices (distinct) of the pair; `stems` are the request's keyword stems, best first. */
export function relevanceFeatures(
  stems: readonly string[],
  label: string,
  tld: string,
  lang: Language,
  bits: number,
): Int32Array {
  const mask = (1 << bits) - 1;
  const set = new Set<number>();
  const add = (f: string): void => void set.add(fnv1a(f) & mask);
  const pieces = namePieces(label, lang);
  for (const p of pieces) add(`n|${p}`);
  add(`n|t:${tld}`);
  add(`len|${Math.min([...label].length, 20)}`);
  for (const s of stems.slice(0, MAX_STEMS)) {
    add(`x|${s}|t:${tld}`);
    for (const p of pieces) add(`x|${s}|${p}`);
  }
  return Int32Array.from(set);
}

export function relevanceLogit(model: RelevanceModel, x: Int32Array): number {
  let z = 0;
  for (const i of x) z += model.weights[i]!;
  return model.bias + z / Math.sqrt(Math.max(1, x.length));
}

export function requestStems(u: Understanding): string[] {
  return u.keywords.slice(0, MAX_STEMS).map((k) => k.stem);
}

/** P(an expert wrote label.tld for the request u). */
export function expertRelevance(model: RelevanceModel, label: string, tld: string, u: Understanding): number {
  const lang: Language = u.language === "und" ? "en" : u.language;
  const x = relevanceFeatures(requestStems(u), label.toLowerCase(), tld.toLowerCase(), lang, model.bits);
  return 1 / (1 + Math.exp(-relevanceLogit(model, x)));
}

/**
 * File format (data/built/judge/relevance.bin), little-endian: "NWRL", u32 version (1), u32 bits, f32 bias,
 * f32 scale, then 2^bits int8 weights (weight = int8 * scale). int8 keeps the shipped file at 2 MiB for 2^21
 * buckets.
 */
const MAGIC = 0x4c52574e; // "NWRL"

export function encodeRelevanceModel(model: RelevanceModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const out = Buffer.alloc(20 + model.weights.length);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(1, 4);
  out.writeUInt32LE(model.bits, 8);
  out.writeFloatLE(model.bias, 12);
  out.writeFloatLE(scale, 16);
  for (let i = 0; i < model.weights.length; i++) out.writeInt8(Math.round(model.weights[i]! / scale), 20 + i);
  return out;
}

export function decodeRelevanceModel(buf: Buffer): RelevanceModel {
  if (buf.length < 20 || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== 1)
    throw new Error("not a Namewright relevance model (expected NWRL version 1)");
  const bits = buf.readUInt32LE(8);
  if (bits < 8 || bits > 26 || buf.length !== 20 + (1 << bits))
    throw new Error(`relevance model: ${buf.length} bytes do not match 2^${bits} weights`);
  const bias = buf.readFloatLE(12);
  const scale = buf.readFloatLE(16);
  const weights = new Float32Array(1 << bits);
  const q = new Int8Array(buf.buffer, buf.byteOffset + 20, 1 << bits);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale;
  return { bits, bias, weights };
}

export function loadRelevanceModel(path: string): RelevanceModel {
  return decodeRelevanceModel(readFileSync(path));
}
