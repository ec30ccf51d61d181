/**
 * A local LLM judge: a GGUF instruct model run by node-llama-cpp (a devDependency, loaded only when this
 * judge is used). Same rubric prompt as the HTTP judge; the reply is constrained by a JSON-schema grammar,
 * so it always parses; temperature 0; answers cached on disk like the HTTP judge's.
 *
 * Threads: node-llama-cpp's default oversubscribes small machines (1.5 tok/s measured on 2 cores, see
 * shared/DESIGN.md §6); this judge uses one thread per core (os.availableParallelism()) unless told.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Llama, LlamaChatSession, LlamaContext, LlamaJsonSchemaGrammar, LlamaModel } from "node-llama-cpp";
import { EvalError } from "../errors.js";
import { JudgeCache, contentKey } from "./cache.js";
import { pairwiseMessages, pointwiseMessages, type ChatMessage } from "./prompt.js";
import {
  combineOrders,
  type JudgeInput,
  type Judgement,
  type NameJudge,
  type PairJudgement,
  type PairVerdict,
  type PairwiseJudge,
} from "./types.js";

export interface GgufJudgeOptions {
  /** Path of a GGUF model file (an instruct/chat model for meaningful judgements). */
  modelPath: string;
  /** CPU threads (default: one per core). */
  threads?: number;
  /** Context window in tokens (default 4096; the rubric prompt needs ~600 tokens with a BPE vocabulary). */
  contextSize?: number;
  /** Longest reply in tokens (default 160). */
  maxTokens?: number;
  /** Cache folder; null = memory only (default ".cache/judge"). */
  cacheDir?: string | null;
}

// Grammar-constrained replies: a score from the enum and a bounded reason, so generation always ends.
const POINT_GRAMMAR_SCHEMA = {
  type: "object",
  properties: { score: { enum: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, reason: { type: "string", maxLength: 80 } },
} as const;
const PAIR_GRAMMAR_SCHEMA = {
  type: "object",
  properties: { winner: { enum: ["A", "B", "tie"] }, reason: { type: "string", maxLength: 80 } },
} as const;

/** Checks the file is there and starts with the GGUF magic before handing it to llama.cpp. */
function checkGgufFile(path: string): { size: number; mtimeMs: number } {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new EvalError("judge_gguf_missing", `GGUF judge model not found: ${path}`);
  }
  if (!st.isFile() || st.size < 32) throw new EvalError("judge_gguf_bad", `${path} is not a GGUF model file`);
  const fd = openSync(path, "r");
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    if (magic.toString("latin1") !== "GGUF")
      throw new EvalError("judge_gguf_bad", `${path} is not a GGUF file (no GGUF magic at byte 0)`);
  } finally {
    closeSync(fd);
  }
  return { size: st.size, mtimeMs: st.mtimeMs };
}

export class GgufJudge implements NameJudge, PairwiseJudge {
  readonly id: string;
  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly session: LlamaChatSession,
    private readonly pointGrammar: LlamaJsonSchemaGrammar<typeof POINT_GRAMMAR_SCHEMA>,
    private readonly pairGrammar: LlamaJsonSchemaGrammar<typeof PAIR_GRAMMAR_SCHEMA>,
    private readonly cache: JudgeCache,
    private readonly identity: string,
    private readonly maxTokens: number,
  ) {
    this.id = `gguf:${identity.split("|")[0].split("/").pop()}`;
  }

  /** Loads the model (seconds for a few-GB file); call close() when done. */
  static async load(opts: GgufJudgeOptions): Promise<GgufJudge> {
    const path = resolve(opts.modelPath);
    const st = checkGgufFile(path);
    const threads = Math.max(1, Math.floor(opts.threads ?? availableParallelism()));
    const { getLlama, LlamaChatSession: Session, LlamaLogLevel } = await import("node-llama-cpp");
    const llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath: path });
      const context = await model.createContext({ contextSize: opts.contextSize ?? 4096, threads });
      const session = new Session({ contextSequence: context.getSequence() });
      const pointGrammar = await llama.createGrammarForJsonSchema(POINT_GRAMMAR_SCHEMA);
      const pairGrammar = await llama.createGrammarForJsonSchema(PAIR_GRAMMAR_SCHEMA);
      const identity = `${path}|${st.size}|${st.mtimeMs}`;
      const cache = new JudgeCache(
        opts.cacheDir === undefined ? ".cache/judge" : opts.cacheDir,
        `gguf-${contentKey(identity).slice(0, 12)}`,
      );
      return new GgufJudge(
        llama,
        model,
        context,
        session,
        pointGrammar,
        pairGrammar,
        cache,
        identity,
        opts.maxTokens ?? 160,
      );
    } catch (e) {
      await model?.dispose();
      await llama.dispose();
      if (e instanceof EvalError) throw e;
      throw new EvalError("judge_gguf_load", `llama.cpp could not load ${path}: ${(e as Error).message}`);
    }
  }

  async judge(inputs: readonly JudgeInput[]): Promise<Judgement[]> {
    const out: Judgement[] = [];
    for (const inp of inputs) {
      const reply = await this.ask(pointwiseMessages(inp.description, inp.display), this.pointGrammar);
      out.push({ score: reply.score, ...(reply.reason ? { reason: reply.reason } : {}) });
    }
    return out;
  }

  async comparePair(description: string, a: string, b: string): Promise<PairJudgement> {
    const forward: PairVerdict = (await this.ask(pairwiseMessages(description, a, b), this.pairGrammar)).winner;
    const swapped: PairVerdict = (await this.ask(pairwiseMessages(description, b, a), this.pairGrammar)).winner;
    return combineOrders(forward, swapped === "A" ? "B" : swapped === "B" ? "A" : "tie");
  }

  private async ask<T extends typeof POINT_GRAMMAR_SCHEMA | typeof PAIR_GRAMMAR_SCHEMA>(
    messages: ChatMessage[],
    grammar: LlamaJsonSchemaGrammar<T>,
  ): Promise<ReturnType<LlamaJsonSchemaGrammar<T>["parse"]>> {
    const key = contentKey({ model: this.identity, messages, grammar: grammar.grammar, maxTokens: this.maxTokens });
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit as ReturnType<LlamaJsonSchemaGrammar<T>["parse"]>;
    const system = messages.find((m) => m.role === "system")?.content ?? "";
    const user = messages
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .join("\n\n");
    // Each judgement is independent: reset the history to just the system prompt.
    this.session.setChatHistory([{ type: "system", text: system }]);
    const text = await this.session.prompt(user, { grammar, temperature: 0, maxTokens: this.maxTokens });
    let parsed: ReturnType<LlamaJsonSchemaGrammar<T>["parse"]>;
    try {
      parsed = grammar.parse(text);
    } catch (e) {
      throw new EvalError(
        "judge_gguf_reply",
        `the GGUF judge's reply did not complete within ${this.maxTokens} tokens: ${(e as Error).message}`,
      );
    }
    this.cache.set(key, parsed);
    return parsed;
  }

  async close(): Promise<void> {
    this.session.dispose();
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }
}
