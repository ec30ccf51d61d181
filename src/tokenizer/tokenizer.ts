/**
 * A trained byte-level BPE tokenizer. Ids: [0, S) special tokens, [S, S+256) the raw bytes, then one id
 * per merge in training order. Encoding pre-tokenises the text and, inside each word, repeatedly applies
 * the lowest-ranked (earliest learned) merge among adjacent symbols — the same result as replaying the
 * training merges in order. Text never encodes to a special token: specials are added by the caller
 * (`encode` + `specialId`), so user input cannot inject control tokens.
 */
import { TokenizerError } from "./errors.js";
import { pretokenize, toBytes } from "./pretokenize.js";

/** The saved form (JSON). */
export interface TokenizerData {
  format: "namewright-bpe";
  version: 1;
  specials: string[];
  /** merges[i] = [left id, right id]; produces id specials.length + 256 + i. */
  merges: Array<[number, number]>;
}

const key = (a: number, b: number): number => a * 1048576 + b;
const utf8 = new TextDecoder("utf-8");

export class Tokenizer {
  readonly specials: readonly string[];
  readonly merges: ReadonlyArray<readonly [number, number]>;
  readonly vocabSize: number;
  /** Bytes each id stands for (empty for specials). */
  private readonly bytesOf: Uint8Array[];
  private readonly rank = new Map<number, number>();
  private readonly specialIds = new Map<string, number>();
  private readonly cache = new Map<string, number[]>();

  private constructor(data: TokenizerData) {
    this.specials = data.specials;
    this.merges = data.merges;
    const S = data.specials.length;
    const base = S + 256;
    this.vocabSize = base + data.merges.length;
    this.bytesOf = [];
    data.specials.forEach((s, i) => {
      this.specialIds.set(s, i);
      this.bytesOf.push(new Uint8Array(0));
    });
    for (let b = 0; b < 256; b++) this.bytesOf.push(Uint8Array.of(b));
    data.merges.forEach(([a, b], i) => {
      const left = this.bytesOf[a]!;
      const right = this.bytesOf[b]!;
      const joined = new Uint8Array(left.length + right.length);
      joined.set(left);
      joined.set(right, left.length);
      this.bytesOf.push(joined);
      this.rank.set(key(a, b), i);
    });
  }

  /** Validates untrusted saved data (ids in range, merge i only uses ids below its own). */
  static fromData(raw: unknown): Tokenizer {
    const d = raw as Partial<TokenizerData>;
    if (typeof d !== "object" || d === null || d.format !== "namewright-bpe" || d.version !== 1) {
      throw new TokenizerError(
        "E_TOKENIZER_FILE",
        "not a namewright BPE tokenizer (format/version); retrain it with `npm run train:base`",
      );
    }
    if (
      !Array.isArray(d.specials) ||
      d.specials.length === 0 ||
      d.specials.length > 4096 ||
      !d.specials.every((s) => typeof s === "string" && s.length > 0 && s.length < 64)
    ) {
      throw new TokenizerError("E_TOKENIZER_FILE", "tokenizer specials must be 1-4096 non-empty strings");
    }
    if (new Set(d.specials).size !== d.specials.length)
      throw new TokenizerError("E_TOKENIZER_FILE", "tokenizer specials must be distinct");
    if (!Array.isArray(d.merges) || d.merges.length > 1 << 20)
      throw new TokenizerError("E_TOKENIZER_FILE", "tokenizer merges must be an array of at most 2^20 pairs");
    const base = d.specials.length + 256;
    d.merges.forEach((m, i) => {
      const ok =
        Array.isArray(m) &&
        m.length === 2 &&
        m.every((x) => Number.isInteger(x) && x >= d.specials!.length && x < base + i);
      if (!ok)
        throw new TokenizerError(
          "E_TOKENIZER_FILE",
          `tokenizer merge ${i} is invalid: ids must be earlier non-special tokens`,
        );
    });
    return new Tokenizer({
      format: "namewright-bpe",
      version: 1,
      specials: [...d.specials],
      merges: d.merges.map(([a, b]) => [a, b] as [number, number]),
    });
  }

  static fromJSON(text: string): Tokenizer {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new TokenizerError("E_TOKENIZER_FILE", "tokenizer file is not valid JSON");
    }
    return Tokenizer.fromData(raw);
  }

  toData(): TokenizerData {
    return {
      format: "namewright-bpe",
      version: 1,
      specials: [...this.specials],
      merges: this.merges.map(([a, b]) => [a, b]),
    };
  }

  toJSON(): string {
    return JSON.stringify(this.toData());
  }

  /** Id of a special token; throws when the tokenizer has no such special. */
  specialId(name: string): number {
    const id = this.specialIds.get(name);
    if (id === undefined) throw new TokenizerError("E_TOKEN_ID", `the tokenizer has no special token ${name}`);
    return id;
  }

  hasSpecial(name: string): boolean {
    return this.specialIds.has(name);
  }

  isSpecial(id: number): boolean {
    return id >= 0 && id < this.specials.length;
  }

  /** Raw bytes of a token (empty for specials). */
  tokenBytes(id: number): Uint8Array {
    const b = this.bytesOf[id];
    if (!b) throw new TokenizerError("E_TOKEN_ID", `token id ${id} is outside the vocabulary (size ${this.vocabSize})`);
    return b;
  }

  /** Token ids of plain text (never special tokens). */
  encode(text: string): number[] {
    const out: number[] = [];
    for (const w of pretokenize(text)) {
      let ids = this.cache.get(w);
      if (!ids) {
        ids = this.encodeWord(w);
        if (this.cache.size > 100_000) this.cache.clear();
        this.cache.set(w, ids);
      }
      for (const id of ids) out.push(id);
    }
    return out;
  }

  private encodeWord(w: string): number[] {
    const S = this.specials.length;
    const sym = Array.from(toBytes(w), (b) => S + b);
    const base = S + 256;
    for (;;) {
      let bestRank = Infinity;
      let at = -1;
      for (let i = 0; i + 1 < sym.length; i++) {
        const r = this.rank.get(key(sym[i]!, sym[i + 1]!));
        if (r !== undefined && r < bestRank) {
          bestRank = r;
          at = i;
        }
      }
      if (at < 0) return sym;
      // Merge every occurrence of this pair left to right (as training did).
      const [a, b] = this.merges[bestRank]!;
      const out: number[] = [];
      for (let i = 0; i < sym.length; i++) {
        if (i + 1 < sym.length && sym[i] === a && sym[i + 1] === b) {
          out.push(base + bestRank);
          i++;
        } else out.push(sym[i]!);
      }
      sym.splice(0, sym.length, ...out);
    }
  }

  /** Text of token ids; special tokens are rendered by name unless `skipSpecials`. Invalid UTF-8 -> U+FFFD. */
  decode(ids: readonly number[], o: { skipSpecials?: boolean } = {}): string {
    let text = "";
    let pending: number[] = [];
    const flush = (): void => {
      if (pending.length > 0) text += utf8.decode(Uint8Array.from(pending));
      pending = [];
    };
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= this.vocabSize) {
        throw new TokenizerError("E_TOKEN_ID", `token id ${id} is outside the vocabulary (size ${this.vocabSize})`);
      }
      if (this.isSpecial(id)) {
        flush();
        if (!o.skipSpecials) text += this.specials[id];
        continue;
      }
      for (const b of this.bytesOf[id]!) pending.push(b);
    }
    flush();
    return text;
  }
}
