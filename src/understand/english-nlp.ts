/**
 * wink-nlp's English model (wink-eng-lite-web-model), with its core loaded without the package's start-up
 * overhead. The package's `core()` requires its 3 MB JSON when the package is imported, deep-copies it with
 * JSON.parse(JSON.stringify(...)), and decodes the packed lexicon with atob and a per-character loop: most
 * of what English understanding costs a cold start. This loader reads the same JSON file once, decodes the
 * base64 with Buffer, and builds the same look-up tables, so wink receives a core model equal to the
 * package's field for field, the lexeme table answering every look-up alike (test/understand/english-nlp.test.ts
 * compares the two). Every other part of the model (sentence boundaries, named entities, negation, sentiment,
 * part of speech, lemmas) is the package's own. Both packages are pinned to exact versions in package.json
 * because this reads their format.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";

const require = createRequire(import.meta.url);
const MODEL_DIR = "wink-eng-lite-web-model/dist/";

/** The fields of the packed core model that the loader touches; the rest passes through untouched. */
interface PackedCore {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureTable> & {
    lexeme: FeatureTable;
    posClusters: { list: (string | Set<number>)[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

interface FeatureTable {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, "base64");
  // A copy into an ArrayBuffer of its own: a Buffer may sit at an offset inside a shared pool.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * The lexeme table (~88,000 words) as a Map behind an object's face: wink only reads `hash[word]` and writes
 * `hash[word] = index` for words it meets first at run time, and a Map of that size fills faster than a
 * dictionary-mode object, which a cold start pays for before the first word is read.
 */
function lexemeTable(list: string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k], k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === "string" ? map.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== "string") return false;
      map.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === "string" && map.has(key),
  });
}

function lookupTable(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/**
 * The package's read-core-model + load-core-model, in one pass over a freshly parsed copy. A layout entry is
 * [_, mask, shift, stored-as-list (0) or not, extensible (1)]; list features get a value -> index table and
 * the sizes the tokenizer grows them from.
 */
export function loadEnglishCore(): PackedCore {
  const path = require.resolve(`${MODEL_DIR}languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, "utf8")) as PackedCore;
  const { packing, features } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      const table = features[f];
      table.hash = lookupTable(table.list);
      table.intrinsicSize = table.list.length;
      table.index = table.list.length;
      table.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.hash = lexemeTable(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split("_").map((tag) => model.pos.hash[tag] || 0));
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

type WinkModel = Parameters<typeof winkNLP>[0];

/** The package's model object with the fast core in place of its own; nothing of the package's core is loaded. */
export function englishModel(): WinkModel {
  const part = (file: string): unknown => require(`${MODEL_DIR}${file}`);
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadEnglishCore;
  model.sbd = part("load-sbd-model.js");
  model.pos = part("load-pos-model.js");
  model.ner = part("load-ner-model.js");
  model.negation = part("load-negation-model.js");
  model.sa = part("load-sa-model.js");
  model.metaCER = part("load-cer-meta-model.js");
  model.featureFn = part("feature.js");
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part("porter-stemmer.js");
  addons.lemmatize = part("lemmatize.js");
  addons.readabilityStats = part("readability-stats.js");
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as WinkModel;
}

let english: ReturnType<typeof winkNLP> | undefined;

/** The English pipeline, built on first use. */
export function englishNlp(): ReturnType<typeof winkNLP> {
  english ??= winkNLP(englishModel());
  return english;
}
